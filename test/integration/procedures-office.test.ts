// The procedures end to end through the real contract router, the real office client and
// outbox, the embedded office server on SQLite, and the mock printer drawing real receipts
// whose QR codes are read back from the bitmap, as a phone or the kiosk's scanner would.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { MockIdReader } from '../../hardware/id-reader/id-reader-mock.js';
import { MockPaymentTerminal } from '../../hardware/payment/mock-payment-terminal.js';
import { MockPrinter } from '../../hardware/printer/mock-printer.js';
import { MockBarcodeScanner } from '../../hardware/scanner/barcode-scanner-mock.js';
import { findQrInImage } from '../../hardware/simulators/escpos-raster-images.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { loadConfig } from '../../main/config/load-config.js';
import type { RequestChannel, RequestOf, ResponseOf } from '../../main/contract/kiosk-contract.js';
import { type OfficeServer, startOfficeServer } from '../../main/office-server/office-server.js';
import { OfficeClient } from '../../main/office/office-client.js';
import { Outbox } from '../../main/office/outbox.js';
import { ContractRouter } from '../../main/services/contract-router.js';
import { registerProcedureHandlers } from '../../main/services/procedures/register-procedures.js';
import { createReceiptTranslator } from '../../main/services/receipt-text.js';
import { SessionService } from '../../main/services/session-service.js';
import { SqliteKioskReferenceStore } from '../../main/storage/kiosk-reference-store.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { ReceiptJournal } from '../../main/storage/receipt-journal.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';
import { TEST_OFFICE_TOKEN } from '../helpers/office-token.js';
import { PaymentIncidentStore } from '../../main/storage/payment-incidents.js';

const dir = mkdtempSync(join(tmpdir(), 'borne-procedures-'));
const officeDb = join(dir, 'office.sqlite');
const config = loadConfig(undefined);
config.office.requestTimeoutMs = 1500;

let server: OfficeServer | undefined;
let port = 0;
let db: SqliteDatabase;
let outbox: Outbox;
let closeProcedures: () => Promise<void>;
const sessions = new SessionService();
const router = new ContractRouter(silentLogger);
const idReader = new MockIdReader(silentLogger);
const scanner = new MockBarcodeScanner(silentLogger);
const printer = new MockPrinter(576, silentLogger);
const paymentTerminal = new MockPaymentTerminal(silentLogger, { insertCardMs: 20, enterPinMs: 20, approveAfterMs: 20, removeCardMs: 10 });
const printedQrCodes: Array<string | undefined> = [];
printer.on('printed', ({ bitmap }) => printedQrCodes.push(findQrInImage(bitmap)));

async function call<C extends RequestChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await router.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  // Checked by the router against the channel's response schema.
  return result.value as ResponseOf<C>;
}

async function citizen(language: 'fr' | 'ar'): Promise<string> {
  const sessionId = sessions.start(language).id;
  await call('privacy.consent', { sessionId });
  return sessionId;
}

beforeAll(async () => {
  server = await startOfficeServer({ token: TEST_OFFICE_TOKEN, dbPath: officeDb });
  port = server.port;
  db = await SqliteDatabase.open(join(dir, 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
  const office = new OfficeClient({ baseUrl: server.url, token: TEST_OFFICE_TOKEN, timeoutMs: config.office.requestTimeoutMs });
  outbox = new Outbox({ db, client: office, backoff: { baseMs: 100, capMs: 400 } });
  outbox.start();
  await Promise.all([idReader.open(), scanner.open(), printer.open(), paymentTerminal.open()]);
  closeProcedures = registerProcedureHandlers(router, {
    config,
    sessions,
    devices: { idReader, scanner, printer, paymentTerminal },
    office,
    outbox,
    references: new SqliteKioskReferenceStore(db, config.kiosk.referenceCode, config.office.timeZone),
    journal: new ReceiptJournal(db, config.office.timeZone),
    paymentIncidents: new PaymentIncidentStore(db, config.office.timeZone),
    translate: await createReceiptTranslator(),
    logger: pino({ level: 'silent' }),
    now: () => new Date(),
  }).close;
});

afterAll(async () => {
  await closeProcedures();
  await outbox.stop();
  await server?.close();
  await paymentTerminal.close();
  await db.close();
});

describe('procedures against the embedded office server', () => {
  it('requests a birth extract with the ID card, prints the tracking QR, and tracks it from a scan', async () => {
    const sessionId = await citizen('fr');
    idReader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines);
    const result = await call('civilStatus.submit', { sessionId, document: 'birth-extract', copies: 2, documentLanguage: 'ar' });
    expect(result).toMatchObject({ outcome: 'submitted', print: { ok: true }, receipt: { transmission: 'delivered', counter: '3', feeCentimes: 4000 } });
    if (result.outcome !== 'submitted') throw new Error('not submitted');
    expect(result.receipt.reference).toMatch(/^AR-\d{4}-000001$/);
    expect(printedQrCodes.at(-1)).toBe(`BORNE/R/${result.receipt.reference}`);

    const tracked = await call('tracking.lookup', { sessionId, number: printedQrCodes.at(-1) ?? '' });
    expect(tracked).toMatchObject({ ok: true, request: { reference: result.receipt.reference, procedure: 'civil-status', status: 'received' } });
  });

  it('files a report and gives its 60-day deadline', async () => {
    const sessionId = await citizen('ar');
    const result = await call('report.submit', {
      sessionId,
      kind: 'complaint',
      category: 'waste',
      place: { arrondissementId: 'hay-mohammadi', neighbourhoodId: 'carrieres-centrales', landmark: '' },
      description: 'حاوية النفايات ممتلئة منذ أسبوع',
      contact: { phone: '0612345678', smsConsent: true },
    });
    expect(result).toMatchObject({ outcome: 'submitted', receipt: { transmission: 'delivered', category: 'waste', maskedPhone: '•• •• •• •• 78' } });
    if (result.outcome !== 'submitted') throw new Error('not submitted');
    expect(result.receipt.reference).toMatch(/^RC-\d{4}-000001$/);
    const days = (Date.parse(result.receipt.answerDeadline) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(58);
    expect(days).toBeLessThan(61);
    expect(printedQrCodes.at(-1)).toBe(`BORNE/R/${result.receipt.reference}`);
  });

  it('pays a tax notice scanned in lower case, prints the payment receipt, and the notice is then paid', async () => {
    const sessionId = sessions.start('fr').id;
    const found = await call('tax.lookup', { sessionId, reference: ' tsc-2026-000456' });
    expect(found).toMatchObject({ ok: true, notice: { reference: 'TSC-2026-000456', status: 'due', amountDueCentimes: 86000 } });
    const paid = await call('tax.pay', { sessionId, reference: 'TSC-2026-000456' });
    expect(paid).toMatchObject({ outcome: 'paid', print: { ok: true }, receipt: { reference: 'TSC-2026-000456', amountCentimes: 86000, maskedPan: '**** 7899' } });
    if (paid.outcome !== 'paid') throw new Error('not paid');
    expect(printedQrCodes.at(-1)).toBe(`BORNE/R/${paid.receipt.trackingNumber}`);
    expect(await call('tax.lookup', { sessionId, reference: 'TSC-2026-000456' })).toMatchObject({ ok: true, notice: { status: 'paid' } });
    expect(await call('tracking.lookup', { sessionId, number: paid.receipt.trackingNumber })).toMatchObject({
      ok: true,
      request: { procedure: 'tax-payment', status: 'closed' },
    });
    // A second try on the paid notice is refused before any card is asked for.
    expect(await call('tax.pay', { sessionId, reference: 'TSC-2026-000456' })).toEqual({ outcome: 'notice-changed' });
  });

  it('keeps a request in the outbox while the office is down and delivers it once, under the printed number', async () => {
    await server?.close();
    server = undefined;
    const sessionId = await citizen('fr');
    idReader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines);
    const result = await call('civilStatus.submit', { sessionId, document: 'death-extract', copies: 1, documentLanguage: 'fr' });
    expect(result).toMatchObject({ outcome: 'submitted', print: { ok: true }, receipt: { transmission: 'pending', feeCentimes: 2000 } });
    if (result.outcome !== 'submitted') throw new Error('not submitted');
    const reference = result.receipt.reference;
    expect(reference).toMatch(/^KDEVKIOSK-\d{4}-\d{6}$/);
    expect(result.receipt.collectionDate).toBeUndefined();
    expect(printedQrCodes.at(-1)).toBe(`BORNE/R/${reference}`);
    expect(await call('tracking.lookup', { sessionId, number: `BORNE/R/${reference}` })).toMatchObject({
      ok: true,
      request: { reference, status: 'pending-transmission' },
    });

    server = await startOfficeServer({ token: TEST_OFFICE_TOKEN, dbPath: officeDb, port });
    const restarted = server;
    outbox.kick();
    await expect.poll(async () => (await outbox.stats()).depth, { timeout: 10_000, interval: 100 }).toBe(0);
    expect(await restarted.store.countRequests({ kioskReference: reference })).toBe(1);
    expect(await call('tracking.lookup', { sessionId, number: reference })).toMatchObject({
      ok: true,
      request: { reference, procedure: 'civil-status', status: 'received' },
    });
    // Another pass sends nothing again.
    await outbox.drain();
    expect(await restarted.store.countRequests({ procedure: 'civil-status' })).toBe(2);
  });
});
