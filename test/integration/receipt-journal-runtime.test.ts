// The journal inside the running kiosk (tickets and procedure receipts written before paper,
// retention at start) and against a real TCP printer that runs out of paper.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { printerConfigSchema } from '../../hardware/hardware-config.js';
import { createReceiptPrinter } from '../../hardware/printer/create-receipt-printer.js';
import type { Receipt } from '../../hardware/printer/receipt-model.js';
import { sampleReceipt } from '../../hardware/printer/sample-receipts.js';
import { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { kioskConfigSchema } from '../../main/config/config-schema.js';
import { type KioskRuntime, startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../main/storage/receipt-journal.js';
import { type PrintAttempt, printJournaled } from '../../main/storage/receipt-journal-print.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function call(rt: KioskRuntime, channel: string, payload: unknown): Promise<Record<string, unknown>> {
  const r = await rt.router.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
  return r.value as Record<string, unknown>;
}

describe('receipt journal in the kiosk', () => {
  it('journals tickets and procedure receipts as printed, masked, and purges old ones at start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'borne-rt-journal-'));
    // Left by an earlier run: one receipt from 120 days ago, one from yesterday.
    const old = await SqliteDatabase.open(join(dataDir, 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
    for (const daysAgo of [120, 1]) {
      const at = new Date(Date.now() - daysAgo * 86_400_000);
      await new ReceiptJournal(old, 'Africa/Casablanca', () => at).record({ kind: 'ticket', number: `OLD-${daysAgo}`, service: 'civil-status', receipt: sampleReceipt('fr') });
    }
    await old.close();

    const config = kioskConfigSchema.parse({
      office: { name: 'Arrondissement Sidi Moumen' },
      kiosk: { id: 'it-kiosk', referenceCode: 'KIT' },
      journal: { retentionDays: 90 },
      hardware: { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock', paperWidthMm: 80 } },
    });
    const rt = await startKioskRuntime({ config, dataDir, logger: pino({ level: 'silent' }) });
    cleanup.push(() => rt.close());
    expect((await rt.journal.search()).items.map((e) => e.number)).toEqual(['OLD-1']);

    const { sessionId } = (await call(rt, 'session.start', { language: 'fr' })) as { sessionId: string };
    const { ticket } = (await call(rt, 'queue.takeTicket', { sessionId, serviceId: 'legalisation' })) as { ticket: { number: string } };
    await call(rt, 'privacy.consent', { sessionId });
    await call(rt, 'identity.enterCardNumber', { sessionId, cardNumber: 'BE123456', birthDate: '1974-08-12' });
    const civil = await call(rt, 'civilStatus.submit', { sessionId, document: 'birth-extract', copies: 1, documentLanguage: 'fr' });
    const reference = (civil.receipt as { reference: string }).reference;

    const [t] = (await rt.journal.search({ number: ticket.number })).items;
    expect(t).toMatchObject({ kind: 'ticket', service: 'legalisation', state: 'printed', language: 'fr' });
    const [c] = (await rt.journal.search({ number: reference })).items;
    expect(c).toMatchObject({ kind: 'civil-status', service: 'civil-status', state: 'printed' });
    // The journal keeps the paper as printed: the card number masked, never whole.
    const stored = JSON.stringify((await rt.journal.get(c!.id))?.receipt);
    expect(stored).toContain('3456');
    expect(stored).not.toContain('BE123456');
    expect(stored).not.toContain('123456');
  });

  it('keeps a ticket printed into an empty printer pending, and prints it once after paper is loaded', async () => {
    const vp = new VirtualPrinter({ port: 0 });
    const port = await vp.start();
    cleanup.push(() => vp.stop());
    const printer = createReceiptPrinter(printerConfigSchema.parse({ driver: 'escpos', interface: `tcp://127.0.0.1:${port}` }), silentLogger);
    await printer.open();
    cleanup.push(() => printer.close());
    const db = await SqliteDatabase.open(join(mkdtempSync(join(tmpdir(), 'borne-journal-paper-')), 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
    cleanup.push(() => db.close());
    const journal = new ReceiptJournal(db, 'Africa/Casablanca');
    const send = async (receipt: Receipt): Promise<PrintAttempt> => {
      const r = await printer.print(receipt);
      return r.ok ? { ok: true } : { ok: false, reason: r.reason, detail: r.detail };
    };

    await vp.setState('paper-out');
    const first = await printJournaled(journal, { kind: 'ticket', number: 'A-014', service: 'civil-status', receipt: sampleReceipt('ar', 'BORNE/T/A-014') }, send);
    expect(first).toMatchObject({ ok: false, reason: 'paper-out' });
    expect((await journal.pending()).map((e) => [e.number, e.printFailure])).toEqual([['A-014', 'paper-out']]);

    await vp.setState('ready'); // staff loaded paper
    for (const entry of await journal.pending()) {
      const r = await send(entry.receipt);
      if (r.ok) await journal.markPrinted(entry.id);
    }
    expect(await journal.pending()).toEqual([]);
    const original = await vp.waitForJob();
    expect(original.decoded.qrPayloads).toEqual(['BORNE/T/A-014']);

    const copy = await journal.recordReprint(first.journalId!);
    expect((await send(copy.receipt)).ok).toBe(true);
    const reprinted = await vp.waitForJob();
    expect(reprinted.decoded.qrPayloads).toEqual(['BORNE/T/A-014']);
    // The copy carries its banner on top of the same receipt.
    expect(reprinted.decoded.images[0]!.height).toBeGreaterThan(original.decoded.images[0]!.height);
    expect(vp.jobs.flatMap((j) => j.decoded.qrPayloads)).toEqual(['BORNE/T/A-014', 'BORNE/T/A-014']);
  });
});
