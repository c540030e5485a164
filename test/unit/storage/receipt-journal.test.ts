import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Receipt } from '../../../hardware/printer/receipt-model.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../../main/storage/receipt-journal.js';
import { JournalEntryNotFoundError, JournalQueryError } from '../../../main/storage/receipt-journal-types.js';
import { SqliteDatabase } from '../../../main/storage/sqlite-database.js';

const TZ = 'Africa/Casablanca';

function receipt(number: string, language: Receipt['language'] = 'fr'): Receipt {
  return {
    language,
    direction: language === 'ar' ? 'rtl' : 'ltr',
    blocks: [
      { kind: 'text', text: 'Arrondissement Ain Chock', align: 'center', bold: true },
      { kind: 'pair', label: 'N°', value: number, size: 'large' },
      { kind: 'pair', label: 'Carte', value: '•••• 5678' },
      { kind: 'qr', data: `BORNE/R/${number}` },
    ],
  };
}

describe('receipt journal', () => {
  let path: string;
  let db: SqliteDatabase;
  let clock: Date;
  let journal: ReceiptJournal;

  beforeEach(async () => {
    path = join(mkdtempSync(join(tmpdir(), 'borne-journal-')), 'kiosk.sqlite');
    db = await SqliteDatabase.open(path, KIOSK_DATABASE_MIGRATIONS);
    clock = new Date('2026-11-26T09:15:00Z');
    journal = new ReceiptJournal(db, TZ, () => clock);
  });
  afterEach(async () => db.close());

  it('keeps what was printed, pending until the printer says it is out, across a restart', async () => {
    const id = await journal.record({ kind: 'civil-status', number: 'AR-2026-000042', service: 'civil-status', receipt: receipt('AR-2026-000042') });
    expect(await journal.get(id)).toMatchObject({ state: 'pending', printFailure: null, printAttempts: 0 });
    await journal.markPrinted(id);
    await db.close();
    db = await SqliteDatabase.open(path, KIOSK_DATABASE_MIGRATIONS);
    journal = new ReceiptJournal(db, TZ, () => clock);
    expect(await journal.get(id)).toEqual({
      id,
      number: 'AR-2026-000042',
      kind: 'civil-status',
      service: 'civil-status',
      language: 'fr',
      createdAt: '2026-11-26T09:15:00.000Z',
      officeDay: '2026-11-26',
      state: 'printed',
      printFailure: null,
      printAttempts: 1,
      printedAt: '2026-11-26T09:15:00.000Z',
      reprintCount: 0,
      lastReprintAt: null,
      mayHavePrinted: false,
      receipt: receipt('AR-2026-000042'),
    });
  });

  it('files a receipt under the office day, not the UTC day', async () => {
    clock = new Date('2026-11-26T23:30:00Z'); // 00:30 on the 27th in Casablanca (UTC+1)
    const id = await journal.record({ kind: 'ticket', number: 'A-001', service: 'civil-status', receipt: receipt('A-001', 'ar') });
    expect(await journal.get(id)).toMatchObject({ officeDay: '2026-11-27', language: 'ar' });
    expect((await journal.search({ from: '2026-11-27', to: '2026-11-27' })).items.map((e) => e.id)).toEqual([id]);
    expect((await journal.search({ to: '2026-11-26' })).items).toEqual([]);
  });

  it('keeps a failed print pending with its reason until it prints, and a failed copy never undoes a print', async () => {
    const id = await journal.record({ kind: 'ticket', number: 'B-007', service: 'legalisation', receipt: receipt('B-007') });
    await journal.markFailed(id, 'paper-out');
    expect((await journal.pending()).map((e) => [e.number, e.printFailure, e.printAttempts])).toEqual([['B-007', 'paper-out', 1]]);
    await journal.markPrinted(id);
    expect(await journal.pending()).toEqual([]);
    await journal.markFailed(id, 'offline');
    expect(await journal.get(id)).toMatchObject({ state: 'printed', printFailure: null, printAttempts: 3 });
  });

  it('reprints as a marked copy with its count, leaving the stored original as printed', async () => {
    const id = await journal.record({ kind: 'tax-payment', number: 'TX-2026-000003', service: 'local-taxes', receipt: receipt('TX-2026-000003', 'ar') });
    await journal.markPrinted(id);
    const first = await journal.recordReprint(id);
    const second = await journal.recordReprint(id);
    expect(first.receipt.copyMark).toBe('DUPLICATA / نسخة · 1');
    expect(second).toMatchObject({ id, reprintCount: 2, receipt: { ...receipt('TX-2026-000003', 'ar'), copyMark: 'DUPLICATA / نسخة · 2' } });
    const stored = await journal.get(id);
    expect(stored?.receipt.copyMark).toBeUndefined();
    expect(stored).toMatchObject({ reprintCount: 2, lastReprintAt: '2026-11-26T09:15:00.000Z' });
    await expect(journal.recordReprint(id + 100)).rejects.toBeInstanceOf(JournalEntryNotFoundError);
  });

  it('finds receipts by number (any case), by date range, by service and state, and by kind', async () => {
    const days = ['2026-11-20', '2026-11-24', '2026-11-26'];
    const ids: Record<string, number> = {};
    for (const [i, day] of days.entries()) {
      clock = new Date(`${day}T10:00:00Z`);
      ids[`A${i}`] = await journal.record({ kind: 'ticket', number: 'A-001', service: 'civil-status', receipt: receipt('A-001') });
      ids[`R${i}`] = await journal.record({ kind: 'report', number: `RC-2026-00000${i}`, service: 'complaints', receipt: receipt(`RC-2026-00000${i}`) });
      await journal.markPrinted(ids[`A${i}`]!);
    }
    const numbers = (page: { items: Array<{ id: number }> }) => page.items.map((e) => e.id);
    expect(numbers(await journal.search({ number: '  a-001 ' }))).toEqual([ids.A2, ids.A1, ids.A0]);
    expect(numbers(await journal.search({ from: '2026-11-21', to: '2026-11-25' }))).toEqual([ids.R1, ids.A1]);
    expect(numbers(await journal.search({ service: 'complaints', state: 'pending', from: '2026-11-24' }))).toEqual([ids.R2, ids.R1]);
    expect(numbers(await journal.search({ kind: 'ticket', state: 'printed' }))).toEqual([ids.A2, ids.A1, ids.A0]);
    expect(await journal.search({ number: 'RC-2026-000009' })).toEqual({ items: [], total: 0 });
  });

  it('pages through a large search newest first, each receipt once, with a count that stops at 10000+', async () => {
    // 10,050 receipts written in one transaction: search behaviour, not write speed, is under test.
    await db.exec(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10050)
      INSERT INTO receipt_journal (number, number_key, kind, service, language, created_at, office_day, state, receipt)
      SELECT 'A-' || i, 'A-' || i, 'ticket', 'civil-status', 'fr', printf('2026-11-26T09:%02d:%02d.000Z', (i / 60) % 60, i % 60), '2026-11-26',
        CASE WHEN i % 10 = 0 THEN 'pending' ELSE 'printed' END, '${JSON.stringify(receipt('A-1'))}'
      FROM n;`);
    const first = await journal.search({ limit: 500 });
    expect(first.total).toBe('10000+');
    expect(first.items).toHaveLength(200); // page size is capped
    const pending = await journal.search({ state: 'pending', service: 'civil-status' });
    expect(pending.total).toBe(1005);
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await journal.search({ state: 'pending', service: 'civil-status', limit: 200, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(1005);
    expect(new Set(seen).size).toBe(1005);
    const order = await db.all<{ id: number }>(
      `SELECT id FROM receipt_journal WHERE state = 'pending' ORDER BY created_at DESC, id DESC`,
    );
    expect(seen).toEqual(order.map((r) => r.id));
  });

  it('answers bad search input with a message saying what to fix', async () => {
    await expect(journal.search({ from: '26/11/2026' })).rejects.toThrow(new JournalQueryError('from must be a date written YYYY-MM-DD, e.g. 2026-11-26'));
    await expect(journal.search({ to: '2026-02-30' })).rejects.toThrow(/to must be a date/);
    await expect(journal.search({ from: '2026-11-26', to: '2026-11-01' })).rejects.toThrow(/backwards/);
    await expect(journal.search({ cursor: 'not-a-cursor' })).rejects.toThrow(/start the search again/);
    await expect(journal.search({ limit: 0 })).rejects.toThrow(/page size/);
    await expect(journal.search({ number: '   ' })).rejects.toThrow(/receipt number/);
    await expect(journal.search({ service: "x' OR 1=1 --" })).rejects.toThrow(/service must be/);
  });

  it('purges receipts older than the retention period and keeps the rest', async () => {
    for (const day of ['2026-08-01', '2026-08-27', '2026-08-28', '2026-11-26']) {
      clock = new Date(`${day}T12:00:00Z`);
      await journal.record({ kind: 'ticket', number: `T-${day}`, service: 'civil-status', receipt: receipt('A-001') });
    }
    clock = new Date('2026-11-26T12:00:00Z');
    expect(await journal.purgeOlderThan(90)).toBe(2);
    expect((await journal.search()).items.map((e) => e.number)).toEqual(['T-2026-11-26', 'T-2026-08-28']);
    await expect(journal.purgeOlderThan(0)).rejects.toThrow(/at least 1/);
  });

  it('counts a day by kind and service for the end-of-day summary', async () => {
    const a = await journal.record({ kind: 'ticket', number: 'A-001', service: 'civil-status', receipt: receipt('A-001') });
    await journal.record({ kind: 'ticket', number: 'A-002', service: 'civil-status', receipt: receipt('A-002') });
    await journal.markPrinted(a);
    await journal.recordReprint(a);
    expect(await journal.dayCounts('2026-11-26')).toEqual([{ kind: 'ticket', service: 'civil-status', receipts: 2, printed: 1, pending: 1, reprints: 1 }]);
  });

  it('says a damaged stored receipt cannot be printed again instead of printing garbage', async () => {
    const id = await journal.record({ kind: 'ticket', number: 'A-001', service: 'civil-status', receipt: receipt('A-001') });
    await db.run('UPDATE receipt_journal SET receipt = ? WHERE id = ?', ['{"language":"xx"}', id]);
    await expect(journal.get(id)).rejects.toThrow(`receipt ${id} in the journal is damaged and cannot be printed again`);
  });

  it('reads "may have printed" after a restart only for a receipt that was being sent, until it prints', async () => {
    const sent = await journal.record({ kind: 'ticket', number: 'A-007', service: 'civil-status', receipt: receipt('A-007') });
    const notYet = await journal.record({ kind: 'ticket', number: 'A-008', service: 'civil-status', receipt: receipt('A-008') });
    await journal.markSending(sent);
    // The process sending it sees it in flight, not uncertain.
    expect(await journal.get(sent)).toMatchObject({ state: 'pending', mayHavePrinted: false });
    await db.close();
    db = await SqliteDatabase.open(path, KIOSK_DATABASE_MIGRATIONS);
    const restarted = new ReceiptJournal(db, TZ, () => clock, 'after-restart');
    expect(await restarted.get(sent)).toMatchObject({ state: 'pending', mayHavePrinted: true });
    expect(await restarted.get(notYet)).toMatchObject({ state: 'pending', mayHavePrinted: false });
    // A failed copy does not prove the first paper never came out.
    await restarted.markFailed(sent, 'paper-out');
    expect(await restarted.get(sent)).toMatchObject({ printFailure: 'paper-out', mayHavePrinted: true });
    await restarted.markPrinted(sent);
    expect(await restarted.get(sent)).toMatchObject({ state: 'printed', mayHavePrinted: false });
    // A failure in the sending process itself clears its own mark: the printer refused the job.
    await restarted.markSending(notYet);
    await restarted.markFailed(notYet, 'cover-open');
    expect(await new ReceiptJournal(db, TZ, () => clock, 'third-run').get(notYet)).toMatchObject({ printFailure: 'cover-open', mayHavePrinted: false });
  });
});
