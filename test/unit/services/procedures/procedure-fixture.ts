// A kiosk with the procedures registered on a real ContractRouter: real sessions, outbox and
// reference store on a temp SQLite file, the real office client over a scripted fetch, and the
// mock drivers at the hardware boundary (the printer records receipts instead of drawing them).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { MockIdReader } from '../../../../hardware/id-reader/id-reader-mock.js';
import { MockPaymentTerminal } from '../../../../hardware/payment/mock-payment-terminal.js';
import { MockPrinter } from '../../../../hardware/printer/mock-printer.js';
import type { Receipt } from '../../../../hardware/printer/receipt-model.js';
import type { PrintResult } from '../../../../hardware/printer/receipt-printer.js';
import { MockBarcodeScanner } from '../../../../hardware/scanner/barcode-scanner-mock.js';
import type { EventChannel, RequestChannel, RequestOf, ResponseOf } from '../../../../main/contract/kiosk-contract.js';
import { loadConfig } from '../../../../main/config/load-config.js';
import type { KioskConfig } from '../../../../main/config/config-schema.js';
import { OfficeClient } from '../../../../main/office/office-client.js';
import { Outbox } from '../../../../main/office/outbox.js';
import { ContractRouter, type RequestResult } from '../../../../main/services/contract-router.js';
import { registerProcedureHandlers } from '../../../../main/services/procedures/register-procedures.js';
import { createReceiptTranslator } from '../../../../main/services/receipt-text.js';
import { SessionService } from '../../../../main/services/session-service.js';
import { SqliteKioskReferenceStore } from '../../../../main/storage/kiosk-reference-store.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../../../main/storage/receipt-journal.js';
import { SqliteDatabase } from '../../../../main/storage/sqlite-database.js';
import { ScriptedBackend } from './scripted-backend.js';
import { PaymentIncidentStore } from '../../../../main/storage/payment-incidents.js';

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** A printer that keeps the receipt models (what the citizen reads) and answers as told. */
export class RecordingPrinter extends MockPrinter {
  readonly receipts: Receipt[] = [];
  next: PrintResult | undefined;

  constructor() {
    super(576, silent);
  }

  override async print(receipt: Receipt): Promise<PrintResult> {
    this.receipts.push(receipt);
    return this.next ?? { ok: true, bytes: 1, bitmap: { width: 0, height: 0, png: Buffer.alloc(0), mono: new Uint8Array() } };
  }

  /** Every text on the receipts printed so far, labels and values alike. */
  texts(index = this.receipts.length - 1): string[] {
    return (this.receipts[index]?.blocks ?? []).flatMap((b) => (b.kind === 'text' ? [b.text] : b.kind === 'pair' ? [b.label, b.value] : b.kind === 'qr' ? [b.data] : []));
  }
}

/** Log lines as JSON strings, to check that nothing personal is written. */
export function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const write = (obj: object, msg: string) => lines.push(`${msg} ${JSON.stringify(obj)}`);
  const logger = { debug: write, info: write, warn: write, error: write, child: () => logger } as unknown as Logger;
  return { logger, lines };
}

export interface FixtureOptions {
  now?: Date;
  requestTimeoutMs?: number;
  configure?: (config: KioskConfig) => void;
}

export async function createProcedureFixture(opts: FixtureOptions = {}) {
  const now = opts.now ?? new Date('2026-11-26T09:15:00Z');
  const config = loadConfig(undefined);
  config.office.requestTimeoutMs = opts.requestTimeoutMs ?? 400;
  opts.configure?.(config);
  const db = await SqliteDatabase.open(join(mkdtempSync(join(tmpdir(), 'borne-proc-')), 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
  const backend = new ScriptedBackend();
  const office = new OfficeClient({ baseUrl: 'http://office.test', timeoutMs: config.office.requestTimeoutMs, fetchImpl: backend.fetch as typeof fetch });
  const outbox = new Outbox({ db, client: office, backoff: { baseMs: 20, capMs: 200 } });
  const sessions = new SessionService(() => now);
  const printer = new RecordingPrinter();
  const idReader = new MockIdReader(silent, { interLineTimeoutMs: 60 });
  const scanner = new MockBarcodeScanner(silent);
  const paymentTerminal = new MockPaymentTerminal(silent, { insertCardMs: 20, enterPinMs: 20, approveAfterMs: 20, removeCardMs: 10, timeoutMs: 1000 });
  await Promise.all([printer.open(), idReader.open(), scanner.open(), paymentTerminal.open()]);
  const { logger, lines } = recordingLogger();
  const router = new ContractRouter(silent);
  const events: Array<{ channel: EventChannel; payload: unknown }> = [];
  router.onEvent((channel, payload) => events.push({ channel, payload }));
  const procedures = registerProcedureHandlers(router, {
    config,
    sessions,
    devices: { idReader, scanner, printer, paymentTerminal },
    office,
    outbox,
    references: new SqliteKioskReferenceStore(db, config.kiosk.referenceCode, config.office.timeZone, () => now),
    journal: new ReceiptJournal(db, config.office.timeZone, () => now),
    paymentIncidents: new PaymentIncidentStore(db, config.office.timeZone, () => now),
    translate: await createReceiptTranslator(),
    logger,
    now: () => now,
  });

  async function request<C extends RequestChannel>(channel: C, payload: RequestOf<C>): Promise<RequestResult> {
    return router.dispatch(channel, payload);
  }
  /** The value of a request that must succeed. */
  async function value<C extends RequestChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
    const result = await router.dispatch(channel, payload);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    // The router has checked the value against this channel's response schema.
    return result.value as ResponseOf<C>;
  }
  async function consentedSession(language: 'ar' | 'fr' | 'zgh' | 'en' = 'fr'): Promise<string> {
    const { id } = sessions.start(language);
    await value('privacy.consent', { sessionId: id });
    return id;
  }

  return {
    config,
    db,
    backend,
    office,
    outbox,
    sessions,
    printer,
    idReader,
    scanner,
    paymentTerminal,
    router,
    events,
    logLines: lines,
    request,
    value,
    consentedSession,
    eventsOf: (channel: EventChannel) => events.filter((e) => e.channel === channel).map((e) => e.payload),
    async close() {
      await procedures.close();
      await paymentTerminal.close();
      await db.close();
    },
  };
}

export type ProcedureFixture = Awaited<ReturnType<typeof createProcedureFixture>>;
