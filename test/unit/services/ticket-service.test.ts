import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Receipt } from '../../../hardware/printer/receipt-model.js';
import { KioskRequestError } from '../../../main/contract/kiosk-contract.js';
import { loadConfig } from '../../../main/config/load-config.js';
import { createReceiptTranslator } from '../../../main/services/receipt-text.js';
import { SessionService } from '../../../main/services/session-service.js';
import { type TicketPrintResult, TicketService } from '../../../main/services/ticket-service.js';
import { KIOSK_MIGRATIONS } from '../../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../../main/storage/receipt-journal.js';
import { SqliteDatabase } from '../../../main/storage/sqlite-database.js';
import { TicketStore } from '../../../main/storage/ticket-store.js';

const quiet = { warn: () => undefined, error: () => undefined, info: () => undefined };

/** A printer at the hardware boundary: records receipts, answers what the test says, when it says. */
class ScriptedPrinter {
  readonly receipts: Receipt[] = [];
  next: TicketPrintResult = { ok: true };
  gate: Promise<void> = Promise.resolve();
  /** Runs as the paper would come out, to look at the journal at that moment. */
  onPrint: () => Promise<void> = async () => undefined;
  async print(receipt: Receipt): Promise<TicketPrintResult> {
    this.receipts.push(receipt);
    await this.onPrint();
    await this.gate;
    return this.next;
  }
}

describe('ticket service', () => {
  let db: SqliteDatabase;
  let store: TicketStore;
  let sessions: SessionService;
  let printer: ScriptedPrinter;
  let service: TicketService;
  let journal: ReceiptJournal;
  const now = new Date('2026-11-26T09:15:00Z');

  beforeEach(async () => {
    db = await SqliteDatabase.open(join(mkdtempSync(join(tmpdir(), 'borne-ts-')), 'k.sqlite'), KIOSK_MIGRATIONS);
    store = new TicketStore(db, 'Africa/Casablanca');
    sessions = new SessionService(() => now);
    printer = new ScriptedPrinter();
    journal = new ReceiptJournal(db, 'Africa/Casablanca', () => now);
    const config = loadConfig(undefined);
    service = new TicketService({
      store,
      journal,
      sessions,
      printer,
      translate: await createReceiptTranslator(),
      services: config.queue.services,
      officeNames: { ar: 'مقاطعة عين الشق', fr: 'Arrondissement Ain Chock' },
      timeZone: 'Africa/Casablanca',
      logger: quiet,
      now: () => now,
    });
  });
  afterEach(async () => db.close());

  it('prints an Arabic ticket right to left with the number kept in reading order and in the QR', async () => {
    const { id } = sessions.start('ar');
    const { ticket, print } = await service.take(id, 'civil-status');
    expect(print).toEqual({ ok: true });
    expect(ticket).toMatchObject({ number: 'A-001', counter: '1', waitingAhead: 0, issuedAtOfficeTime: '10:15' });
    const receipt = printer.receipts[0]!;
    expect(receipt.direction).toBe('rtl');
    const texts = receipt.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : b.kind === 'pair' ? [b.label, b.value] : []));
    expect(texts).toContain('\u2066A-001\u2069');
    // The same words as the tile the citizen touched, from resources/locales/ar.json.
    expect(texts).toContain('الحالة المدنية');
    expect(texts).toContain('لا أحد قبلك');
    expect(receipt.blocks).toContainEqual({ kind: 'qr', data: 'BORNE/T/2026-11-26/A-001', moduleSize: 6 });
    // Casablanca is UTC+1: 09:15 UTC is printed as 10:15.
    expect(texts.some((t) => t.includes('10:15'))).toBe(true);
  });

  it('prints in the language the citizen chose, and French dates in French', async () => {
    const { id } = sessions.start('fr');
    await service.take(id, 'local-taxes');
    const texts = printer.receipts[0]!.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : b.kind === 'pair' ? [b.label, b.value] : []));
    expect(printer.receipts[0]!.direction).toBe('ltr');
    expect(texts.some((t) => t.includes('novembre 2026'))).toBe(true);
  });

  it('gives the number back when the printer fails, and records the failure', async () => {
    const { id } = sessions.start('fr');
    printer.next = { ok: false, reason: 'paper-out', detail: 'DLE EOT 4: paper end' };
    const { ticket, print } = await service.take(id, 'legalisation');
    expect(print).toEqual({ ok: false, reason: 'paper-out' });
    expect(ticket.number).toBe('B-001');
    expect(await store.printState('B-001', '2026-11-26')).toEqual({ state: 'failed', failure: 'paper-out' });
  });

  it('never hands a ticket to the next citizen when the first one left during the print', async () => {
    const first = sessions.start('fr');
    let release!: () => void;
    printer.gate = new Promise((r) => (release = r));
    const pending = service.take(first.id, 'civil-status');
    await expect.poll(() => printer.receipts.length).toBe(1);
    // Idle reset, then a new citizen starts while the first ticket is still printing.
    sessions.end(first.id);
    sessions.start('ar');
    release();
    await expect(pending).rejects.toEqual(new KioskRequestError('stale-session', 'this session has ended'));
    // The paper came out and the number is kept as printed.
    expect(await store.printState('A-001', '2026-11-26')).toEqual({ state: 'printed', failure: null });
  });

  it('writes the ticket to the journal before the printer gets it, then marks it printed', async () => {
    const { id } = sessions.start('ar');
    const seenWhilePrinting: unknown[] = [];
    printer.onPrint = async () => {
      seenWhilePrinting.push(...(await journal.search({ number: 'A-001' })).items.map((e) => e.state));
    };
    await service.take(id, 'civil-status');
    expect(seenWhilePrinting).toEqual(['pending']);
    const [entry] = (await journal.search({ number: 'a-001' })).items;
    expect(entry).toMatchObject({ kind: 'ticket', service: 'civil-status', language: 'ar', state: 'printed', printFailure: null, officeDay: '2026-11-26' });
    // The journal holds exactly what went to the printer, for a reprint.
    expect((await journal.get(entry!.id))?.receipt).toEqual(printer.receipts[0]);
  });

  it('leaves a ticket the printer could not print pending in the journal, with the reason', async () => {
    const { id } = sessions.start('fr');
    printer.next = { ok: false, reason: 'cover-open', detail: 'DLE EOT 2: cover open' };
    await service.take(id, 'local-taxes');
    const pending = await journal.pending();
    expect(pending.map((e) => [e.number, e.state, e.printFailure])).toEqual([['D-001', 'pending', 'cover-open']]);
    expect(pending[0]?.receipt).toEqual(printer.receipts[0]);
  });

  it('prints nothing when the journal cannot be written, and still gives the number', async () => {
    const { id } = sessions.start('fr');
    await db.exec('DROP TABLE receipt_journal');
    const { ticket, print } = await service.take(id, 'legalisation');
    expect(ticket.number).toBe('B-001');
    expect(print).toEqual({ ok: false, reason: 'error' });
    expect(printer.receipts).toHaveLength(0);
    expect(await store.printState('B-001', '2026-11-26')).toEqual({ state: 'failed', failure: 'error' });
  });

  it('refuses a ticket for a session that does not exist', async () => {
    await expect(service.take('00000000-0000-4000-8000-000000000000', 'civil-status')).rejects.toMatchObject({ code: 'stale-session' });
    expect(printer.receipts).toHaveLength(0);
  });
});
