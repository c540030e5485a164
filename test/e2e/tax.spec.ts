// Local taxes end to end: the notice's barcode through the real serial scanner driver (a socat
// pseudo-terminal), its breakdown, a card payment on the mock terminal, the payment receipt read
// back from the printer; and the bad cases the issue names.
import type { Browser, Page } from '@playwright/test';
import { startKiosk } from './support/kiosk-under-test.js';
import { startOfficeBackend } from './support/office-backend.js';
import { expectLanguage, kioskTest } from './support/kiosk-fixture.js';
import { checkScreen } from './support/screen-checks.js';

// Quick but visible terminal steps; a citizen who walks away is given up on after 2.5 s.
const PAYMENT_TERMINAL = { driver: 'mock', insertCardMs: 1000, enterPinMs: 1000, approveAfterMs: 400, removeCardMs: 300, timeoutMs: 2500 } as const;
const IDLE = { warningAfterSeconds: 120, resetAfterWarningSeconds: 30, resultScreenSeconds: 60 };
const test = kioskTest({ idle: IDLE, paymentTerminal: PAYMENT_TERMINAL });
const { expect } = test;

const shot = (page: Page, name: string, lang: string) => page.screenshot({ path: `test-results/screenshots/${name}-${lang}.png` });

async function openTax(page: Page, lang: 'fr' | 'ar'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).tap();
  await expectLanguage(page, lang);
  await page.getByTestId('tile-tax').tap();
  await expect(page.getByTestId('tax-scan-step')).toBeVisible();
}

/** The dev dock, in its own window (a second tab would be hidden and stall the kiosk). */
async function scriptNextPayment(browser: Browser, devDockUrl: string, outcome: 'decline' | 'timeout', reason?: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const dock = await context.newPage();
  await dock.goto(devDockUrl);
  if (reason) await dock.getByTestId('dock-payment-decline-reason').selectOption(reason);
  await dock.getByTestId(`dock-payment-${outcome}`).click();
  await expect(dock.getByTestId('dock-payment-state')).toContainText(`next: ${outcome}`);
  await context.close();
}

test('fr: a scanned notice shows its breakdown, the card is approved and the receipt prints', async ({ kioskPage: page, kiosk }) => {
  await openTax(page, 'fr');
  await checkScreen(page);
  await shot(page, 'tax-scan', 'fr');
  const jobsBefore = kiosk.printer.jobs.length;
  await kiosk.scanner.write('TSC-2026-000123\r\n');

  await expect(page.getByTestId('tax-notice')).toBeVisible();
  await expect(page.getByTestId('tax-notice-reference')).toHaveText('TSC-2026-000123');
  await expect(page.getByTestId('tax-line-tsc')).toContainText('Taxe de services communaux');
  await expect(page.getByTestId('tax-line-late-surcharge')).toContainText('Majoration de retard');
  await expect(page.getByTestId('tax-amount')).toHaveText(/^1\D?302,00 DH$/);
  await checkScreen(page);
  await shot(page, 'tax-notice', 'fr');

  await page.getByTestId('tax-pay').tap();
  await expect(page.getByTestId('payment-step')).toHaveAttribute('data-step', 'insert-card');
  await expect(page.getByTestId('payment-step')).toHaveAttribute('data-step', 'enter-pin');
  await expect(page.getByTestId('payment-pin-note')).toContainText('jamais sur cet écran');
  await checkScreen(page);
  await shot(page, 'tax-paying', 'fr');

  await expect(page.getByTestId('tax-paid')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('tax-paid-amount')).toHaveText(/1\D?302,00 DH/);
  const trackingNumber = (await page.getByTestId('tax-tracking-number').innerText()).trim();
  expect(trackingNumber).toMatch(/^[A-Z]{2}-\d{4}-\d{6}$/);
  await checkScreen(page);
  await shot(page, 'tax-paid', 'fr');

  await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
  expect(kiosk.printer.jobs.at(-1)!.decoded.qrPayloads).toEqual([`BORNE/R/${trackingNumber}`]);
  await page.getByTestId('done-button').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();

  // The same notice scanned again is paid: nothing more to pay.
  await openTax(page, 'fr');
  await kiosk.scanner.write('TSC-2026-000123\r\n');
  await expect(page.getByTestId('tax-already-paid')).toBeVisible();
  await expect(page.getByTestId('tax-pay')).toHaveCount(0);
});

test('ar: a typed reference is paid by card and the receipt prints', async ({ kioskPage: page, kiosk }) => {
  await openTax(page, 'ar');
  await checkScreen(page);
  await shot(page, 'tax-scan', 'ar');
  await page.getByTestId('tax-reference-type').tap();
  await expect(page.getByTestId('tax-type-step')).toBeVisible();
  for (const key of [...'tnb-2026-000789']) await page.getByTestId(`key-${key}`).tap();
  await expect(page.getByTestId('keyboard-display')).toHaveText('TNB-2026-000789');
  await checkScreen(page);
  await shot(page, 'tax-type', 'ar');
  await page.getByTestId('tax-lookup').tap();

  await expect(page.getByTestId('tax-notice')).toBeVisible();
  await expect(page.getByTestId('tax-line-tnb')).toContainText('الرسم على الأراضي الحضرية غير المبنية');
  await expect(page.getByTestId('tax-amount')).toHaveText(/3\D?650\D00/);
  await checkScreen(page);
  await shot(page, 'tax-notice', 'ar');
  const jobsBefore = kiosk.printer.jobs.length;
  await page.getByTestId('tax-pay').tap();
  await expect(page.getByTestId('payment-step')).toHaveAttribute('data-step', 'enter-pin');
  await checkScreen(page);
  await shot(page, 'tax-paying', 'ar');
  await expect(page.getByTestId('tax-paid')).toBeVisible({ timeout: 15_000 });
  const trackingNumber = (await page.getByTestId('tax-tracking-number').innerText()).trim();
  await checkScreen(page);
  await shot(page, 'tax-paid', 'ar');
  await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
  expect(kiosk.printer.jobs.at(-1)!.decoded.qrPayloads).toEqual([`BORNE/R/${trackingNumber}`]);
});

for (const lang of ['fr', 'ar'] as const) {
  test(`${lang}: an unknown reference gets a plain message and the scanner stays ready`, async ({ kioskPage: page, kiosk }) => {
    await openTax(page, lang);
    await kiosk.scanner.write('TSC-2026-999999\r\n');
    await expect(page.getByTestId('tax-lookup-problem')).toContainText(lang === 'fr' ? 'Aucun avis ne correspond' : 'لا يوجد إشعار');
    await expect(page.getByTestId('tax-scan-step')).toBeVisible();
    await checkScreen(page);
    await shot(page, 'tax-not-found', lang);
    await kiosk.scanner.write('TSC-2026-000456\r\n');
    await expect(page.getByTestId('tax-notice')).toBeVisible();
  });
}

test('a declined card and a timed-out payment each say what happened; nothing is charged', async ({ kioskPage: page, kiosk, browser }) => {
  await scriptNextPayment(browser, kiosk.devDockUrl!, 'decline', 'insufficient-funds');
  await openTax(page, 'fr');
  await kiosk.scanner.write('TSC-2026-000456\r\n');
  await page.getByTestId('tax-pay').tap();
  await expect(page.getByTestId('tax-outcome')).toHaveAttribute('data-outcome', 'declined', { timeout: 15_000 });
  await expect(page.getByTestId('tax-outcome-message')).toContainText('Le solde de la carte est insuffisant.');
  await expect(page.getByTestId('tax-outcome-message')).toContainText('Rien n’a été prélevé');
  await checkScreen(page);
  await shot(page, 'tax-declined', 'fr');

  await scriptNextPayment(browser, kiosk.devDockUrl!, 'timeout');
  await page.getByTestId('tax-retry').tap();
  await expect(page.getByTestId('tax-outcome')).toHaveAttribute('data-outcome', 'timed-out', { timeout: 15_000 });
  await expect(page.getByTestId('tax-outcome-message')).toContainText('Le terminal a attendu trop longtemps.');
  await checkScreen(page);
  await shot(page, 'tax-timed-out', 'fr');
  await page.getByTestId('tax-back-to-notice').tap();
  await expect(page.getByTestId('tax-pay')).toBeVisible();
});

test('the citizen can cancel on the terminal step', async ({ kioskPage: page, kiosk }) => {
  await openTax(page, 'ar');
  await kiosk.scanner.write('TSC-2025-000042\r\n');
  // A notice of last year that is already paid: no payment offered.
  await expect(page.getByTestId('tax-already-paid')).toBeVisible();
  await checkScreen(page);
  await shot(page, 'tax-already-paid', 'ar');
  await kiosk.scanner.write('TSC-2026-000456\r\n');
  await expect(page.getByTestId('tax-notice-reference')).toHaveText('TSC-2026-000456');
  await page.getByTestId('tax-pay').tap();
  await expect(page.getByTestId('payment-step')).toHaveAttribute('data-step', 'insert-card');
  await page.getByTestId('payment-cancel').tap();
  await expect(page.getByTestId('tax-outcome')).toHaveAttribute('data-outcome', 'cancelled', { timeout: 15_000 });
  await expect(page.getByTestId('tax-outcome-message')).toContainText('لم يُقتطع أي مبلغ');
});

test('payment is refused plainly when the office backend stops after the lookup', async ({ page }) => {
  test.slow();
  const backend = await startOfficeBackend();
  const kiosk = await startKiosk({ idle: IDLE, paymentTerminal: PAYMENT_TERMINAL, officeUrl: backend.url, officeRequestTimeoutMs: 1500 });
  try {
    await page.goto(kiosk.kioskUrl);
    await openTax(page, 'fr');
    await kiosk.scanner.write('TSC-2026-000123\r\n');
    await expect(page.getByTestId('tax-notice')).toBeVisible();
    await backend.stop();
    await page.getByTestId('tax-pay').tap();
    await expect(page.getByTestId('tax-outcome')).toHaveAttribute('data-outcome', 'backend-unavailable', { timeout: 20_000 });
    await expect(page.getByTestId('tax-outcome-message')).toContainText('Le bureau ne peut pas confirmer de paiement en ce moment.');
    await expect(page.getByTestId('tax-outcome-message')).toContainText('Rien n’a été prélevé');
    await checkScreen(page);
    await shot(page, 'tax-backend-down', 'fr');
    // The office never saw a payment.
    expect(backend.requestCount('POST /v1/tax-notices/{reference}/payments')).toBe(0);
  } finally {
    await kiosk.stop();
    await backend.stop();
  }
});
