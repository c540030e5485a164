// Receipt journal figures: search latency over 100,000 receipts (median, p95) for the searches
// staff make, and the cost the journal adds to each print (write before, mark after). A real
// file with the kiosk's durability settings (WAL, synchronous=FULL).
// Alone: `npx tsx test/bench/journal-bench.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleReceipt } from '../../hardware/printer/sample-receipts.js';
import { officeDay } from '../../main/storage/office-day.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../main/storage/receipt-journal.js';
import type { JournalSearch } from '../../main/storage/receipt-journal-types.js';
import { SqliteDatabase, type SqlValue } from '../../main/storage/sqlite-database.js';
import { medianAndP95 as stats } from './bench-stats.js';

const TZ = 'Africa/Casablanca';
const SERVICES = ['civil-status', 'legalisation', 'certified-copies', 'local-taxes', 'complaints'] as const;
const KINDS = ['ticket', 'ticket', 'ticket', 'civil-status', 'report', 'tax-payment'] as const;
const DAYS = 90;

export interface LatencyFigure {
  name: string;
  medianMs: number;
  p95Ms: number;
  /** What the search answered on its first page, to show it was not empty. */
  total: number | string;
}

export interface JournalFigures {
  receipts: number;
  fillMs: number;
  searches: LatencyFigure[];
  writeMs: { medianMs: number; p95Ms: number };
  markMs: { medianMs: number; p95Ms: number };
}


export async function benchJournal(receipts = 100_000, samples = 40): Promise<JournalFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'borne-bench-journal-'));
  try {
    const db = await SqliteDatabase.open(join(dir, 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
    const end = new Date('2026-11-26T16:00:00Z').getTime();
    const t0 = performance.now();
    await fill(db, receipts, end);
    const fillMs = performance.now() - t0;
    const journal = new ReceiptJournal(db, TZ, () => new Date(end));

    const day = (daysAgo: number): string => officeDay(new Date(end - daysAgo * 86_400_000), TZ);
    const searches: Array<[string, (i: number) => JournalSearch]> = [
      // Ticket numbers come back every day: one number matches hundreds of receipts.
      ['by number (a ticket number, one per day)', (i) => ({ number: `A-${String(1 + 6 * (i % 20) + (i % 3)).padStart(3, '0')}` })],
      ['by number (one tracking number)', (i) => ({ number: `RC-2026-${String(1 + ((i * 997) % receipts)).padStart(6, '0')}` })],
      ['by date range (one week)', (i) => ({ from: day(7 + (i % 30)), to: day(1 + (i % 30)) })],
      ['by service + state (pending civil-status)', () => ({ service: 'civil-status', state: 'pending' })],
      ['everything (first page, count capped)', () => ({})],
    ];
    const figures: LatencyFigure[] = [];
    for (const [name, make] of searches) {
      const times: number[] = [];
      let total: number | string = 0;
      for (let i = 0; i < samples; i += 1) {
        const s = performance.now();
        const page = await journal.search(make(i));
        times.push(performance.now() - s);
        total = page.total;
      }
      figures.push({ name, ...stats(times), total });
    }

    const writes: number[] = [];
    const marks: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const s = performance.now();
      const id = await journal.record({ kind: 'ticket', number: `Z-${i}`, service: 'civil-status', receipt: sampleReceipt('ar', `BORNE/T/Z-${i}`) });
      const m = performance.now();
      await journal.markPrinted(id);
      marks.push(performance.now() - m);
      writes.push(m - s);
    }
    await db.close();
    return { receipts, fillMs, searches: figures, writeMs: stats(writes), markMs: stats(marks) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Journal rows as record() writes them, 5,000 per transaction (50 per INSERT), over the last 90 days. */
async function fill(db: SqliteDatabase, count: number, end: number): Promise<void> {
  const receipt = JSON.stringify(sampleReceipt('ar', 'BORNE/T/A-001'));
  const step = (DAYS * 86_400_000) / count;
  const row = (i: number): SqlValue[] => {
    const at = new Date(end - (count - i) * step);
    const kind = KINDS[i % KINDS.length] ?? 'ticket';
    const number = kind === 'ticket' ? `A-${String(1 + (i % 120)).padStart(3, '0')}` : `RC-2026-${String(i + 1).padStart(6, '0')}`;
    const printed = i % 20 !== 0;
    const service = SERVICES[i % SERVICES.length] ?? null;
    return [number, number, kind, service, at.toISOString(), officeDay(at, TZ), printed ? 'printed' : 'pending', printed ? null : 'paper-out', printed ? at.toISOString() : null, receipt];
  };
  for (let start = 0; start < count; start += 5000) {
    await db.transaction(async () => {
      for (let i = start; i < Math.min(count, start + 5000); i += 50) {
        const rows = Array.from({ length: Math.min(50, count - i) }, (_, k) => row(i + k));
        await db.run(
          `INSERT INTO receipt_journal (number, number_key, kind, service, created_at, office_day, state, print_failure, printed_at, receipt, language, print_attempts)
           VALUES ${rows.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ar', 1)").join(', ')}`,
          rows.flat(),
        );
      }
    });
  }
}

/** The lines `npm run bench` and this file alone print. */
export function journalFigureLines(f: JournalFigures): string[] {
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  return [
    `receipt journal: ${f.receipts} receipts written in ${(f.fillMs / 1000).toFixed(1)} s (batches of 5,000)`,
    ...f.searches.map((s) => `  search ${s.name}: median ${ms(s.medianMs)}, p95 ${ms(s.p95Ms)} (total ${s.total})`),
    `  per receipt: journal write median ${ms(f.writeMs.medianMs)}, p95 ${ms(f.writeMs.p95Ms)}; mark printed median ${ms(f.markMs.medianMs)}, p95 ${ms(f.markMs.p95Ms)}`,
  ];
}

if (process.argv[1]?.endsWith('journal-bench.ts')) {
  for (const line of journalFigureLines(await benchJournal())) console.log(line);
}
