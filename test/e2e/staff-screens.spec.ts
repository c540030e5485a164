// Screenshots of the staff screens in Arabic and French, each checked for legibility and fit:
// test-results/screenshots/staff-<lang>-*.png, for a human look. Behaviour is tested in
// staff-mode.spec.ts. The PIN screen opens in the attract screen's language, so each language
// gets a kiosk whose default it is.
import { test, expect, type Page } from '@playwright/test';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { startKiosk } from './support/kiosk-under-test.js';
import { checkScreen } from './support/screen-checks.js';

const CLERK_BADGE = '0F00A1B2C3';
const CLERK_PIN = '2468';
const UNKNOWN_BADGE = '00000000AB';

async function takeTicket(page: Page, lang: 'ar' | 'fr', expectFailure: boolean): Promise<void> {
  await page.getByTestId(`lang-${lang}`).tap();
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-civil-status').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  await expect(page.getByTestId('print-failed')).toHaveCount(expectFailure ? 1 : 0);
  await page.getByTestId('done-button').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
}

async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).tap();
}

for (const lang of ['ar', 'fr'] as const) {
  test(`staff screens in ${lang} are legible and fit`, async ({ page }) => {
    test.setTimeout(180_000);
    const shot = async (name: string) => {
      await checkScreen(page);
      await page.screenshot({ path: `test-results/screenshots/staff-${lang}-${name}.png` });
    };
    const kiosk = await startKiosk({ defaultLanguage: lang });
    try {
      await page.goto(kiosk.kioskUrl);
      await expect(page.getByTestId('attract-screen')).toBeVisible();
      // Something to find: a printed ticket and one left pending for lack of paper.
      await takeTicket(page, lang, false);
      await kiosk.printer.setState('paper-out');
      await takeTicket(page, lang, true);
      await kiosk.printer.setState('ready');

      await holdBadge(kiosk.badgeReader, UNKNOWN_BADGE);
      await expect(page.getByTestId('staff-badge-message')).toHaveAttribute('data-kind', 'unknown');
      await shot('1-badge-unknown');

      await holdBadge(kiosk.badgeReader, CLERK_BADGE);
      await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
      await typePin(page, '13');
      await shot('2-pin');
      await typePin(page, '57');
      await page.getByTestId('pin-ok').tap();
      await expect(page.getByTestId('pin-message')).toHaveAttribute('data-kind', 'wrong');
      await shot('3-pin-wrong');

      await typePin(page, CLERK_PIN);
      await page.getByTestId('pin-ok').tap();
      await expect(page.getByTestId('staff-home')).toBeVisible();
      await expect(page.getByTestId('journal-row').first()).toBeVisible();
      await shot('4-journal');

      await page.getByTestId('journal-row').first().tap();
      await expect(page.getByTestId('receipt-image')).toBeVisible();
      await shot('5-receipt');
      await page.getByTestId('receipt-close').tap();

      await page.getByTestId('staff-tab-pending').tap();
      await expect(page.getByTestId('pending-row').first()).toBeVisible();
      await shot('6-pending');

      await page.getByTestId('staff-tab-summary').tap();
      await expect(page.getByTestId('summary-table')).toBeVisible();
      await shot('7-summary');

      await page.getByTestId('staff-tab-audit').tap();
      await expect(page.getByTestId('audit-row').first()).toBeVisible();
      await shot('8-audit');

      await page.getByTestId('staff-signout').tap();
      await expect(page.getByTestId('attract-screen')).toBeVisible();
    } finally {
      await kiosk.stop();
    }
  });
}
