// A card payment whose office answer is lost while the office is unreachable: the citizen gets
// the "being checked" slip, the clerk finds it in staff mode under its check number as
// "checking"; the office comes back, the kiosk's reconciler settles it once, and the clerk's
// list shows it settled. The office sits behind a fault proxy that loses what the test says.
import { test as base, expect, type Page } from '@playwright/test';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { type FaultProxy, startFaultProxy } from '../helpers/office-fault-proxy.js';
import { withKioskDatabase } from './support/journal-file.js';
import { expectLanguage } from './support/kiosk-fixture.js';
import { type KioskUnderTest, startKiosk } from './support/kiosk-under-test.js';
import { type OfficeBackend, startOfficeBackend } from './support/office-backend.js';
import { checkScreen } from './support/screen-checks.js';

const CLERK_BADGE = '0F00A1B2C3';
const CLERK_PIN = '2468';
const PAYMENT_TERMINAL = { driver: 'mock', insertCardMs: 200, enterPinMs: 200, approveAfterMs: 200, removeCardMs: 200, timeoutMs: 2500 } as const;

let backend: OfficeBackend;
let proxy: FaultProxy;
let kiosk: KioskUnderTest;
/** While true the office commits payments but their answers, and every question about them, are lost. */
let officeLost = false;

base.beforeAll(async () => {
  backend = await startOfficeBackend();
  proxy = await startFaultProxy(backend.url);
  proxy.setPlan(({ method, path }) => {
    if (!officeLost) return 'pass';
    if (method === 'POST' && path.endsWith('/payments')) return 'drop-after';
    if (path.startsWith('/v1/tax-payments/')) return 'drop-before';
    return 'pass';
  });
  kiosk = await startKiosk({
    defaultLanguage: 'fr',
    idle: { warningAfterSeconds: 120, resetAfterWarningSeconds: 30, resultScreenSeconds: 60 },
    paymentTerminal: PAYMENT_TERMINAL,
    officeUrl: proxy.url,
    officeRequestTimeoutMs: 1500,
  });
});

base.afterAll(async () => {
  await kiosk?.stop();
  await proxy?.close();
  await backend?.stop();
});
const test = base;

async function signIn(page: Page): Promise<void> {
  await holdBadge(kiosk.badgeReader, CLERK_BADGE);
  await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
  for (const digit of CLERK_PIN) await page.getByTestId(`pin-key-${digit}`).tap();
  await page.getByTestId('pin-ok').tap();
  await expect(page.getByTestId('staff-home')).toBeVisible();
}

test('a payment left "being checked" is on the clerk\'s list, then shown settled once the office is back', async ({ page }) => {
  test.slow();
  await page.goto(kiosk.kioskUrl);
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-tax').tap();
  await kiosk.scanner.write('TSC-2026-000123\r\n');
  await expect(page.getByTestId('tax-notice')).toBeVisible();
  const jobsBefore = kiosk.printer.jobs.length;
  officeLost = true;
  await page.getByTestId('tax-pay').tap();
  await expect(page.getByTestId('tax-outcome')).toHaveAttribute('data-outcome', 'not-confirmed', { timeout: 30_000 });
  const advice = await page.getByTestId('tax-outcome').innerText();
  // The number is kept whole on screen by a word joiner after its hyphen; the clerk's list shows it plain.
  const checkNumber = /V-[0-9A-F]{8}/.exec(advice.replace(/\u2060/g, ''))?.[0];
  expect(checkNumber, advice).toBeDefined();
  // One slip, "being checked", for the charged card; no payment receipt.
  await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
  await page.getByTestId('tax-outcome-done').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();

  await signIn(page);
  await page.getByTestId('staff-tab-payments').tap();
  const row = page.locator(`[data-testid="payment-incident-row"][data-check-number="${checkNumber}"]`);
  await expect(row).toHaveAttribute('data-state', 'checking');
  await expect(row).toContainText('TSC-2026-000123');
  await expect(row).toContainText(/1\D?302,00 DH/);
  await expect(row.getByTestId('payment-incident-state')).toHaveText('En cours de vérification');
  await checkScreen(page);

  // Screenshots of the new screen: French and Arabic, landscape and portrait.
  for (const lang of ['fr', 'ar'] as const) {
    await page.getByTestId(`lang-${lang}`).tap();
    await expectLanguage(page, lang);
    for (const [w, h] of [
      [1920, 1080],
      [1080, 1920],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await expect(page.getByTestId('payment-incidents-list')).toBeVisible();
      await checkScreen(page);
      await page.screenshot({ path: `test-results/screenshots/staff-payment-incidents-${lang}-${w}x${h}.png` });
    }
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(row.getByTestId('payment-incident-state')).toHaveText('قيد التحقق');

  // The office is reachable again: the reconciler asks it, learns the payment is recorded there.
  officeLost = false;
  const refresh = page.getByTestId('payment-incidents-refresh');
  await expect
    .poll(
      async () => {
        await refresh.tap();
        return row.getAttribute('data-state');
      },
      { timeout: 60_000, intervals: [1000] },
    )
    .toBe('confirmed');
  await expect(row.getByTestId('payment-incident-state')).toHaveText('أكده المكتب');
  // The day in the clerk's language (Arabic month, Western digits), then the time.
  await expect(row.getByTestId('payment-incident-settled')).toHaveText(/^\d{1,2} [\u0600-\u06ff]+ \d{4} \d{2}:\d{2}$/);
  await page.screenshot({ path: 'test-results/screenshots/staff-payment-incidents-settled-ar-1920x1080.png' });
  // Recorded once at the office (the answers were lost, not the payment), never refunded, audited once.
  const key = await withKioskDatabase(kiosk.dataDir, async (db) =>
    (await db.get<{ idempotency_key: string }>('SELECT idempotency_key FROM payment_incidents WHERE check_number = ?', [checkNumber!]))?.idempotency_key,
  );
  expect(await backend.countPayments(key ?? '')).toBe(1);
  expect(kiosk.printer.jobs.length).toBe(jobsBefore + 1);
  await page.getByTestId('staff-tab-audit').tap();
  await expect(page.locator('[data-testid="audit-row"][data-action="payment-incident-settled"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="audit-row"][data-action="payment-incident-settled"]')).toContainText(checkNumber!);
});
