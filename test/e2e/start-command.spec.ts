// README's first command on a machine without the Electron binary: it says so in one line,
// serves the kiosk through the browser shell and prints the address; a bad configuration
// stops it with the field and the reason.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

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
  expect(kioskUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
  expect(result.out).toMatch(/^Dev dock: http:\/\/127\.0\.0\.1:\d+\/dev-dock\.html#token=/m);
  // It stopped cleanly on SIGTERM: the page is gone with it.
  await expect(page.goto(kioskUrl)).rejects.toThrow();
});

test('the embedded default serves the attract screen in Arabic and its own office backend', async ({ page }) => {
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

    // The embedded office backend, on loopback only, answers the API the kiosk uses: a tax
    // notice from its demonstration data, and a tracking number it does not know.
    expect(officeUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const notice = await fetch(`${officeUrl}/v1/tax-notices/TSC-2026-000123`);
    expect(notice.status).toBe(200);
    expect(await notice.json()).toMatchObject({ reference: 'TSC-2026-000123', status: 'due', amountDue: { currency: 'MAD', centimes: 130200 } });
    expect((await fetch(`${officeUrl}/v1/requests/AR-2026-999999`)).status).toBe(404);
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
