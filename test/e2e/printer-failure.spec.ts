// The printer is out of paper or switched off: the citizen still gets a number, on screen,
// with plain words telling them to go to the counter, and the kiosk keeps the ticket. Also when
// the printer stops in the middle of the receipt (cover lifted, switched offline).
import type { Page } from '@playwright/test';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import type { VirtualPrinter, VirtualPrinterJob } from '../../hardware/simulators/virtual-printer.js';
import { type JournalRow, printedExactly, readJournal } from './support/journal-file.js';
import { kioskTest } from './support/kiosk-fixture.js';
import type { KioskUnderTest } from './support/kiosk-under-test.js';

const test = kioskTest();
const { expect } = test;

for (const [state, lang] of [
  ['paper-out', 'fr'],
  ['unreachable', 'ar'],
  ['cover-open', 'en'],
] as const) {
  test(`a printer that is ${state} is told plainly and the number is shown (${lang})`, async ({ kioskPage: page, kiosk }) => {
    await kiosk.printer.setState(state);
    const printedBefore = kiosk.printer.jobs.filter((j) => j.decoded.images.length > 0).length;
    await page.getByTestId(`lang-${lang}`).tap();
    await page.getByTestId('tile-ticket').tap();
    await page.getByTestId('service-legalisation').tap();

    await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
    const failure = page.getByTestId('print-failed');
    await expect(failure).toBeVisible();
    const number = (await page.getByTestId('ticket-number').innerText()).trim();
    expect(number).toMatch(/^B-\d{3}$/);
    // The message names the counter the citizen should go to.
    await expect(failure).toContainText('3');
    expect(kiosk.printer.jobs.filter((j) => j.decoded.images.length > 0).length).toBe(printedBefore);

    await kiosk.printer.setState('ready');
  });
}

test('after the paper is back the next ticket prints and continues the sequence', async ({ kioskPage: page, kiosk }) => {
  await kiosk.printer.setState('ready');
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-legalisation').tap();
  await expect(page.getByTestId('print-failed')).toHaveCount(0);
  const number = (await page.getByTestId('ticket-number').innerText()).trim();
  // Three failed tickets before this one kept their numbers: none was handed out twice.
  expect(number).toBe('B-004');
  await expect.poll(() => kiosk.printer.jobs.filter((j) => j.decoded.images.length > 0).length).toBeGreaterThan(0);
  const job = kiosk.printer.jobs.at(-1)!;
  expect(job.decoded.qrPayloads.some((p) => p.endsWith('/B-004'))).toBe(true);
});

// The printer takes the first bytes, then its cover is lifted (or it goes offline) and it
// throws the rest away: the citizen is told as above, the journal keeps the receipt pending
// with that reason, and once the clerk has closed the cover it comes out once, as an original.
const CLERK_BADGE = '0F00A1B2C3';
const CLERK_PIN = '2468';

/** Receipts on paper whose QR code ends with this number. */
const onPaper = (printer: VirtualPrinter, number: string): VirtualPrinterJob[] =>
  printer.jobs.filter((j) => j.decoded.qrPayloads.some((p) => p.endsWith(`/${number}`)));

async function clerkPrintsPending(page: Page, kiosk: KioskUnderTest, number: string): Promise<VirtualPrinterJob> {
  await holdBadge(kiosk.badgeReader, CLERK_BADGE);
  await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
  for (const digit of CLERK_PIN) await page.getByTestId(`pin-key-${digit}`).tap();
  await page.getByTestId('pin-ok').tap();
  await page.getByTestId('staff-tab-pending').tap();
  const row = page.locator('[data-testid="pending-row"]').filter({ hasText: number });
  await expect(row).toHaveCount(1);
  const jobsBefore = kiosk.printer.jobs.length;
  await row.getByTestId('pending-print-one').tap();
  await expect(page.locator('[data-testid="pending-row"]').filter({ hasText: number })).toHaveCount(0);
  await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
  await page.getByTestId('staff-signout').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  return kiosk.printer.jobs.at(-1)!;
}

async function journalRow(kiosk: KioskUnderTest, number: string): Promise<JournalRow> {
  const row = (await readJournal(kiosk.dataDir)).find((r) => r.number === number);
  if (!row) throw new Error(`${number} is not in the journal`);
  return row;
}

test('the cover is lifted mid-ticket: told on screen, kept pending, printed once as an original after the clerk closes it', async ({ kioskPage: page, kiosk }) => {
  await kiosk.printer.setState('ready');
  kiosk.printer.failDuringNextJob('cover-open');
  await page.getByTestId('lang-en').tap();
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-civil-status').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  const number = (await page.getByTestId('ticket-number').innerText()).trim();
  await expect(page.getByTestId('print-failed')).toBeVisible();
  expect(kiosk.printer.discardedBytes).toBeGreaterThan(0);
  expect(onPaper(kiosk.printer, number)).toHaveLength(0);
  await expect.poll(async () => (await journalRow(kiosk, number)).printFailure).toBe('cover-open');
  expect(await journalRow(kiosk, number)).toMatchObject({ state: 'pending', reprintCount: 0 });
  await page.getByTestId('done-button').tap();

  await kiosk.printer.setState('ready');
  const job = await clerkPrintsPending(page, kiosk, number);
  const row = await journalRow(kiosk, number);
  expect(row).toMatchObject({ state: 'printed', reprintCount: 0 });
  expect(await printedExactly(job, row.receipt)).toBe(true);
  expect(onPaper(kiosk.printer, number)).toHaveLength(1);
});

test('the printer goes offline mid civil-status receipt: told on screen, kept pending, printed once as an original', async ({ kioskPage: page, kiosk }) => {
  await kiosk.printer.setState('ready');
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-civil-status').tap();
  await page.getByTestId('privacy-accept').tap();
  await expect(page.getByTestId('civil-identity')).toBeVisible();
  await kiosk.idReader.writeMrz(MRZ_SPECIMENS['mar-cnie-td1'].lines, 'crlf');
  await page.getByTestId('identity-this-is-me').tap();
  await page.getByTestId('doc-birth-extract').tap();
  await page.getByTestId('civil-options-next').tap();
  kiosk.printer.failDuringNextJob('offline');
  await page.getByTestId('civil-confirm').tap();

  await expect(page.getByTestId('civil-result')).toBeVisible();
  const failure = page.getByTestId('print-failed');
  await expect(failure).toBeVisible();
  // The advice names the counter to go to.
  await expect(failure).toContainText(/guichet \S+/);
  const reference = (await page.getByTestId('civil-reference').innerText()).trim();
  expect(onPaper(kiosk.printer, reference)).toHaveLength(0);
  await expect.poll(async () => (await journalRow(kiosk, reference)).printFailure).toBe('offline');
  expect(await journalRow(kiosk, reference)).toMatchObject({ state: 'pending', reprintCount: 0 });
  await page.getByTestId('done-button').tap();

  await kiosk.printer.setState('ready');
  const job = await clerkPrintsPending(page, kiosk, reference);
  const row = await journalRow(kiosk, reference);
  expect(row).toMatchObject({ state: 'printed', reprintCount: 0 });
  expect(await printedExactly(job, row.receipt)).toBe(true);
  expect(onPaper(kiosk.printer, reference)).toHaveLength(1);
});
