// The end-of-day summary over a real journal file, fed the way the kiosk feeds it: tickets and
// receipts through the journaled print path, a printer that runs out of paper, staff reprints.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { MockPrinter } from '../../hardware/printer/mock-printer.js';
import type { Receipt } from '../../hardware/printer/receipt-model.js';
import { receiptPrinter, type ReceiptJob } from '../../main/services/procedures/receipt-printing.js';
import { computeDaySummary } from '../../main/staff/day-summary.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../main/storage/receipt-journal.js';
import { printJournaled } from '../../main/storage/receipt-journal-print.js';
import { JournalQueryError } from '../../main/storage/receipt-journal-types.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';

const TZ = 'Africa/Casablanca';

function paper(number: string): Receipt {
  return { language: 'fr', direction: 'ltr', blocks: [{ kind: 'pair', label: 'N°', value: number }] };
}

describe('end-of-day summary', () => {
  let path: string;
  let db: SqliteDatabase;
  let clock: Date;
  let journal: ReceiptJournal;
  let printer: MockPrinter;

  beforeEach(async () => {
    path = join(mkdtempSync(join(tmpdir(), 'borne-summary-')), 'kiosk.sqlite');
    db = await SqliteDatabase.open(path, KIOSK_DATABASE_MIGRATIONS);
    clock = new Date('2026-11-26T09:00:00Z');
    journal = new ReceiptJournal(db, TZ, () => clock);
    printer = new MockPrinter(384, silentLogger);
    await printer.open();
  });
  afterEach(async () => db.close());

  const ticket = (number: string, service: string) =>
    printJournaled(journal, { kind: 'ticket', number, service, receipt: paper(number) }, async (r) => {
      const result = await printer.print(r);
      return result.ok ? { ok: true } : { ok: false, reason: result.reason, detail: result.detail };
    });

  it('counts tickets, receipts, failed attempts, pending prints, reprints and payments of the day', async () => {
    const printReceipt = receiptPrinter(printer, { info: () => undefined, warn: () => undefined, error: () => undefined }, journal);
    const receipt = (job: ReceiptJob) => printReceipt(paper(job.number), job);

    // The day before: must not count.
    clock = new Date('2026-11-25T15:00:00Z');
    await ticket('A-099', 'civil-status');
    await receipt({ kind: 'tax-payment', number: 'TX-2026-000001', service: 'local-taxes', amountCentimes: 99_900 });

    clock = new Date('2026-11-26T08:30:00Z');
    for (const n of ['A-001', 'A-002', 'A-003']) expect((await ticket(n, 'civil-status')).ok).toBe(true);
    await receipt({ kind: 'civil-status', number: 'AR-2026-000010', service: 'civil-status' });
    const paid1 = await journal.search({ number: 'AR-2026-000010' });
    expect(paid1.items[0]?.state).toBe('printed');
    await receipt({ kind: 'tax-payment', number: 'TX-2026-000002', service: 'local-taxes', amountCentimes: 12_345 });
    await receipt({ kind: 'tax-payment', number: 'TX-2026-000003', service: 'local-taxes', amountCentimes: 50_000 });
    await receipt({ kind: 'payment-incident', number: 'TNB-2026-0042', service: 'local-taxes', amountCentimes: 7_500 });

    // Paper runs out: B-001 fails once, B-002 twice; paper is loaded and B-001 goes out.
    printer.setFault('paper-out');
    const b1 = await ticket('B-001', 'legalisation');
    expect(b1).toMatchObject({ ok: false, reason: 'paper-out' });
    const b2 = await ticket('B-002', 'legalisation');
    printer.setFault('offline');
    const retry = await printer.print(paper('B-002'));
    expect(retry).toMatchObject({ ok: false, reason: 'offline' });
    if (!retry.ok) await journal.markFailed(b2.journalId!, retry.reason);
    printer.setFault('none');
    expect((await printer.print(paper('B-001'))).ok).toBe(true);
    await journal.markPrinted(b1.journalId!);

    // A complaint receipt written to the journal when the power went: no attempt ended.
    await journal.record({ kind: 'report', number: 'RC-2026-000007', service: 'complaints', receipt: paper('RC-2026-000007') });

    // Staff reprints: A-001 twice (both print), TX-2026-000002 once (the copy jams).
    const a1 = (await journal.search({ number: 'A-001' })).items[0]!.id;
    await journal.recordReprint(a1);
    await journal.recordReprint(a1);
    const tx2 = (await journal.search({ number: 'TX-2026-000002' })).items[0]!.id;
    await journal.recordReprint(tx2);
    await journal.markFailed(tx2, 'cutter-error');

    const summary = await computeDaySummary(journal, '2026-11-26');
    expect(summary).toEqual({
      day: '2026-11-26',
      rows: [
        { kind: 'civil-status', service: 'civil-status', receipts: 1, printed: 1, pending: 0, reprints: 0 },
        { kind: 'payment-incident', service: 'local-taxes', receipts: 1, printed: 1, pending: 0, reprints: 0 },
        { kind: 'report', service: 'complaints', receipts: 1, printed: 0, pending: 1, reprints: 0 },
        { kind: 'tax-payment', service: 'local-taxes', receipts: 2, printed: 2, pending: 0, reprints: 1 },
        { kind: 'ticket', service: 'civil-status', receipts: 3, printed: 3, pending: 0, reprints: 2 },
        { kind: 'ticket', service: 'legalisation', receipts: 2, printed: 1, pending: 1, reprints: 0 },
      ],
      // Failed: B-001 once before it printed, B-002 twice, the jammed copy once.
      totals: { tickets: 5, receipts: 5, failedPrints: 4, pending: 2, reprints: 3 },
      payments: { count: 2, totalCentimes: 62_345, incidents: 1 },
    });

    expect((await computeDaySummary(journal, '2026-11-25')).payments).toEqual({ count: 1, totalCentimes: 99_900, incidents: 0 });
    expect(await computeDaySummary(journal, '2026-11-27')).toEqual({
      day: '2026-11-27',
      rows: [],
      totals: { tickets: 0, receipts: 0, failedPrints: 0, pending: 0, reprints: 0 },
      payments: { count: 0, totalCentimes: 0, incidents: 0 },
    });
  });

  it('refuses an amount on a receipt that is not a payment, and a day that is not a date', async () => {
    await expect(journal.record({ kind: 'ticket', number: 'A-001', service: 'civil-status', receipt: paper('A-001'), amountCentimes: 100 })).rejects.toThrow(
      /carries no amount/,
    );
    await expect(journal.record({ kind: 'tax-payment', number: 'TX-1', service: 'local-taxes', receipt: paper('TX-1'), amountCentimes: 12.5 })).rejects.toThrow(
      /whole number of centimes/,
    );
    await expect(computeDaySummary(journal, '26/11/2026')).rejects.toBeInstanceOf(JournalQueryError);
    expect((await journal.search()).total).toBe(0);
  });

  it('keeps the receipts of a journal written before amounts were kept, counting their amount as 0', async () => {
    await db.close();
    const older = join(mkdtempSync(join(tmpdir(), 'borne-summary-old-')), 'kiosk.sqlite');
    db = await SqliteDatabase.open(older, KIOSK_DATABASE_MIGRATIONS.filter((m) => m.version < 102));
    await db.run(
      `INSERT INTO receipt_journal (number, number_key, kind, service, language, created_at, office_day, state, print_attempts, receipt)
       VALUES ('TX-2026-000009', 'TX-2026-000009', 'tax-payment', 'local-taxes', 'fr', '2026-11-26T09:00:00.000Z', '2026-11-26', 'printed', 1, ?)`,
      [JSON.stringify(paper('TX-2026-000009'))],
    );
    await db.close();
    db = await SqliteDatabase.open(older, KIOSK_DATABASE_MIGRATIONS);
    journal = new ReceiptJournal(db, TZ, () => clock);
    await journal.record({ kind: 'tax-payment', number: 'TX-2026-000010', service: 'local-taxes', receipt: paper('TX-2026-000010'), amountCentimes: 4_000 });
    expect((await computeDaySummary(journal, '2026-11-26')).payments).toEqual({ count: 2, totalCentimes: 4_000, incidents: 0 });
  });
});
