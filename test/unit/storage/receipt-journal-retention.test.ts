import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleReceipt } from '../../../hardware/printer/sample-receipts.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../../main/storage/receipt-journal.js';
import { startJournalRetention } from '../../../main/storage/receipt-journal-retention.js';
import { SqliteDatabase } from '../../../main/storage/sqlite-database.js';

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function recordingLogger(): { info: (o: object, m: string) => void; error: (o: object, m: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (o, m) => lines.push(`${m} ${JSON.stringify(o)}`), error: (o, m) => lines.push(`${m} ${JSON.stringify(o)}`) };
}

describe('receipt journal retention', () => {
  it('purges at start, then again on its timer as receipts age, and stops cleanly', async () => {
    const db = await SqliteDatabase.open(join(mkdtempSync(join(tmpdir(), 'borne-retention-')), 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
    cleanup.push(() => db.close());
    let clock = new Date('2026-11-26T10:00:00Z');
    const journal = new ReceiptJournal(db, 'Africa/Casablanca', () => clock);
    for (const day of ['2026-08-01', '2026-11-01']) {
      clock = new Date(`${day}T10:00:00Z`);
      await journal.record({ kind: 'ticket', number: `T-${day}`, service: 'civil-status', receipt: sampleReceipt('fr') });
    }
    clock = new Date('2026-11-26T10:00:00Z');
    const logger = recordingLogger();
    const retention = await startJournalRetention(journal, 30, logger, 20);
    cleanup.push(() => retention.stop());
    expect((await journal.search()).items.map((e) => e.number)).toEqual(['T-2026-11-01']);
    expect(logger.lines).toEqual(['receipt journal purged {"purged":1,"retentionDays":30}']);

    clock = new Date('2026-12-15T10:00:00Z'); // the kiosk kept running; November's receipt is now too old
    await expect.poll(async () => (await journal.search()).total, { timeout: 5000 }).toBe(0);
    await retention.stop();
  });

  it('logs a failed purge and keeps the kiosk running', async () => {
    const db = await SqliteDatabase.open(join(mkdtempSync(join(tmpdir(), 'borne-retention-')), 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
    cleanup.push(() => db.close());
    await db.exec('DROP TABLE receipt_journal');
    const logger = recordingLogger();
    const retention = await startJournalRetention(new ReceiptJournal(db, 'Africa/Casablanca'), 90, logger);
    await retention.stop();
    expect(logger.lines).toEqual([expect.stringMatching(/^receipt journal purge failed .*no such table/)]);
  });
});
