import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from '../../../main/electron/kiosk-window-options.js';

describe('kioskWindowOptions', () => {
  const options = kioskWindowOptions({ preloadPath: '/app/dist/main/preload.cjs', devTools: false });

  it('opens one frameless full-screen kiosk window', () => {
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, resizable: false, movable: false, minimizable: false });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('isolates the page from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('enables devtools only when asked', () => {
    expect(kioskWindowOptions({ preloadPath: '/p', devTools: true }).webPreferences?.devTools).toBe(true);
  });
});
