// The kiosk window's options in one pure function, so the security-relevant flags are
// asserted by a unit test rather than trusted.
import type { BrowserWindowConstructorOptions } from 'electron';

export const KIOSK_BACKGROUND_COLOR = '#0b3d5c';

export interface KioskWindowOptionsInput {
  /** Absolute path of the bundled preload (dist/main/preload.cjs). */
  preloadPath: string;
  /** True only behind the explicit development flag. */
  devTools: boolean;
  backgroundColor?: string;
}

export function kioskWindowOptions(input: KioskWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    // The kiosk window must not be resized, moved or minimised away by a gesture.
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    // Shown once the first paint is ready, so the citizen never sees a white flash.
    show: false,
    backgroundColor: input.backgroundColor ?? KIOSK_BACKGROUND_COLOR,
    title: 'Borne',
    webPreferences: {
      preload: input.preloadPath,
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
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click (auxclick) could open links outside the window-open handler's view.
      disableBlinkFeatures: 'Auxclick',
      devTools: input.devTools,
    },
  };
}
