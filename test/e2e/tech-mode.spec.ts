// A technician at the kiosk: in by badge + PIN or by the hidden corner gesture + PIN, and the
// diagnostics screens tell the truth about the devices on this machine: the ID reader on its
// socat pseudo-terminal counts the card just read, the printer on the TCP virtual printer
// goes to fault when its paper runs out, the office backend answers or does not.
import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { startKiosk, type KioskUnderTest } from './support/kiosk-under-test.js';
import { startOfficeBackend, type OfficeBackend } from './support/office-backend.js';
import { checkScreen } from './support/screen-checks.js';

let backend: OfficeBackend;
let kiosk: KioskUnderTest;
const test = base;

test.beforeAll(async () => {
  backend = await startOfficeBackend();
  kiosk = await startKiosk({ defaultLanguage: 'fr', officeUrl: backend.url, officeRequestTimeoutMs: 1500 });
});

test.afterAll(async () => {
  await kiosk?.stop();
  await backend?.stop();
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && kiosk) {
    await testInfo.attach('browser-shell-output', { body: kiosk.output(), contentType: 'text/plain' });
  }
});

async function openKiosk(page: Page): Promise<void> {
  await page.goto(kiosk.kioskUrl);
  await expect(page.getByTestId('attract-screen')).toBeVisible();
}

async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).tap();
  await page.getByTestId('pin-ok').tap();
}

const device = (page: Page, id: string) => page.locator(`[data-testid="tech-device"][data-device="${id}"]`);

test('a technician badges in and sees the devices as they are: a card read counted, the printer out of paper', async ({ page }) => {
  await openKiosk(page);
  await holdBadge(kiosk.badgeReader, '1234567890');
  await typePin(page, '1357');
  await expect(page.getByTestId('staff-home')).toBeVisible();
  await page.getByTestId('tech-tab-devices').tap();
  await expect(page.getByTestId('tech-devices')).toBeVisible();

  const reader = device(page, 'id-reader');
  await expect(reader).toHaveAttribute('data-state', 'ready');
  // The port the kiosk really opened: the socat pseudo-terminal of this test.
  await expect(reader).toContainText(kiosk.idReader.devicePath);
  await expect(reader.getByTestId('tech-count-reads')).toHaveAttribute('data-value', '0');
  await kiosk.idReader.writeMrz(MRZ_SPECIMENS['mar-cnie-td1'].lines, 'crlf');
  await expect(reader.getByTestId('tech-count-reads')).toHaveAttribute('data-value', '1');
  // A card whose check digit is wrong is an error, told in words, its content never shown.
  await kiosk.idReader.writeMrz(MRZ_SPECIMENS['bad-check-digit'].lines, 'crlf');
  await expect(reader.getByTestId('tech-count-errors')).toHaveAttribute('data-value', '1');
  await expect(reader.getByTestId('tech-last-error')).toBeVisible();
  for (const line of MRZ_SPECIMENS['bad-check-digit'].lines) await expect(page.locator('body')).not.toContainText(line);

  const printer = device(page, 'printer');
  await expect(printer).toContainText('tcp://127.0.0.1');
  await kiosk.printer.setState('paper-out');
  await expect(printer).toHaveAttribute('data-state', 'fault');
  await expect(printer.getByTestId('tech-last-error')).toBeVisible();
  await checkScreen(page);
  await kiosk.printer.setState('ready');
  await expect(printer).toHaveAttribute('data-state', 'ready');

  await page.getByTestId('tech-tab-ports').tap();
  const configured = page.locator('[data-testid="tech-configured-port"][data-device="id-reader"]');
  await expect(configured).toHaveAttribute('data-present', 'true');

  await page.getByTestId('tech-tab-software').tap();
  await expect(page.getByTestId('tech-software')).toContainText(process.version.replace(/^v/, ''));

  await page.getByTestId('staff-signout').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
});

test('a clerk has no diagnostics', async ({ page }) => {
  await openKiosk(page);
  await holdBadge(kiosk.badgeReader, '0F00A1B2C3');
  await typePin(page, '2468');
  await expect(page.getByTestId('staff-home')).toBeVisible();
  await expect(page.getByTestId('tech-tab-devices')).toHaveCount(0);
  await page.getByTestId('staff-signout').tap();
});

test('the corner gesture opens the technician PIN; the network screen sees the office go away', async ({ page }) => {
  await openKiosk(page);
  const corner = page.getByTestId('tech-corner');
  for (let i = 0; i < 5; i++) await corner.tap();
  await expect(page.getByTestId('tech-pin-title')).toBeVisible();
  await typePin(page, '1357');
  await expect(page.getByTestId('staff-home')).toBeVisible();

  await page.getByTestId('tech-tab-network').tap();
  const office = page.getByTestId('tech-office-state');
  await expect(office).toHaveAttribute('data-reachable', 'true');
  await expect(page.getByTestId('tech-outbox-depth')).toHaveAttribute('data-value', '0');
  await backend.stop();
  await page.getByTestId('tech-network-check').tap();
  await expect(office).toHaveAttribute('data-reachable', 'false');
  await checkScreen(page);
  await backend.restart();
  await page.getByTestId('tech-network-check').tap();
  await expect(office).toHaveAttribute('data-reachable', 'true');
  await page.getByTestId('staff-signout').tap();
});

test('a few taps in the corner are nothing: the attract screen still starts a visit', async ({ page }) => {
  await openKiosk(page);
  const corner = page.getByTestId('tech-corner');
  for (let i = 0; i < 3; i++) await corner.tap();
  await expect(page.getByTestId('staff-pin-screen')).toHaveCount(0);
  await page.getByTestId('lang-fr').tap();
  await expect(page.getByTestId('home-screen')).toBeVisible();
});
