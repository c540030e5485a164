// The receipt's essentials are said before it prints: printJournaled announces after the journal
// holds the receipt and before the printer sees it; staff copies never announce anything.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Receipt } from '../../../hardware/printer/receipt-model.js';
import type { PrintResult } from '../../../hardware/printer/receipt-printer.js';
import type { ReceiptPrintingEvent } from '../../../main/contract/kiosk-contract.js';
import { loadConfig } from '../../../main/config/load-config.js';
import { createReceiptTranslator } from '../../../main/services/receipt-text.js';
import { SessionService } from '../../../main/services/session-service.js';
import { TicketService } from '../../../main/services/ticket-service.js';
import { StaffPrinting } from '../../../main/staff/staff-printing.js';
import { KIOSK_MIGRATIONS } from '../../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../../main/storage/receipt-journal.js';
import { printJournaled } from '../../../main/storage/receipt-journal-print.js';
import type { JournalEntryInput } from '../../../main/storage/receipt-journal-types.js';
import { SqliteDatabase } from '../../../main/storage/sqlite-database.js';
import { TicketStore } from '../../../main/storage/ticket-store.js';

const receipt: Receipt = { language: 'fr', direction: 'ltr', blocks: [] };
const entry: JournalEntryInput = { kind: 'ticket', number: 'A-001', service: 'civil-status', receipt };

/** A journal that writes down what was asked of it, in one list with the printer and the announcement. */
function tracedJournal(steps: string[], failRecord = false) {
  return {
    record: async () => {
      if (failRecord) throw new Error('disk full');
      steps.push('record');
      return 7;
    },
    markSending: async () => {
      steps.push('markSending');
    },
    markPrinted: async () => {
      steps.push('markPrinted');
    },
    markFailed: async () => {
      steps.push('markFailed');
    },
  };
}

/** A printer that always prints, writing down when it did. */
function printInto(steps: string[]) {
  return async () => {
    steps.push('print');
    return { ok: true } as const;
  };
}

describe('printJournaled and the announcement', () => {
  it('records, then announces, then prints, then marks printed', async () => {
    const steps: string[] = [];
    const result = await printJournaled(
      tracedJournal(steps),
      entry,
      printInto(steps),
      () => steps.push('announce'),
    );
    expect(result).toEqual({ ok: true, journalId: 7 });
    expect(steps).toEqual(['record', 'announce', 'markSending', 'print', 'markPrinted']);
  });

  it('announces nothing and prints nothing when the journal cannot be written', async () => {
    const steps: string[] = [];
    const result = await printJournaled(
      tracedJournal(steps, true),
      entry,
      printInto(steps),
      () => steps.push('announce'),
    );
    expect(result).toMatchObject({ ok: false, reason: 'error', journalError: 'disk full' });
    expect(steps).toEqual([]);
  });

  it('still prints when saying it fails: the paper matters more', async () => {
    const steps: string[] = [];
    const result = await printJournaled(
      tracedJournal(steps),
      entry,
      printInto(steps),
      () => {
        throw new Error('screen gone');
      },
    );
    expect(result).toEqual({ ok: true, journalId: 7 });
    expect(steps).toEqual(['record', 'markSending', 'print', 'markPrinted']);
  });
});

describe('a ticket announced, then copied by staff', () => {
  const now = new Date('2026-11-26T09:15:00Z');
  let db: SqliteDatabase;
  let journal: ReceiptJournal;
  const printed: Receipt[] = [];
  const announced: Array<{ event: ReceiptPrintingEvent; printedBefore: number }> = [];
  const printer = {
    print: async (r: Receipt): Promise<PrintResult> => {
      printed.push(r);
      return { ok: true, bytes: 1, bitmap: { width: 0, height: 0, png: Buffer.alloc(0), mono: new Uint8Array() } };
    },
  };

  beforeEach(async () => {
    db = await SqliteDatabase.open(join(mkdtempSync(join(tmpdir(), 'borne-jp-')), 'k.sqlite'), KIOSK_MIGRATIONS);
    journal = new ReceiptJournal(db, 'Africa/Casablanca', () => now);
    printed.length = 0;
    announced.length = 0;
  });
  afterEach(async () => db.close());

  it('says the number, counter and time before the paper, and says nothing for a reprint', async () => {
    const sessions = new SessionService(() => now);
    const tickets = new TicketService({
      store: new TicketStore(db, 'Africa/Casablanca'),
      journal,
      sessions,
      printer,
      translate: await createReceiptTranslator(),
      services: loadConfig(undefined).queue.services,
      officeNames: { ar: 'مقاطعة عين الشق', fr: 'Arrondissement Ain Chock' },
      timeZone: 'Africa/Casablanca',
      logger: { warn: () => undefined, error: () => undefined, info: () => undefined },
      announce: (event) => announced.push({ event, printedBefore: printed.length }),
      now: () => now,
    });
    const { id } = sessions.start('fr');
    const { ticket } = await tickets.take(id, 'civil-status');
    expect(announced).toEqual([
      {
        event: {
          sessionId: id,
          kind: 'ticket',
          number: ticket.number,
          serviceId: 'civil-status',
          counter: ticket.counter,
          issuedAt: '2026-11-26T09:15:00.000Z',
          issuedOfficeDay: '2026-11-26',
          issuedAtOfficeTime: '10:15',
        },
        printedBefore: 0,
      },
    ]);
    expect(printed).toHaveLength(1);

    const staff = new StaffPrinting(journal, printer);
    const [saved] = (await journal.search({ number: ticket.number })).items;
    expect(await staff.reprint(saved!.id)).toMatchObject({ kind: 'printed', number: ticket.number });
    expect(printed).toHaveLength(2);
    expect(announced).toHaveLength(1);
  });
});
