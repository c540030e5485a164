// What a receipt costs from the journal write to the paper: journal write (synchronous=FULL),
// bitmap render, status check, ESC/POS over TCP to the virtual printer, mark printed. The same
// path as a citizen's ticket and a clerk's reprint (copy banner added).
// Alone: `npx tsx test/bench/journal-print-bench.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { createReceiptPrinter } from '../../hardware/printer/create-receipt-printer.js';
import { sampleReceipt } from '../../hardware/printer/sample-receipts.js';
import { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../main/storage/receipt-journal.js';
import { printJournaled } from '../../main/storage/receipt-journal-print.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';
import { medianAndP95 as stats } from './bench-stats.js';

export interface JournalPrintFigures {
  samples: number;
  printMs: { medianMs: number; p95Ms: number };
  reprintMs: { medianMs: number; p95Ms: number };
}


export async function benchJournalPrint(samples = 30): Promise<JournalPrintFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'borne-bench-print-'));
  const vp = new VirtualPrinter({ port: 0 });
  const port = await vp.start();
  const printer = createReceiptPrinter(
    { driver: 'escpos', interface: `tcp://127.0.0.1:${port}`, paperWidthMm: 80, model: 'epson', baudRate: 9600, timeoutMs: 3000, statusPollMs: 0 },
    silentLogger,
  );
  const db = await SqliteDatabase.open(join(dir, 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
  try {
    await printer.open();
    const journal = new ReceiptJournal(db, 'Africa/Casablanca');
    const send = async (receipt: Parameters<typeof printer.print>[0]) => {
      const r = await printer.print(receipt);
      return r.ok ? { ok: true as const } : { ok: false as const, reason: r.reason, detail: r.detail };
    };
    const prints: number[] = [];
    const reprints: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      const number = `A-${String(i + 1).padStart(3, '0')}`;
      const s = performance.now();
      const done = await printJournaled(journal, { kind: 'ticket', number, service: 'civil-status', receipt: sampleReceipt(i % 2 ? 'fr' : 'ar', `BORNE/T/${number}`) }, send);
      prints.push(performance.now() - s);
      if (!done.ok || done.journalId === undefined) throw new Error(`bench print failed: ${done.ok ? 'no journal id' : done.detail}`);
      const r = performance.now();
      const copy = await journal.recordReprint(done.journalId);
      const again = await send(copy.receipt);
      reprints.push(performance.now() - r);
      if (!again.ok) throw new Error(`bench reprint failed: ${again.detail}`);
    }
    if (vp.jobs.length !== samples * 2) throw new Error(`expected ${samples * 2} printouts, the printer saw ${vp.jobs.length}`);
    return { samples, printMs: stats(prints), reprintMs: stats(reprints) };
  } finally {
    await printer.close();
    await vp.stop();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function journalPrintFigureLines(f: JournalPrintFigures): string[] {
  const ms = (x: number): string => `${x.toFixed(0)} ms`;
  return [
    `journaled print over TCP (journal write + render + ESC/POS + mark printed), ${f.samples} receipts: median ${ms(f.printMs.medianMs)}, p95 ${ms(f.printMs.p95Ms)}`,
    `staff reprint (count + copy banner + render + ESC/POS): median ${ms(f.reprintMs.medianMs)}, p95 ${ms(f.reprintMs.p95Ms)}`,
  ];
}

if (process.argv[1]?.endsWith('journal-print-bench.ts')) {
  for (const line of journalPrintFigureLines(await benchJournalPrint())) console.log(line);
}
