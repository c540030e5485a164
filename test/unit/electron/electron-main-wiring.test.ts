// Runs the real entry (bundled as the build does) against a fake 'electron' module and the
// real kiosk runtime (mock hardware drivers, SQLite in a temp folder), to check the wiring:
// what is registered before ready, the window, the page URL, the protocol, the IPC check,
// the lockdown, and the quit sequence.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/electron/content-security-policy.js';
import { kioskWindowOptions } from '../../../main/electron/kiosk-window-options.js';
import { fakeEvent } from './fake-electron.js';
import { FakeBrowserWindow, fakeElectronModule } from './fake-electron-module.js';

const projectDir = fileURLToPath(new URL('../../..', import.meta.url));
let bundle = '';
let base: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  const result = await build({
    entryPoints: [path.join(projectDir, 'main/electron/electron-main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    logOverride: { 'empty-import-meta': 'silent' },
  });
  bundle = result.outputFiles[0]?.text ?? '';
  base = await mkdtemp(path.join(tmpdir(), 'borne-main-'));
  await mkdir(path.join(base, 'dist', 'main'), { recursive: true });
  await mkdir(path.join(base, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(base, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Borne</title>');
});

afterAll(async () => {
  process.env = savedEnv;
  await rm(base, { recursive: true, force: true });
});

function runEntry(env: Record<string, string | undefined>) {
  process.env = { ...savedEnv, BORNE_RESOURCES_DIR: path.join(projectDir, 'resources'), ...env };
  const fake = fakeElectronModule(path.join(base, `user-data-${Math.random().toString(16).slice(2)}`));
  const realRequire = createRequire(path.join(projectDir, 'package.json'));
  const fakeRequire = (name: string): unknown => (name === 'electron' ? fake.electron : realRequire(name));
  const mainDir = path.join(base, 'dist', 'main');
  const module = { exports: {} };
  const wrapper = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname) {${bundle}\n})`) as (...args: unknown[]) => void;
  wrapper(module.exports, fakeRequire, module, path.join(mainDir, 'electron-main.cjs'), mainDir);
  return { ...fake, mainDir };
}

describe('electron-main wiring', () => {
  it('starts the kiosk window, locked down, on borne://app', async () => {
    const run = runEntry({ KIOSK_CONFIG: undefined, BORNE_DEVTOOLS: undefined });
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 10_000 });
    const win = FakeBrowserWindow.instances[0]!;

    // Registered before ready, as Electron requires.
    expect(run.app.calls.slice(0, 3)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'requestSingleInstanceLock']);
    expect(run.privileged).toEqual([{ scheme: 'borne', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(run.menus).toEqual([null]);

    expect(win.options).toEqual(kioskWindowOptions({ preloadPath: path.join(run.mainDir, 'preload.cjs'), devTools: false }));
    expect(win.webContents.loadedUrls).toEqual(['borne://app/index.html']);

    const page = await run.protocolHandlers.get('borne')?.(new Request('borne://app/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page?.text()).toContain('<title>Borne</title>');

    const request = run.ipcHandlers.get('borne:request');
    const trusted = { sender: win.webContents, senderFrame: { url: 'borne://app/index.html', parent: null } };
    await expect(request?.(trusted, 'kiosk.info', {})).resolves.toMatchObject({ ok: true, value: { officeName: 'Arrondissement Hay Mohammadi' } });
    const stranger = { sender: {}, senderFrame: { url: 'borne://app/index.html', parent: null } };
    await expect(request?.(stranger, 'kiosk.info', {})).resolves.toMatchObject({ ok: false });

    const nav = fakeEvent('https://example.com/');
    win.webContents.emit('will-navigate', nav, nav.url);
    expect(nav.defaultPrevented).toBe(true);
    const answers: boolean[] = [];
    run.defaultSession.permissionRequestHandler?.(win.webContents, 'media', (granted) => answers.push(granted), {});
    expect(answers).toEqual([false]);

    // Alt+F4 / close button: refused until the app quits; quitting closes the services first.
    expect(win.tryClose()).toBe(false);
    const quitted = new Promise<void>((resolve) => run.app.once('will-quit', () => resolve()));
    run.app.quit();
    await quitted;
    expect(run.app.quitCount).toBe(2);
    expect(win.tryClose()).toBe(true);
  });

  it('exits with 78 and a plain message on a bad configuration', async () => {
    const badConfig = path.join(base, 'bad-config.json');
    await writeFile(badConfig, JSON.stringify({ office: { name: 'X' }, kiosk: { id: 'Not Valid' } }));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const run = runEntry({ KIOSK_CONFIG: badConfig });
      await vi.waitFor(() => expect(run.app.exits).toEqual([78]));
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain('kiosk.id');
      expect(FakeBrowserWindow.instances).toHaveLength(0);
    } finally {
      stderr.mockRestore();
    }
  });
});
