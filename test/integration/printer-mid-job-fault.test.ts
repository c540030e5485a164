// The cover is lifted, the roll ends or the printer is switched offline while a receipt is on
// its way: the printer throws the rest of the job away. The kiosk must not call that printed:
// the journal keeps it pending with the reason, and once the clerk has closed the cover the
// receipt comes out once, as an original (no DUPLICATA: it never reached paper).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { printerConfigSchema } from '../../hardware/hardware-config.js';
import { createReceiptPrinter } from '../../hardware/printer/create-receipt-printer.js';
import type { ReceiptPrinterDevice } from '../../hardware/printer/receipt-printer.js';
import { renderReceiptBitmap } from '../../hardware/printer/receipt-raster.js';
import { sampleReceipt } from '../../hardware/printer/sample-receipts.js';
import { type MidJobFault, VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { StaffPrinting } from '../../main/staff/staff-printing.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../main/storage/receipt-journal.js';
import { printJournaled } from '../../main/storage/receipt-journal-print.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

describe('a printer fault in the middle of a receipt (real TCP to the virtual printer)', () => {
  let vp: VirtualPrinter;
  let printer: ReceiptPrinterDevice;
  let db: SqliteDatabase;
  let journal: ReceiptJournal;

  beforeEach(async () => {
    vp = new VirtualPrinter({ port: 0 });
    const port = await vp.start();
    printer = createReceiptPrinter(printerConfigSchema.parse({ driver: 'escpos', interface: `tcp://127.0.0.1:${port}`, timeoutMs: 2000 }), silentLogger);
    await printer.open();
    db = await SqliteDatabase.open(join(mkdtempSync(join(tmpdir(), 'borne-mid-job-')), 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
    journal = new ReceiptJournal(db, 'Africa/Casablanca');
  });

  afterEach(async () => {
    await printer.close();
    await vp.stop();
    await db.close();
  });

  const cases: Array<[MidJobFault, 'cover-open' | 'paper-out' | 'offline', string]> = [
    ['cover-open', 'cover-open', 'cover open'],
    ['paper-out', 'paper-out', 'paper out'],
    ['offline', 'offline', 'offline'],
  ];
  for (const [fault, reason, words] of cases) {
    it(`${fault} mid-job: not printed, pending with '${reason}', then one original once the printer is back`, async () => {
      const receipt = sampleReceipt('fr', `BORNE/R/MID-${fault}`);
      vp.failDuringNextJob(fault);
      const first = await printJournaled(journal, { kind: 'ticket', number: `MID-${fault}`, service: 'legalisation', receipt }, (r) => printer.print(r));

      expect(first).toMatchObject({ ok: false, reason });
      expect(vp.jobs).toHaveLength(0);
      expect(vp.discardedBytes).toBeGreaterThan(0);
      expect(printer.status()).toMatchObject({ detail: expect.stringContaining(words) });
      const [entry] = await journal.pending();
      expect(entry).toMatchObject({ number: `MID-${fault}`, state: 'pending', printFailure: reason, mayHavePrinted: false });

      // The clerk closes the cover (or loads paper, or brings it online) and prints pending.
      await vp.setState('ready');
      const outcome = await new StaffPrinting(journal, printer).printPending('all');
      expect(outcome).toMatchObject({ printed: 1, remaining: 0, numbers: [`MID-${fault}`] });
      const job = await vp.waitForJob(3000);
      expect(vp.jobs).toHaveLength(1);
      // Dot for dot the receipt as first drawn: an original, no copy banner.
      const expected = await renderReceiptBitmap(receipt, { paperWidthDots: 576 });
      expect(job.decoded.images).toHaveLength(1);
      expect(same(job.decoded.images[0]!.mono, expected.mono)).toBe(true);
      expect(job.decoded.qrPayloads).toEqual([`BORNE/R/MID-${fault}`]);
      expect((await journal.get(entry!.id))?.state).toBe('printed');
    });
  }

  it('a receipt that comes out whole is printed once and the printer stays ready', async () => {
    const receipt = sampleReceipt('ar', 'BORNE/R/WHOLE');
    const result = await printJournaled(journal, { kind: 'ticket', number: 'WHOLE', service: 'legalisation', receipt }, (r) => printer.print(r));
    expect(result).toMatchObject({ ok: true });
    await vp.waitForJob(3000);
    expect(vp.jobs).toHaveLength(1);
    expect(printer.status().state).toBe('ready');
    expect(await journal.pending()).toHaveLength(0);
  });
});
