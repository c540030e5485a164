// The dev dock beside a kiosk on mock hardware: a developer pulls the paper, sees the kiosk
// say so, puts it back and sees the printed ticket as an image whose QR holds the number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { kioskTest, officeDay } from './support/kiosk-fixture.js';

const test = kioskTest({ mockHardware: true });
const { expect } = test;

test('drives the mock printer and shows what it printed', async ({ kioskPage, kiosk, browser }) => {
  // Its own context is its own window: a second tab would be hidden, and Chromium stops
  // painting hidden tabs, which stalls every tap on the kiosk behind it.
  const dockContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const dock = await dockContext.newPage();
  await dock.goto(kiosk.devDockUrl!);
  await dock.getByTestId('dock-fault-paper-out').click();
  await expect(dock.getByText('printer fault: paper-out')).toBeVisible();
  await expect(dock.getByTestId('dock-fault-paper-out')).toBeChecked();

  await kioskPage.getByTestId('lang-fr').tap();
  await kioskPage.getByTestId('tile-ticket').tap();
  await kioskPage.getByTestId('service-civil-status').tap();
  await expect(kioskPage.getByTestId('print-failed')).toBeVisible();
  await expect(dock.getByTestId('dock-receipt')).toHaveCount(0);
  await kioskPage.getByTestId('done-button').tap();

  await dock.getByTestId('dock-fault-none').click();
  await expect(dock.getByTestId('dock-fault-none')).toBeChecked();
  await kioskPage.getByTestId('lang-ar').tap();
  await kioskPage.getByTestId('tile-ticket').tap();
  await kioskPage.getByTestId('service-civil-status').tap();
  await expect(kioskPage.getByTestId('ticket-result-screen')).toBeVisible();
  await expect(kioskPage.getByTestId('print-failed')).toHaveCount(0);
  const number = (await kioskPage.getByTestId('ticket-number').innerText()).trim();
  expect(number).toBe('A-002');

  const receipt = dock.getByTestId('dock-receipt');
  await expect(receipt).toHaveCount(1);
  const src = await receipt.getAttribute('src');
  const png = PNG.sync.read(Buffer.from(src!.replace(/^data:image\/png;base64,/, ''), 'base64'));
  const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(qr?.data).toBe(`BORNE/T/${officeDay()}/A-002`);
  await dock.screenshot({ path: 'test-results/screenshots/dev-dock.png' });
  await dockContext.close();
});

test('inserts a specimen card, scans a code and presents staff badges to the mock readers', async ({ kiosk, page }) => {
  await page.goto(kiosk.devDockUrl!);
  await page.getByTestId('dock-insert-mar-cnie-td1').click();
  await expect(page.getByText('card mar-cnie-td1: delivered')).toBeVisible();
  await page.getByTestId('dock-scan-input').fill('TSC-2026-000123');
  await page.getByTestId('dock-scan-button').click();
  await expect(page.getByText('scan "TSC-2026-000123": delivered')).toBeVisible();
  // A badge misread first (a badge misread in the middle of a good presentation is noise).
  await page.getByTestId('dock-badge-bad-checksum').click();
  await expect(page.getByText('badge 0F00A1B2C3 (bad checksum): delivered')).toBeVisible();
  await page.getByTestId('dock-badge-0F00A1B2C3').click();
  await expect(page.getByText('badge 0F00A1B2C3: delivered')).toBeVisible();
  // Five frames each: one unreadable badge, then one read, and the badge id never in the log.
  const log = () => readFileSync(join(kiosk.dataDir, 'logs', 'kiosk.log'), 'utf8');
  await expect.poll(() => log().match(/"msg":"badge read"/g)?.length ?? 0).toBe(1);
  await expect.poll(() => /"reason":"checksum".*"msg":"badge unreadable"/.test(log())).toBe(true);
  expect(log()).not.toContain('0F00A1B2C3');
  await page.screenshot({ path: 'test-results/screenshots/dev-dock-controls.png' });
});
