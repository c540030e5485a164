// kill -9 right after a receipt's last byte reached the printer, before the kiosk could write
// "printed": six times. Then the clerk prints everything pending. No receipt number may be on
// paper twice as an original: what the killed kiosks were sending comes out as a marked copy.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { printerConfigSchema } from '../../hardware/hardware-config.js';
import { createReceiptPrinter } from '../../hardware/printer/create-receipt-printer.js';
import { renderReceiptBitmap } from '../../hardware/printer/receipt-raster.js';
import { VirtualPrinter, type VirtualPrinterJob } from '../../hardware/simulators/virtual-printer.js';
import { StaffPrinting } from '../../main/staff/staff-printing.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { copyMarkFor, ReceiptJournal } from '../../main/storage/receipt-journal.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = join(ROOT, 'test/integration/receipt-journal-child.ts');
const KILLS = 6;

const cleanup: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** Starts a kiosk child and SIGKILLs it the moment the printer has the last byte of its `nth` job. */
function runAndKillAfterJob(dbPath: string, port: number, first: number, vp: VirtualPrinter, nth: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, String(port), String(first)], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    let seen = 0;
    // The printer emits 'job' when the client's FIN arrives, i.e. every byte is in, and before it
    // closes its side: the kiosk is still waiting for that close, so "printed" is not written yet.
    const onJob = (): void => {
      seen += 1;
      if (seen === nth) child.kill('SIGKILL');
    };
    vp.on('job', onJob);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child never printed ${nth} receipts`));
    }, 60_000);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      vp.off('job', onJob);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child ended by itself (${signal ?? 'no signal'})`));
    });
    cleanup.push(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
  });
}

describe('kill -9 between the paper and "printed"', () => {
  it(`after ${KILLS} kills and "print all pending", no receipt number is on paper twice as an original`, async () => {
    const vp = new VirtualPrinter({ port: 0 });
    const port = await vp.start();
    cleanup.push(() => vp.stop());
    const dbPath = join(mkdtempSync(join(tmpdir(), 'borne-journal-kill-')), 'kiosk.sqlite');

    for (let round = 0; round < KILLS; round += 1) {
      // Each kiosk start numbers from its own range; the kill lands on its 1st, 2nd... 3rd job.
      await runAndKillAfterJob(dbPath, port, 1 + round * 1000, vp, 1 + (round % 3));
    }
    const killedJobs = vp.jobs.length;

    const db = await SqliteDatabase.open(dbPath, KIOSK_DATABASE_MIGRATIONS);
    cleanup.push(() => db.close());
    const journal = new ReceiptJournal(db, 'Africa/Casablanca');
    const pending = await journal.pending();
    // The clerk's list: each receipt cut off after its bytes went out reads "may have printed".
    const uncertain = pending.filter((e) => e.mayHavePrinted);
    expect(uncertain).toHaveLength(KILLS);

    const printer = createReceiptPrinter(printerConfigSchema.parse({ driver: 'escpos', interface: `tcp://127.0.0.1:${port}` }), silentLogger);
    await printer.open();
    cleanup.push(() => printer.close());
    const outcome = await new StaffPrinting(journal, printer).printPending('all');
    expect(outcome).toMatchObject({ printed: pending.length, remaining: 0 });
    expect(vp.jobs.length).toBe(killedJobs + pending.length);

    // Decode the paper: each receipt image is either the receipt as first printed (an original)
    // or the same with the copy banner on top, which makes it taller by the banner's height.
    const all = (await journal.search({ limit: 200 })).items;
    const originals = new Map<string, number>();
    const copies = new Map<string, number>();
    for (const summary of all) {
      const entry = (await journal.get(summary.id))!;
      expect(entry.state).toBe('printed');
      const original = await renderReceiptBitmap(entry.receipt, { paperWidthDots: 576 });
      const firstCopy = await renderReceiptBitmap({ ...entry.receipt, copyMark: copyMarkFor(1) }, { paperWidthDots: 576 });
      expect(firstCopy.height).toBeGreaterThan(original.height);
      const heights = vp.jobs
        .filter((j: VirtualPrinterJob) => j.decoded.qrPayloads.includes(`BORNE/R/${entry.number}`))
        .map((j) => j.decoded.images[0]?.height);
      originals.set(entry.number, heights.filter((h) => h === original.height).length);
      copies.set(entry.number, heights.filter((h) => h === firstCopy.height).length);
    }
    for (const [number, n] of originals) expect({ number, originals: n }).toEqual({ number, originals: 1 });
    // The six cut-off receipts: one original from the killed kiosk, then one DUPLICATA / نسخة copy.
    for (const e of uncertain) expect({ number: e.number, copies: copies.get(e.number) }).toEqual({ number: e.number, copies: 1 });
    expect([...copies.values()].reduce((a, b) => a + b, 0)).toBe(KILLS);
  }, 180_000);
});
