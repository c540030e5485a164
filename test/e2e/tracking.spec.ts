// Tracking a request: the QR code of a receipt printed earlier in this spec goes through the
// real serial scanner driver, or its number is typed; queue tickets and unknown numbers get a
// plain message.
import type { Page } from '@playwright/test';
import { expectLanguage, kioskTest } from './support/kiosk-fixture.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest({
  idle: { warningAfterSeconds: 120, resetAfterWarningSeconds: 30, resultScreenSeconds: 60 },
  paymentTerminal: { driver: 'mock', insertCardMs: 200, enterPinMs: 200, approveAfterMs: 200, removeCardMs: 100 },
});
const { expect } = test;

const shot = (page: Page, name: string, lang: string) => page.screenshot({ path: `test-results/screenshots/${name}-${lang}.png` });

async function openTracking(page: Page, lang: 'fr' | 'ar'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).tap();
  await expectLanguage(page, lang);
  await page.getByTestId('tile-tracking').tap();
  await expect(page.getByTestId('tracking-scan-step')).toBeVisible();
}

test('a payment receipt printed earlier is tracked by scanning its QR (fr) and by typing its number without hyphens (ar)', async ({ kioskPage: page, kiosk }) => {
  // A citizen pays a tax and leaves with the receipt...
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-tax').tap();
  await kiosk.scanner.write('TSC-2026-000123\r\n');
  await page.getByTestId('tax-pay').tap();
  await expect(page.getByTestId('tax-paid')).toBeVisible({ timeout: 15_000 });
  const number = (await page.getByTestId('tax-tracking-number').innerText()).trim();
  await expect.poll(() => kiosk.printer.jobs.at(-1)?.decoded.qrPayloads.length ?? 0).toBe(1);
  const printedQr = kiosk.printer.jobs.at(-1)!.decoded.qrPayloads[0]!;
  await page.getByTestId('done-button').tap();

  // ...and comes back with it: the QR read from the paper goes through the scanner.
  await openTracking(page, 'fr');
  await checkScreen(page);
  await shot(page, 'tracking-scan', 'fr');
  await kiosk.scanner.write(`${printedQr}\r\n`);
  await expect(page.getByTestId('tracking-status-step')).toBeVisible();
  await expect(page.getByTestId('tracking-reference')).toHaveText(number);
  await expect(page.getByTestId('tracking-status-step')).toContainText('Paiement de taxe');
  const status = await page.getByTestId('tracking-status').getAttribute('data-status');
  expect(['received', 'in-progress', 'ready', 'closed']).toContain(status);
  await expect(page.getByTestId('back-button')).toHaveCount(0);
  await checkScreen(page);
  await shot(page, 'tracking-status', 'fr');
  await page.getByTestId('done-button').tap();

  await openTracking(page, 'ar');
  await checkScreen(page);
  await shot(page, 'tracking-scan', 'ar');
  await page.getByTestId('tracking-type').tap();
  await expect(page.getByTestId('tracking-type-step')).toBeVisible();
  // Typed without its hyphens, as many read a number aloud: it is still found.
  const compact = number.replaceAll('-', '');
  for (const key of compact.toLowerCase()) await page.getByTestId(`key-${key}`).tap();
  await expect(page.getByTestId('keyboard-display')).toHaveText(compact);
  await checkScreen(page);
  await shot(page, 'tracking-type', 'ar');
  await page.getByTestId('tracking-lookup').tap();
  await expect(page.getByTestId('tracking-status')).toHaveAttribute('data-status', status!);
  await expect(page.getByTestId('tracking-reference')).toHaveText(number);
  await expect(page.getByTestId('tracking-status-step')).toContainText('أداء رسم');
  await checkScreen(page);
  await shot(page, 'tracking-status', 'ar');
});

test('a queue ticket and an unknown number each get their own plain message', async ({ kioskPage: page, kiosk }) => {
  await page.getByTestId('lang-ar').tap();
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-civil-status').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  await expect.poll(() => kiosk.printer.jobs.at(-1)?.decoded.qrPayloads[0] ?? '').toMatch(/^BORNE\/T\//);
  const ticketQr = kiosk.printer.jobs.at(-1)!.decoded.qrPayloads[0]!;
  await page.getByTestId('done-button').tap();

  await openTracking(page, 'ar');
  await kiosk.scanner.write(`${ticketQr}\r\n`);
  await expect(page.getByTestId('tracking-problem')).toContainText('هذه تذكرة انتظار');
  await checkScreen(page);
  await shot(page, 'tracking-queue-ticket', 'ar');

  await page.getByTestId('home-button').tap();
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-tracking').tap();
  await page.getByTestId('tracking-type').tap();
  for (const key of 'rc-2026-999999') await page.getByTestId(`key-${key}`).tap();
  await page.getByTestId('tracking-lookup').tap();
  await expect(page.getByTestId('tracking-problem')).toContainText('Aucune demande ne porte ce numéro.');
  // The typed number is still there to correct.
  await expect(page.getByTestId('keyboard-display')).toHaveText('RC-2026-999999');
  await checkScreen(page);
  await shot(page, 'tracking-not-found', 'fr');
});
