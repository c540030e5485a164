// The report, tax and tracking procedures walked screen by screen, error panels included,
// as a11y-walk-citizen.ts walks the others.
import { expect, type Page } from '@playwright/test';
import { tapTo, type Walk } from './a11y-walk-citizen.js';

async function open(w: Walk, tile: string, screen: string): Promise<void> {
  await expect(w.page.getByTestId('attract-screen')).toBeVisible();
  await tapTo(w.page, `lang-${w.lang}`, 'home-screen');
  await tapTo(w.page, tile, screen);
}

async function typeKeys(page: Page, keys: string): Promise<void> {
  for (const key of keys) await page.getByTestId(`key-${key}`).tap();
}

export async function walkReport(w: Walk): Promise<void> {
  const { page, visit } = w;
  await open(w, 'tile-report', 'privacy-notice');
  await tapTo(page, 'privacy-accept', 'report-kind-step');
  await visit('report-kind');
  await tapTo(page, 'report-kind-complaint', 'report-category-step');
  await visit('report-category');
  await tapTo(page, 'report-category-lighting', 'report-neighbourhood-step');
  await visit('report-neighbourhood');
  await tapTo(page, 'report-other-arrondissement', 'report-arrondissement-step');
  await visit('report-arrondissement');
  await tapTo(page, 'place-anfa', 'report-neighbourhood-step');
  await tapTo(page, 'place-racine', 'report-landmark-step');
  await typeKeys(page, '12');
  await visit('keyboard-letters');
  await tapTo(page, 'report-landmark-next', 'report-description-step');
  await typeKeys(page, '345');
  await visit('report-description');
  await tapTo(page, 'report-description-next', 'report-contact-step');
  await visit('report-contact');
  await tapTo(page, 'report-sms-yes', 'report-phone-step');
  await typeKeys(page, '0612345678');
  await visit('keyboard-phone');
  await tapTo(page, 'report-phone-next', 'report-summary-step');
  await visit('report-summary');
  await page.getByTestId('home-button').tap();
  await expect(page.getByTestId('discard-dialog')).toBeVisible();
  await visit('discard-dialog');
  await tapTo(page, 'discard-stay', 'report-summary-step');
  await tapTo(page, 'report-submit', 'report-result');
  await visit('report-result');
  await tapTo(page, 'done-button', 'attract-screen');
}

/** Returns the QR payload of the payment receipt, for the tracking walk. */
export async function walkTax(w: Walk): Promise<string> {
  const { page, kiosk, visit } = w;
  await open(w, 'tile-tax', 'tax-scan-step');
  await visit('tax-scan');
  await kiosk.scanner.write('TSC-2026-999999\r\n');
  await expect(page.getByTestId('tax-lookup-problem')).toBeVisible();
  await visit('tax-notice-unknown');
  await tapTo(page, 'tax-reference-type', 'tax-type-step');
  await typeKeys(page, 'tsc-2026-000456');
  await visit('keyboard-reference');
  await tapTo(page, 'tax-lookup', 'tax-notice');
  await visit('tax-notice');
  await page.getByTestId('tax-pay').tap();
  await expect(page.getByTestId('payment-step')).toHaveAttribute('data-step', 'insert-card');
  await visit('tax-payment-insert-card');
  await page.getByTestId('payment-cancel').tap();
  await expect(page.getByTestId('tax-outcome')).toHaveAttribute('data-outcome', 'cancelled', { timeout: 15_000 });
  await visit('tax-payment-cancelled');
  await tapTo(page, 'tax-back-to-notice', 'tax-notice');

  const jobsBefore = kiosk.printer.jobs.length;
  await page.getByTestId('tax-pay').tap();
  await expect(page.getByTestId('tax-paid')).toBeVisible({ timeout: 20_000 });
  await visit('tax-paid');
  await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
  const qr = kiosk.printer.jobs.at(-1)?.decoded.qrPayloads[0] ?? '';
  await tapTo(page, 'done-button', 'attract-screen');
  return qr;
}

export async function walkTracking(w: Walk, receiptQr: string): Promise<void> {
  const { page, kiosk, visit } = w;
  await open(w, 'tile-tracking', 'tracking-scan-step');
  await visit('tracking-scan');
  await kiosk.scanner.write(`${receiptQr}\r\n`);
  await expect(page.getByTestId('tracking-status-step')).toBeVisible();
  await visit('tracking-status');
  await tapTo(page, 'done-button', 'attract-screen');

  await open(w, 'tile-tracking', 'tracking-scan-step');
  await tapTo(page, 'tracking-type', 'tracking-type-step');
  await typeKeys(page, 'rc-2026-999999');
  await page.getByTestId('tracking-lookup').tap();
  await expect(page.getByTestId('tracking-problem')).toBeVisible();
  await visit('tracking-not-found');
  // The staff walk starts where a citizen leaves the kiosk: the attract screen.
  await tapTo(page, 'home-button', 'home-screen');
  await tapTo(page, 'back-button', 'attract-screen');
}
