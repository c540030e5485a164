// Items of Electron's security checklist that no other test pins down (docs/security.md lists
// which test proves each item): no Blink or experimental features, no webview, only secure
// app content loaded over the custom protocol, never file://.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../main/electron/app-origin.js';
import { kioskWindowOptions } from '../../main/electron/kiosk-window-options.js';

const ROOT = resolve(import.meta.dirname, '../..');

function sourcesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...sourcesUnder(rel, pattern));
    else if (pattern.test(name)) out.push(rel);
  }
  return out;
}

const mainSources = sourcesUnder('main', /\.ts$/);
const rendererSources = sourcesUnder('renderer', /\.(tsx?|html)$/);
const read = (rel: string): string => readFileSync(join(ROOT, rel), 'utf8');

describe('Electron security checklist', () => {
  it('turns on no Blink or experimental feature in the kiosk window', () => {
    const prefs = kioskWindowOptions({ preloadPath: '/p', devTools: false }).webPreferences ?? {};
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.experimentalFeatures).toBe(false);
    for (const file of mainSources) expect(read(file), file).not.toMatch(/enableBlinkFeatures|experimentalFeatures:\s*true/);
  });

  it('has no webview anywhere: none in the page, none allowed by the window', () => {
    expect(kioskWindowOptions({ preloadPath: '/p', devTools: false }).webPreferences?.webviewTag).toBe(false);
    for (const file of rendererSources) expect(read(file), file).not.toMatch(/<webview\b/i);
  });

  it('loads the app from borne://, never from file:// or the network', () => {
    expect(APP_ENTRY_URL).toBe('borne://app/index.html');
    for (const file of mainSources.filter((f) => f.startsWith('main/electron/'))) {
      expect(read(file), file).not.toMatch(/\.loadFile\(|loadURL\(\s*['"`](file|https?):/);
    }
  });

  it('gives the kiosk page no script, style or font from another origin', () => {
    for (const page of ['renderer/index.html', 'renderer/dev-dock.html']) {
      const html = read(page);
      expect(html, page).not.toMatch(/(src|href)\s*=\s*["'](https?:)?\/\//i);
    }
  });
});
