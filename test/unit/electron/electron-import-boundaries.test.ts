// Keeps the shell thin: only the entry and the preload import Electron values; the preload
// takes contextBridge and ipcRenderer only; nothing calls shell.openExternal.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../../main/electron/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const source = (f: string) => readFileSync(path.join(dir, f), 'utf8');
const valueImportOfElectron = /^import\s+(?!type\b)[^;]*from\s+'electron';/m;

describe('main/electron import boundaries', () => {
  it('has the files the build bundles', () => {
    expect(files).toContain('electron-main.ts');
    expect(files).toContain('preload.ts');
  });

  it('imports Electron values only in electron-main.ts and preload.ts', () => {
    const importing = files.filter((f) => valueImportOfElectron.test(source(f))).sort();
    expect(importing).toEqual(['electron-main.ts', 'preload.ts']);
    for (const f of files) expect(source(f), f).not.toMatch(/require\(\s*'electron'\s*\)/);
  });

  it('gives the preload contextBridge and ipcRenderer only', () => {
    expect(source('preload.ts')).toMatch(/^import \{ contextBridge, ipcRenderer \} from 'electron';$/m);
  });

  it('never opens external URLs or enables remote content', () => {
    for (const f of files) {
      expect(source(f), f).not.toMatch(/openExternal\s*\(/);
      expect(source(f), f).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/);
    }
  });
});
