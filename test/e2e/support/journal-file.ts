// Reads a kiosk's receipt journal straight from its SQLite file, as a technician would after a
// power cut, and draws what a receipt must look like on paper to compare with the printout.
import { join } from 'node:path';
import { type Receipt, receiptSchema } from '../../../hardware/printer/receipt-model.js';
import { renderReceiptBitmap } from '../../../hardware/printer/receipt-raster.js';
import type { VirtualPrinterJob } from '../../../hardware/simulators/virtual-printer.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../../main/storage/kiosk-migrations.js';
import { SqliteDatabase } from '../../../main/storage/sqlite-database.js';

export interface JournalRow {
  id: number;
  number: string;
  state: 'pending' | 'printed';
  printFailure: string | null;
  printAttempts: number;
  reprintCount: number;
  receipt: Receipt;
}

interface RawRow {
  id: number;
  number: string;
  state: 'pending' | 'printed';
  print_failure: string | null;
  print_attempts: number;
  reprint_count: number;
  receipt: string;
}

export async function withKioskDatabase<T>(dataDir: string, use: (db: SqliteDatabase) => Promise<T>): Promise<T> {
  const db = await SqliteDatabase.open(join(dataDir, 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

export function readJournal(dataDir: string): Promise<JournalRow[]> {
  return withKioskDatabase(dataDir, async (db) => {
    const rows = await db.all<RawRow>('SELECT id, number, state, print_failure, print_attempts, reprint_count, receipt FROM receipt_journal ORDER BY id');
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      state: r.state,
      printFailure: r.print_failure,
      printAttempts: r.print_attempts,
      reprintCount: r.reprint_count,
      receipt: receiptSchema.parse(JSON.parse(r.receipt)),
    }));
  });
}

export function integrityCheck(dataDir: string): Promise<string> {
  return withKioskDatabase(dataDir, async (db) => (await db.get<{ integrity_check: string }>('PRAGMA integrity_check'))?.integrity_check ?? 'no answer');
}

/**
 * True when the printer burnt exactly this receipt: the same one-bit image, dot for dot, as the
 * kiosk's renderer draws it (80 mm paper, as the e2e kiosk is configured).
 */
export async function printedExactly(job: VirtualPrinterJob, receipt: Receipt): Promise<boolean> {
  const expected = await renderReceiptBitmap(receipt, { paperWidthDots: 576 });
  const image = job.decoded.images[0];
  if (!image || job.decoded.images.length !== 1) return false;
  return image.width === expected.width && image.height === expected.height && Buffer.from(image.mono).equals(Buffer.from(expected.mono));
}
