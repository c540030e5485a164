// The demo staff accounts (badges and PINs published in the README) are the dev dock's: a
// kiosk in an office, dock off, refuses to start with one in its configuration and tells how
// to make real accounts; with real accounts only, the demo badge is a stranger's and the demo
// technician PIN opens nothing through the corner gesture.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { DEMO_STAFF_ACCOUNTS } from '../../main/staff/demo-accounts.js';
import { hashPin } from '../../main/staff/pin-hash.js';
import { type KioskUnderTest, startKiosk } from './support/kiosk-under-test.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO_CLERK_BADGE = '0F00A1B2C3';
const DEMO_TECHNICIAN_PIN = '1357';
const CLERK = { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff', badgeId: '0A0B0C0D0E', pin: '580246' };
const TECHNICIAN = { id: 'tech-01', displayName: 'Youssef T.', role: 'technician', badgeId: 'ABCDEF0123', pin: '913570' };
// Cheap scrypt parameters: checked for real, only faster than in production.
const FAST = { N: 1024, r: 8, p: 1 };

async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).tap();
  await page.getByTestId('pin-ok').tap();
}

test('a kiosk whose configuration holds a demo account, dock off, refuses to start and says how to make real accounts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'borne-demo-config-'));
  const configFile = join(dir, 'kiosk.json');
  const demoTechnician = DEMO_STAFF_ACCOUNTS.find((a) => a.role === 'technician')!;
  writeFileSync(
    configFile,
    JSON.stringify({
      office: { name: 'Arrondissement Sidi Moumen', timeZone: 'Africa/Casablanca' },
      kiosk: { id: 'office-kiosk' },
      developer: { devDock: false },
      // As a technician would have copied it from an older default configuration.
      staff: { accounts: [{ ...demoTechnician, id: 'tech-01', displayName: 'Technicien' }] },
      hardware: { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock' }, badgeReader: { driver: 'mock' } },
    }),
  );
  const child = spawn(process.execPath, [join(ROOT, 'dist/main/browser-shell.cjs')], {
    cwd: ROOT,
    env: { ...process.env, KIOSK_CONFIG: configFile, KIOSK_PORT: '0', KIOSK_DATA_DIR: join(dir, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
  expect(stdout).not.toContain('BORNE_READY');
  expect(code).not.toBe(0);
  expect(stderr).toContain('staff.accounts.0: is the demo account "tech-01", whose badge and PIN are published: demo accounts work only with developer.devDock on');
  expect(stderr).toContain('npx tsx main/staff/hash-pin-cli.ts');
});

test.describe('a kiosk in an office, dock off, with real accounts', () => {
  let kiosk: KioskUnderTest;

  test.beforeAll(async () => {
    const accounts = await Promise.all([CLERK, TECHNICIAN].map(async ({ pin, ...a }) => ({ ...a, pinHash: await hashPin(pin, FAST) })));
    kiosk = await startKiosk({ defaultLanguage: 'fr', devDock: false, staffAccounts: accounts });
  });

  test.afterAll(async () => {
    await kiosk?.stop();
  });

  test('knows no demo badge and no demo PIN: the real clerk and technician sign in', async ({ page }) => {
    expect(kiosk.devDockUrl).toBeNull();
    await page.goto(kiosk.kioskUrl);
    await expect(page.getByTestId('attract-screen')).toBeVisible();

    await holdBadge(kiosk.badgeReader, DEMO_CLERK_BADGE);
    await expect(page.getByTestId('staff-badge-message')).toHaveAttribute('data-kind', 'unknown');
    await expect(page.getByTestId('staff-pin-screen')).toHaveCount(0);

    const corner = page.getByTestId('tech-corner');
    for (let i = 0; i < 5; i++) await corner.tap();
    await expect(page.getByTestId('tech-pin-title')).toBeVisible();
    await typePin(page, DEMO_TECHNICIAN_PIN);
    await expect(page.getByTestId('pin-message')).toHaveAttribute('data-kind', 'wrong');
    await typePin(page, TECHNICIAN.pin);
    await expect(page.getByTestId('staff-home')).toBeVisible();
    await page.getByTestId('staff-signout').tap();
    await expect(page.getByTestId('attract-screen')).toBeVisible();

    await holdBadge(kiosk.badgeReader, CLERK.badgeId);
    await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
    await typePin(page, CLERK.pin);
    await expect(page.getByTestId('staff-home')).toBeVisible();
  });
});
