// `npm start` must find (or miss) the Electron binary without loading the electron package:
// its index.js runs the installer, a download attempt, whenever the binary is absent.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, locateElectronBinary } from '../../../main/launch/electron-binary.js';

/** An app folder with a fake electron package whose index.js leaves a marker and throws, as the installer would fail. */
function fakeApp(files: Record<string, string>): { root: string; marker: string } {
  const root = mkdtempSync(join(tmpdir(), 'borne-electron-'));
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  const marker = join(root, 'index-was-loaded');
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.0.0', main: 'index.js' }));
  writeFileSync(
    join(pkg, 'index.js'),
    `require('fs').writeFileSync(${JSON.stringify(marker)}, 'loaded'); throw new Error('Electron failed to install correctly');\n`,
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(pkg, name), text);
  return { root, marker };
}

const noOverride = {} as NodeJS.ProcessEnv;

/** `npm start` runs in the app folder: look up from there, with the real defaults. */
function fromAppFolder<T>(root: string, look: () => T): T {
  const before = process.cwd();
  process.chdir(root);
  try {
    return look();
  } finally {
    process.chdir(before);
  }
}

describe('findElectronBinary', () => {
  it('answers "not installed" for a package without path.txt, never loading its index.js', () => {
    const { root, marker } = fakeApp({});
    expect(fromAppFolder(root, () => findElectronBinary())).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
    expect(locateElectronBinary(root, noOverride)).toEqual({ found: false, reason: expect.stringContaining('path.txt is missing') });
  });

  it('answers the binary named by path.txt when it exists in dist/, never loading index.js', () => {
    const { root, marker } = fakeApp({ 'path.txt': 'electron' });
    writeFileSync(join(root, 'node_modules', 'electron', 'dist', 'electron'), '#!/bin/sh\n');
    expect(fromAppFolder(root, () => findElectronBinary())).toBe(join(root, 'node_modules', 'electron', 'dist', 'electron'));
    expect(existsSync(marker)).toBe(false);
  });

  it('answers "not installed" when path.txt names a binary that is not in dist/', () => {
    const { root, marker } = fakeApp({ 'path.txt': 'electron' });
    expect(locateElectronBinary(root, noOverride)).toEqual({ found: false, reason: expect.stringContaining('not in node_modules/electron/dist') });
    expect(existsSync(marker)).toBe(false);
  });

  it('answers "not installed" when there is no electron package at all', () => {
    const root = mkdtempSync(join(tmpdir(), 'borne-electron-'));
    expect(findElectronBinary(root, noOverride)).toBeUndefined();
  });

  it('follows ELECTRON_OVERRIDE_DIST_PATH like the package does', () => {
    const { root, marker } = fakeApp({});
    const dist = mkdtempSync(join(tmpdir(), 'borne-electron-dist-'));
    writeFileSync(join(dist, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(join(dist, 'electron'));
    expect(existsSync(marker)).toBe(false);
  });
});
