// The clerk's screens, reached as a clerk reaches them: the badge on the reader (the socat
// pseudo-terminal of the kiosk under test), then the PIN on the touch keypad. Walked after
// the citizen walk, so the journal has receipts and a ticket waits for paper.
import { expect, type Page } from '@playwright/test';
import { holdBadge } from '../../../hardware/simulators/badge-holder.js';
import type { Walk } from './a11y-walk-citizen.js';
import type { KioskUnderTest } from './kiosk-under-test.js';
import { seedPaymentIncidents } from './payment-incident-seed.js';
import { expectPaymentRowsReadable } from './payment-incidents-layout.js';

const CLERK = { badge: '0F00A1B2C3', pin: '2468' };

export async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).tap();
}

/**
 * The badge held until the PIN screen opens. The attract screen shows as soon as the citizen
 * taps Finish, while its session.end request is still on its way to main; a badge read in those
 * few milliseconds is ignored on purpose (main still sees a citizen being served). A clerk
 * holds it again; so does the walk, which presents the badge the instant the attract screen shows.
 */
export async function presentBadge(page: Page, kiosk: KioskUnderTest, badge: string): Promise<void> {
  await expect(async () => {
    await holdBadge(kiosk.badgeReader, badge);
    await expect(page.getByTestId('staff-pin-screen')).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
}

export async function tabTo(page: Page, tab: string, content: string): Promise<void> {
  await page.getByTestId(tab).tap();
  await expect(page.getByTestId(content).first()).toBeVisible();
}

/** Starts and ends on the attract screen, which must be in the walk's language (kiosk default). */
export async function walkStaff(w: Walk, staffIdleSeconds: number): Promise<void> {
  const { page, kiosk, visit } = w;
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await presentBadge(page, kiosk, CLERK.badge);
  await typePin(page, '13');
  await visit('staff-pin');
  await typePin(page, '57');
  await page.getByTestId('pin-ok').tap();
  await expect(page.getByTestId('pin-message')).toHaveAttribute('data-kind', 'wrong');
  await visit('staff-pin-wrong');
  await typePin(page, CLERK.pin);
  await page.getByTestId('pin-ok').tap();
  await expect(page.getByTestId('staff-home')).toBeVisible();
  await expect(page.getByTestId('journal-row').first()).toBeVisible();
  await visit('staff-journal');
  await page.getByTestId('journal-row').first().tap();
  await expect(page.getByTestId('receipt-image')).toBeVisible();
  await visit('staff-receipt');
  await page.getByTestId('receipt-close').tap();
  await tabTo(page, 'staff-tab-pending', 'pending-row');
  await visit('staff-pending');
  // The citizen walk's tax payment was confirmed at once: nothing to check yet.
  await tabTo(page, 'staff-tab-payments', 'payment-incidents-empty');
  await visit('staff-payments-empty');
  await seedPaymentIncidents(kiosk.dataDir, [
    { reference: 'TSC-2026-000123', amountCentimes: 130_200, state: 'confirmed', trackingNumber: 'TX-2026-000417', uncertainMinutesAgo: 95, settledMinutesAgo: 80 },
    { reference: 'TSC-2026-004512', amountCentimes: 48_050, state: 'reversed', uncertainMinutesAgo: 50, settledMinutesAgo: 20 },
    { reference: 'TSC-2026-010987', amountCentimes: 2_215_075, state: 'checking', uncertainMinutesAgo: 5 },
  ]);
  await page.getByTestId('payment-incidents-refresh').tap();
  await expect(page.getByTestId('payment-incident-row')).toHaveCount(3);
  await visit('staff-payments');
  await expectPaymentRowsReadable(page);
  // A kiosk screen mounted upright: the widest table of the staff tabs in 1080 px.
  const landscape = page.viewportSize();
  await page.setViewportSize({ width: 1080, height: 1920 });
  await visit('staff-payments-portrait');
  await expectPaymentRowsReadable(page);
  if (landscape) await page.setViewportSize(landscape);
  await tabTo(page, 'staff-tab-summary', 'summary-table');
  await visit('staff-summary');
  await tabTo(page, 'staff-tab-audit', 'audit-row');
  await visit('staff-audit');
  // The page's clock is Playwright's (installed for the citizen's idle warning): the screen's
  // warning is brought forward; main's own idle clock runs in real time and is far from its end.
  await page.clock.runFor((staffIdleSeconds - 10) * 1000);
  await expect(page.getByTestId('staff-idle-warning')).toBeVisible();
  await visit('staff-idle-warning');
  await page.getByTestId('staff-idle-continue').tap();
  await expect(page.getByTestId('staff-idle-warning')).toHaveCount(0);
  await page.getByTestId('staff-signout').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
}
