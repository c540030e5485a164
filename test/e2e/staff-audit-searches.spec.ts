// The audit trail records what the clerk did, not what the screens did by themselves: opening
// the journal lists today's receipts and "More" pages through them without a clerk searching
// anything, so neither leaves a journal-search row; a search the clerk submits leaves one.
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { sampleReceipt } from '../../hardware/printer/sample-receipts.js';
import { ReceiptJournal } from '../../main/storage/receipt-journal.js';
import { kioskTest } from './support/kiosk-fixture.js';
import { withKioskDatabase } from './support/journal-file.js';
import type { KioskUnderTest } from './support/kiosk-under-test.js';

const test = kioskTest({ defaultLanguage: 'fr' });
const { expect } = test;

const CLERK_BADGE = '0F00A1B2C3';
const CLERK_PIN = '2468';
// More than one page of the journal screen (50 a page), so "More" has something to load.
const RECEIPTS_TODAY = 55;

function journalSearchRows(kiosk: KioskUnderTest): Promise<Array<{ target: string | null; outcome: string | null }>> {
  return withKioskDatabase(kiosk.dataDir, (db) =>
    db.all<{ target: string | null; outcome: string | null }>("SELECT target, outcome FROM staff_audit WHERE action = 'journal-search' ORDER BY id"),
  );
}

test('opening the journal and paging through it audit no search; a submitted search audits exactly one', async ({ kioskPage: page, kiosk }) => {
  await withKioskDatabase(kiosk.dataDir, async (db) => {
    const journal = new ReceiptJournal(db, 'Africa/Casablanca');
    for (let i = 1; i <= RECEIPTS_TODAY; i += 1) {
      await journal.record({ kind: 'report', number: `KE2E-2026-${String(i).padStart(6, '0')}`, service: 'complaints', receipt: sampleReceipt('fr') });
    }
  });

  await holdBadge(kiosk.badgeReader, CLERK_BADGE);
  await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
  for (const digit of CLERK_PIN) await page.getByTestId(`pin-key-${digit}`).tap();
  await page.getByTestId('pin-ok').tap();
  await expect(page.getByTestId('staff-home')).toBeVisible();

  // The journal opens on today's receipts, one page of them; "More" brings the rest.
  await page.getByTestId('staff-tab-journal').tap();
  await expect(page.getByTestId('journal-row')).toHaveCount(50);
  await page.getByTestId('journal-more').tap();
  await expect(page.getByTestId('journal-row')).toHaveCount(RECEIPTS_TODAY);
  // The sign-in itself is written before the lists load: once it is there, so would be any search row.
  await expect.poll(() => withKioskDatabase(kiosk.dataDir, (db) => db.get<{ n: number }>("SELECT COUNT(*) AS n FROM staff_audit WHERE action = 'sign-in'")).then((r) => r?.n)).toBe(1);
  expect(await journalSearchRows(kiosk)).toEqual([]);

  // The clerk picks "this week" and presses Search: one row, with the filters and what was found.
  await page.getByTestId('journal-period-week').tap();
  await page.getByTestId('journal-search').tap();
  await expect(page.getByTestId('journal-row')).toHaveCount(50);
  await expect.poll(async () => (await journalSearchRows(kiosk)).length).toBe(1);
  const [row] = await journalSearchRows(kiosk);
  expect(row?.target).toMatch(/^from=\d{4}-\d{2}-\d{2} to=\d{4}-\d{2}-\d{2}$/);
  expect(row?.outcome).toBe(`found=${RECEIPTS_TODAY}`);

  // Paging through that search is still the same search.
  await page.getByTestId('journal-more').tap();
  await expect(page.getByTestId('journal-row')).toHaveCount(RECEIPTS_TODAY);
  expect(await journalSearchRows(kiosk)).toHaveLength(1);
});
