// A clerk at the kiosk: badge on the serial reader (a real pseudo-terminal), PIN on the
// keypad, then the journal: find a citizen's ticket, reprint it (the printout, decoded from
// the virtual printer's bytes, is the stored ticket under its copy banner), print what the
// printer could not, and leave a trail in the audit log that exports as CSV.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { copyMarkFor } from '../../main/storage/receipt-journal.js';
import { kioskTest, expectLanguage } from './support/kiosk-fixture.js';
import { printedExactly, readJournal } from './support/journal-file.js';
import type { KioskUnderTest } from './support/kiosk-under-test.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest({ defaultLanguage: 'fr' });
const { expect } = test;

const CLERK_BADGE = '0F00A1B2C3';
const CLERK_PIN = '2468';

function kioskLog(kiosk: KioskUnderTest): string {
  const path = join(kiosk.dataDir, 'logs', 'kiosk.log');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

async function takeTicket(page: Page, lang: 'fr' | 'ar'): Promise<string> {
  await page.getByTestId(`lang-${lang}`).tap();
  await expectLanguage(page, lang);
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-civil-status').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  const number = (await page.getByTestId('ticket-number').textContent())?.trim() ?? '';
  expect(number).toMatch(/^[A-Z]-\d{3}$/);
  await page.getByTestId('done-button').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  return number;
}

async function signIn(page: Page, kiosk: KioskUnderTest): Promise<void> {
  await holdBadge(kiosk.badgeReader, CLERK_BADGE);
  await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
  for (const digit of CLERK_PIN) await page.getByTestId(`pin-key-${digit}`).tap();
  // The PIN is never on the screen, only as many dots as digits.
  await expect(page.getByTestId('staff-pin-screen')).not.toContainText(CLERK_PIN);
  await page.getByTestId('pin-ok').tap();
  await expect(page.getByTestId('staff-home')).toBeVisible();
}

async function findToday(page: Page, number: string) {
  await page.getByTestId('staff-tab-journal').tap();
  await page.getByTestId('journal-period-today').tap();
  await page.getByTestId('journal-search').tap();
  const row = page.locator(`[data-testid="journal-row"][data-number="${number}"]`);
  await expect(row).toHaveCount(1);
  return row;
}

test('a clerk badges, types the PIN, finds a ticket and reprints it marked as a copy', async ({ kioskPage: page, kiosk }) => {
  const number = await takeTicket(page, 'fr');
  const original = await kiosk.printer.waitForJob();
  const stored = (await readJournal(kiosk.dataDir)).find((r) => r.number === number);
  expect(stored?.state).toBe('printed');
  expect(await printedExactly(original, stored!.receipt)).toBe(true);

  await signIn(page, kiosk);
  // The roll is nearly finished: the clerk sees it on the staff screen, the technician in the log.
  await kiosk.printer.setState('paper-near-end');
  const nearEnd = page.getByTestId('paper-near-end-badge');
  await expect(nearEnd).toBeVisible();
  await expect.poll(() => kioskLog(kiosk)).toContain('printer paper near end');
  await page.screenshot({ path: 'test-results/screenshots/staff-paper-near-end-fr.png' });
  await kiosk.printer.setState('ready');
  await expect(nearEnd).toHaveCount(0);

  const row = await findToday(page, number);
  await row.tap();
  await expect(page.getByTestId('receipt-view')).toBeVisible();
  // The receipt as it was printed: the same bitmap, shown on the screen.
  const image = page.getByTestId('receipt-image');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(576);
  await checkScreen(page);

  await page.getByTestId('receipt-reprint').tap();
  await expect(page.getByTestId('reprint-result')).toHaveAttribute('data-kind', 'printed');
  const copy = await kiosk.printer.waitForJob();
  // Dot for dot the stored ticket under the banner "DUPLICATA / نسخة · 1", not the original again.
  expect(await printedExactly(copy, { ...stored!.receipt, copyMark: copyMarkFor(1) })).toBe(true);
  expect(await printedExactly(copy, stored!.receipt)).toBe(false);
  expect(copy.decoded.qrPayloads).toEqual(original.decoded.qrPayloads);

  // A second copy says 2; a reprint asked while the paper is out says what to do and prints nothing.
  await page.getByTestId('receipt-reprint').tap();
  await expect(page.getByTestId('reprint-result')).toHaveAttribute('data-kind', 'printed');
  expect(await printedExactly(await kiosk.printer.waitForJob(), { ...stored!.receipt, copyMark: copyMarkFor(2) })).toBe(true);
  await kiosk.printer.setState('paper-out');
  await page.getByTestId('receipt-reprint').tap();
  await expect(page.getByTestId('reprint-result')).toHaveAttribute('data-kind', 'not-printed');
  await expect(page.getByTestId('reprint-result')).toContainText(/papier/i);
  await kiosk.printer.setState('ready');
  expect((await readJournal(kiosk.dataDir)).find((r) => r.number === number)?.reprintCount).toBe(3);
  await page.getByTestId('receipt-close').tap();

  // The day so far: one ticket, three reprints asked, the one without paper a failed print; printed for the office.
  await page.getByTestId('staff-tab-summary').tap();
  await expect(page.getByTestId('summary-total-tickets')).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('summary-reprints')).toHaveAttribute('data-value', '3');
  await expect(page.getByTestId('summary-failures')).toHaveAttribute('data-value', '1');
  const jobsBeforeSummary = kiosk.printer.jobs.length;
  // Printed in the language the clerk switched the staff screen to.
  await page.getByTestId('lang-ar').tap();
  await expectLanguage(page, 'ar');
  await page.getByTestId('summary-print').tap();
  await expect(page.getByTestId('summary-print-result')).toBeVisible();
  const summary = await kiosk.printer.waitForJob();
  expect(kiosk.printer.jobs.length).toBe(jobsBeforeSummary + 1);
  expect(summary.decoded.images).toHaveLength(1);
  expect(summary.decoded.cuts).toBe(1);
  writeFileSync('test-results/screenshots/staff-summary-printout-ar.png', summary.decoded.images[0]!.png);
  await page.getByTestId('lang-fr').tap();
  await expectLanguage(page, 'fr');

  // Who reprinted what, and when: on the screen and in the exported CSV.
  await page.getByTestId('staff-tab-audit').tap();
  // The receipt opened once and reprinted three times (the last one without paper).
  const aboutIt = page.getByTestId('audit-row').filter({ hasText: number });
  await expect(aboutIt).toHaveCount(4);
  await expect(aboutIt.first()).toContainText('Demo clerk');
  await page.getByTestId('audit-export').tap();
  await expect(page.getByTestId('audit-export-result')).toContainText('.csv');
  const files = readdirSync(kiosk.exportDir).filter((f) => f.endsWith('.csv'));
  expect(files).toHaveLength(1);
  const csv = readFileSync(join(kiosk.exportDir, files[0]!), 'utf8');
  const lines = csv.split(/\r\n/).filter((l) => l.length > 0);
  expect(lines.filter((l) => l.includes('reprint') && l.includes(number))).toHaveLength(3);
  expect(lines.some((l) => l.includes('demo-clerk') && l.includes('sign-in'))).toBe(true);
  // No credential in the trail.
  expect(csv).not.toContain(CLERK_BADGE);
  expect(csv).not.toContain(CLERK_PIN);

  await page.getByTestId('staff-signout').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
});

test('paper runs out in the middle of a ticket: pending, then printed once after the paper is loaded', async ({ kioskPage: page, kiosk }) => {
  await page.getByTestId('lang-ar').tap();
  await expectLanguage(page, 'ar');
  await page.getByTestId('tile-ticket').tap();
  // The citizen already chose to take a ticket when the roll ends.
  await kiosk.printer.setState('paper-out');
  await page.getByTestId('service-civil-status').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  await expect(page.getByTestId('print-failed')).toBeVisible();
  const number = (await page.getByTestId('ticket-number').textContent())?.trim() ?? '';
  await page.getByTestId('done-button').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  const jobsBefore = kiosk.printer.jobs.length;
  expect((await readJournal(kiosk.dataDir)).find((r) => r.number === number)).toMatchObject({ state: 'pending', printFailure: 'paper-out' });

  await signIn(page, kiosk);
  // Found by its number, typed on the on-screen keyboard; the staff screens speak the kiosk's default language (fr here).
  await page.getByTestId('staff-tab-journal').tap();
  await page.getByTestId('journal-number-field').tap();
  await expect(page.getByTestId('on-screen-keyboard')).toBeVisible();
  for (const key of number.toLowerCase()) await page.getByTestId(`key-${key}`).tap();
  await page.getByTestId('key-done').tap();
  const found = page.getByTestId('journal-row');
  await expect(found).toHaveCount(1);
  await expect(found).toHaveAttribute('data-number', number);
  await expect(found).toContainText('plus de papier');
  await page.getByTestId('staff-tab-pending').tap();
  const pending = page.locator('[data-testid="pending-row"]').filter({ hasText: number });
  await expect(pending).toHaveCount(1);
  // Still no paper: the run stops and says why, the receipt stays pending.
  await page.getByTestId('pending-print-all').tap();
  await expect(page.getByTestId('pending-result')).toBeVisible();
  await expect(pending).toHaveCount(1);

  await kiosk.printer.setState('ready');
  await page.getByTestId('pending-print-all').tap();
  await expect(page.getByTestId('pending-result')).toContainText('1');
  await expect(page.getByTestId('pending-empty')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/staff-pending-printed-ar.png' });

  // Exactly one printout of that ticket, as stored, without a copy banner: it had never been on paper.
  const stored = (await readJournal(kiosk.dataDir)).find((r) => r.number === number);
  expect(stored).toMatchObject({ state: 'printed', printFailure: null, reprintCount: 0 });
  await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
  const withNumber = kiosk.printer.jobs.filter((j) => j.decoded.qrPayloads.some((p) => p.endsWith(`/${number}`)));
  expect(withNumber).toHaveLength(1);
  expect(await printedExactly(withNumber[0]!, stored!.receipt)).toBe(true);

  await page.getByTestId('staff-signout').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
});

test('a badge nobody knows and a badge read badly are told plainly, and open nothing', async ({ kioskPage: page, kiosk }) => {
  await holdBadge(kiosk.badgeReader, 'ABCDEF0123');
  const message = page.getByTestId('staff-badge-message');
  await expect(message).toHaveAttribute('data-kind', 'unknown');
  await expect(page.getByTestId('staff-pin-screen')).toHaveCount(0);
  // Taken away, then held again (a reader treats frames closer than 1.5 s as the same presentation).
  await page.waitForTimeout(2000);
  await holdBadge(kiosk.badgeReader, CLERK_BADGE, { corruptChecksum: true, frames: 1 });
  await expect(message).toHaveAttribute('data-kind', 'unreadable');
  await expect(page.getByTestId('staff-pin-screen')).toHaveCount(0);
  expect(kiosk.output()).not.toContain('ABCDEF0123');
  expect(kioskLog(kiosk)).not.toContain('ABCDEF0123');
});

test('a citizen being served is never interrupted by a staff badge', async ({ kioskPage: page, kiosk }) => {
  await page.getByTestId('lang-fr').tap();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await holdBadge(kiosk.badgeReader, CLERK_BADGE);
  // The kiosk heard the badge (its log says so) and the home screen stays, with no PIN pad over it.
  await expect.poll(() => kioskLog(kiosk)).toContain('staff badge ignored');
  await expect(page.getByTestId('staff-badge-message')).toHaveCount(0);
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await page.getByTestId('tile-ticket').tap();
  await expect(page.getByTestId('service-civil-status')).toBeVisible();
  await expect(page.getByTestId('staff-pin-screen')).toHaveCount(0);
});
