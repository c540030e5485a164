// electron-builder validates its configuration against its JSON schema before it downloads
// or builds anything. This runs that same validation (getConfig + validateConfiguration,
// what `electron-builder` calls first) offline, on our file and on broken copies of it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher.js';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const configFile = path.join(projectDir, 'electron-builder.yml');
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'borne-builder-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function loadAndValidate(dir: string, file: string) {
  const config = await getConfig(dir, file, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

async function variant(name: string, edit: (yaml: string) => string): Promise<string> {
  const file = path.join(scratch, `${name}.yml`);
  const yaml = await readFile(configFile, 'utf8');
  const edited = edit(yaml);
  expect(edited).not.toBe(yaml);
  await writeFile(file, edited);
  return file;
}

describe('electron-builder.yml', () => {
  it('is accepted by electron-builder', async () => {
    await expect(loadAndValidate(projectDir, configFile)).resolves.toBeTruthy();
  });

  it('rejects a copy with an unknown top-level key', async () => {
    const file = await variant('unknown-key', (y) => `${y}\nnpmRebuuild: true\n`);
    await expect(loadAndValidate(scratch, file)).rejects.toThrow(/unknown property 'npmRebuuild'/);
  });

  it('rejects a copy with a misspelt fuse', async () => {
    const file = await variant('bad-fuse', (y) => y.replace('  runAsNode: false', '  runAsNod: false'));
    await expect(loadAndValidate(scratch, file)).rejects.toThrow(/electronFuses/);
  });

  it('builds Linux AppImage + deb and a Windows NSIS installer of ma.casablanca.borne', async () => {
    const config = await loadAndValidate(projectDir, configFile);
    expect(config.appId).toBe('ma.casablanca.borne');
    expect(config.productName).toBe('Borne');
    expect(config.directories?.output).toBe('release');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(JSON.stringify(config.win?.target)).toContain('"nsis"');
    expect(config.npmRebuild).toBe(false);
  });

  it('flips the Electron fuses that close Node entry points', async () => {
    const config = await loadAndValidate(projectDir, configFile);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packages the bundles and resources but not sources, tests or source maps', async () => {
    const config = await loadAndValidate(projectDir, configFile);
    // getConfig normalises `files` to [{ filter: [...] }]; electron-builder's own matcher decides.
    const filesEntry = (config.files as Array<{ filter: string[] }>)[0];
    const filter = new FileMatcher(projectDir, '', (p) => p, filesEntry?.filter).createFilter();
    // The filter reads only isDirectory() from the stats it is given.
    const packaged = (relative: string) => filter(path.join(projectDir, relative), { isDirectory: () => false } as never);
    for (const file of ['package.json', 'dist/main/electron-main.cjs', 'dist/main/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-1a2b.js', 'resources/config/default-config.json', 'resources/locales/ar.json']) {
      expect(packaged(file), file).toBe(true);
    }
    for (const file of ['main/electron/electron-main.ts', 'renderer/src/app.tsx', 'hardware/devices/device.ts', 'test/unit/electron-builder-config.test.ts', 'dist/main/electron-main.cjs.map', 'tsconfig.json', 'release/Borne-0.1.0.AppImage']) {
      expect(packaged(file), file).toBe(false);
    }
  });

  it('unpacks native modules from the asar archive and ships the main entry', async () => {
    const config = await loadAndValidate(projectDir, configFile);
    expect(config.asarUnpack).toContain('**/node_modules/{sqlite3,@serialport,@napi-rs}/**');
    const pkg = JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/electron-main.cjs');
  });
});
