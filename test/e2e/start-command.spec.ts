// README's first command on a machine without the Electron binary: it says so in one line,
// serves the kiosk through the browser shell and prints a one-time address; a bad
// configuration stops it with the field and the reason; a technician's saved edit survives it.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { LiveConfig } from '../../main/config/live-config.js';
import { loadConfig } from '../../main/config/load-config.js';
import { ask, openKioskSocketWith, sessionFrom } from '../integration/support/browser-shell-client.js';

const ROOT = resolve(import.meta.dirname, '../..');

function run(env: NodeJS.ProcessEnv, until: RegExp | null, timeoutMs = 20_000): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((resolvePromise, reject) => {
    const { DISPLAY: _display, ...rest } = process.env;
    const child = spawn(process.execPath, [join(ROOT, 'dist/main/start.cjs')], { cwd: ROOT, env: { ...rest, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`start did not finish: ${out} ${err}`));
    }, timeoutMs);
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (until && until.test(out)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ out, err, code });
    });
  });
}

test('falls back to the browser shell, prints the address and serves the kiosk', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'borne-start-'));
  let kioskUrl = '';
  const result = await run({ KIOSK_PORT: '0', KIOSK_DATA_DIR: dataDir }, /No display/);
  expect(result.out).toMatch(/^Electron binary not installed here .*browser shell instead\.$/m);
  // Found by reading node_modules/electron/path.txt: the package's installer never ran.
  expect(result.out + result.err).not.toContain('Downloading Electron');
  expect(result.err).not.toMatch(/\n\s+at /);
  kioskUrl = /^Kiosk: (\S+)$/m.exec(result.out)?.[1] ?? '';
  expect(kioskUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?launch=[\w-]+\.[\w-]+$/);
  expect(result.out).toMatch(/^Dev dock: http:\/\/127\.0\.0\.1:\d+\/dev-dock\.html\?launch=[\w-]+\.[\w-]+$/m);
  // It stopped cleanly on SIGTERM: the page is gone with it.
  await expect(page.goto(kioskUrl)).rejects.toThrow();
});

test('the embedded default serves the attract screen in Arabic and its own office backend', async ({ page, browser }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'borne-start-'));
  const { DISPLAY: _display, ...rest } = process.env;
  const child = spawn(process.execPath, [join(ROOT, 'dist/main/start.cjs')], {
    cwd: ROOT,
    env: { ...rest, KIOSK_PORT: '0', KIOSK_DATA_DIR: dataDir, BORNE_FORCE_BROWSER_SHELL: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const { url, officeUrl } = await new Promise<{ url: string; officeUrl: string }>((resolveUrls) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const kiosk = /^Kiosk: (\S+)$/m.exec(out)?.[1];
        const office = /^Office backend: (\S+)$/m.exec(out)?.[1];
        if (kiosk && office) resolveUrls({ url: kiosk, officeUrl: office });
      });
    });
    await page.goto(url);
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

    // The printed address was good for one first load: the page now sits at a clean address,
    // keeps its session across a reload, and the address opens nothing in another browser.
    const port = new URL(url).port;
    expect(page.url()).toBe(`http://127.0.0.1:${port}/`);
    await page.reload();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    const stranger = await browser.newPage();
    try {
      expect((await stranger.goto(url))?.status()).toBe(403);
    } finally {
      await stranger.close();
    }

    // The embedded office backend runs on loopback only, with its own database, and answers
    // only its kiosk (which holds its bearer token): a stranger's request is refused.
    expect(officeUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${officeUrl}/v1/tax-notices/TSC-2026-000123`)).status).toBe(401);
    expect(existsSync(join(dataDir, 'office.sqlite'))).toBe(true);
  } finally {
    child.kill('SIGTERM');
  }
});

test('a malformed configuration stops the kiosk with the field and the reason', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'borne-badcfg-'));
  const config = join(dir, 'kiosk.json');
  writeFileSync(
    config,
    JSON.stringify({
      office: { name: 'Arrondissement Ain Chock' },
      kiosk: { id: 'k1' },
      hardware: { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'escpos', interface: 'printer-in-the-hall' } },
    }),
  );
  const result = await run({ KIOSK_CONFIG: config, KIOSK_PORT: '0' }, null);
  expect(result.code).toBe(78);
  expect(result.err).toContain('hardware.printer.interface: must be tcp://host:port or a device path such as /dev/usb/lp0');
  expect(result.err).not.toMatch(/\n\s+at /);
});

function startKioskCommand(env: NodeJS.ProcessEnv): { child: ChildProcess; kioskUrl: Promise<string> } {
  const { DISPLAY: _display, KIOSK_CONFIG: _config, ...rest } = process.env;
  const child = spawn(process.execPath, [join(ROOT, 'dist/main/start.cjs')], { cwd: ROOT, env: { ...rest, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const kioskUrl = new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const url = /^Kiosk: (\S+)$/m.exec(out)?.[1];
      if (url && /^Office backend: /m.test(out)) resolveUrl(url);
    });
    child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${out}`)));
  });
  return { child, kioskUrl };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** The printer as the running kiosk reports it to its page. */
async function printerDriver(kioskUrl: string): Promise<unknown> {
  const port = Number(new URL(kioskUrl).port);
  const ws = await openKioskSocketWith(port, await sessionFrom(kioskUrl));
  try {
    const answer = (await ask(ws, 'devices.status', {})) as { result: { ok: boolean; value?: Array<{ kind: string; driver: string }> } };
    return answer.result.value?.find((d) => d.kind === 'printer')?.driver;
  } finally {
    ws.close();
  }
}

test("npm start keeps the technician's saved configuration after a restart", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'borne-start-saved-'));
  const env = { KIOSK_PORT: '0', KIOSK_DATA_DIR: dataDir, BORNE_FORCE_BROWSER_SHELL: '1' };
  const first = startKioskCommand(env);
  try {
    expect(await printerDriver(await first.kioskUrl)).toBe('mock');
    // The technician's edit, saved by the same code the running kiosk saves it with (over the
    // embedded default: into the data folder).
    const config = loadConfig(undefined);
    const live = new LiveConfig({ config, configFile: null, dataDir, devices: { reconfigure: async () => [] }, logger: { info: () => undefined, warn: () => undefined } });
    const saved = await live.apply({ ...config.hardware, printer: { driver: 'escpos', interface: 'tcp://127.0.0.1:9', paperWidthMm: 58 } });
    expect(saved).toMatchObject({ kind: 'applied', saved: true });
  } finally {
    await stop(first.child);
  }
  const second = startKioskCommand(env);
  try {
    expect(await printerDriver(await second.kioskUrl)).toBe('escpos');
  } finally {
    await stop(second.child);
  }
});
