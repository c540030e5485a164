// A visit that ends during a submission (here: the page reloads, as after a renderer crash)
// prints nothing; without a withdrawal the outbox would still deliver the request, and the
// office would process a request whose citizen holds no receipt and was told nothing. The kiosk
// runtime runs with mock hardware against a real, slow office server; both on real SQLite files.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { kioskConfigSchema } from '../../main/config/config-schema.js';
import { OfficeClient } from '../../main/office/office-client.js';
import { Outbox } from '../../main/office/outbox.js';
import { type OfficeServer, startOfficeServer } from '../../main/office-server/office-server.js';
import { type KioskRuntime, startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { idempotencyKeyFor } from '../../main/services/procedures/submission-key.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';
import { TEST_OFFICE_TOKEN } from '../helpers/office-token.js';
import { call, identifiedSession, printed, TYPED_CARD_NUMBER, until } from '../helpers/runtime-calls.js';

const OFFICE_DELAY_MS = 1500;
const CARD = TYPED_CARD_NUMBER;
const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

interface Kiosk {
  rt: KioskRuntime;
  office: OfficeServer;
  logLines: string[];
  close(): Promise<void>;
}

async function slowOfficeAndKiosk(dataDir = mkdtempSync(join(tmpdir(), 'borne-withdraw-'))): Promise<Kiosk & { dataDir: string; officeDb: string }> {
  const officeDb = join(dataDir, 'office-backend.sqlite');
  const office = await startOfficeServer({ token: TEST_OFFICE_TOKEN, dbPath: officeDb, responseDelayMs: OFFICE_DELAY_MS });
  const close = office.close.bind(office);
  let closed: Promise<void> | undefined;
  office.close = () => (closed ??= close());
  cleanup.push(() => office.close());
  const kiosk = await kioskOn(dataDir, office);
  return { ...kiosk, office, dataDir, officeDb };
}

async function kioskOn(dataDir: string, office: OfficeServer): Promise<Omit<Kiosk, 'office'>> {
  const logLines: string[] = [];
  const config = kioskConfigSchema.parse({
    office: { name: 'Arrondissement Sidi Moumen', backendUrl: office.url, token: TEST_OFFICE_TOKEN, requestTimeoutMs: 10_000, outboxMaxRetryDelayMs: 300 },
    kiosk: { id: 'it-kiosk', referenceCode: 'KIT' },
    hardware: { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock', paperWidthMm: 80 } },
  });
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
  const rt = await startKioskRuntime({ config, dataDir, logger });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await rt.close();
  };
  cleanup.push(close);
  return { rt, logLines, close };
}





async function reportPlace(rt: KioskRuntime): Promise<{ arrondissementId: string; neighbourhoodId: string; landmark: string }> {
  const places = (await call(rt, 'places.list', {})) as unknown as Array<{ id: string; neighbourhoods: Array<{ id: string }> }>;
  return { arrondissementId: places[0]?.id ?? '', neighbourhoodId: places[0]?.neighbourhoods[0]?.id ?? '', landmark: '' };
}

/**
 * The submission is on its way (the office has it, its answer is held back), then the page
 * reloads. Returns the kiosk reference the request was filed under.
 */
async function reloadDuringSubmission(k: Kiosk, submit: (sessionId: string) => Promise<unknown>, procedure: 'civil-status' | 'report'): Promise<string> {
  const sessionId = await identifiedSession(k.rt);
  const answer = submit(sessionId);
  answer.catch(() => undefined);
  await until(async () => (await k.office.store.countRequests({ procedure })) === 1, 5_000, 'the office to receive the request');
  await call(k.rt, 'kiosk.pageLoaded', {});
  await expect(answer).rejects.toMatchObject({ code: 'stale-session' });
  const year = new Date().getFullYear();
  return `KIT-${year}-000001`;
}

async function expectWithdrawnEverywhere(k: Kiosk, reference: string): Promise<void> {
  await until(async () => (await k.office.store.requestStatus(reference))?.status === 'withdrawn', 10_000, 'the office to hold the request withdrawn');
  // The late answer has come and gone: still nothing on paper, nothing for the clerk to print.
  await new Promise((r) => setTimeout(r, OFFICE_DELAY_MS + 300));
  expect(printed(k.rt), 'no receipt for a visit that ended').toBe(0);
  expect((await k.rt.journal.search({ number: reference })).total, 'no receipt in the journal under that number').toBe(0);
  expect((await k.rt.journal.pending()).map((e) => e.number)).not.toContain(reference);
  // A citizen who tracks the number (if they ever saw it) is told it was withdrawn.
  const { sessionId } = (await call(k.rt, 'session.start', { language: 'fr' })) as { sessionId: string };
  expect(await call(k.rt, 'tracking.lookup', { sessionId, number: reference })).toMatchObject({ ok: true, request: { status: 'withdrawn' } });
  await call(k.rt, 'session.end', { sessionId, reason: 'done' });
  const said = k.logLines.filter((l) => l.includes('submission withdrawn'));
  expect(said).toHaveLength(1);
  expect(said[0]).toContain(reference);
  expect(said[0]).toContain('page-loaded');
  expect(k.logLines.join('\n'), 'no personal data in the log').not.toContain(CARD);
  expect(k.logLines.join('\n')).not.toContain('1974-08-12');
}

describe('a visit that ends during a submission withdraws it at the office', () => {
  it('civil-status request, slow office, page reload: the office holds it withdrawn, nothing prints, nothing pending', async () => {
    const k = await slowOfficeAndKiosk();
    const reference = await reloadDuringSubmission(
      k,
      (sessionId) => call(k.rt, 'civilStatus.submit', { sessionId, document: 'birth-extract', copies: 1, documentLanguage: 'fr' }),
      'civil-status',
    );
    await expectWithdrawnEverywhere(k, reference);
    // Withdrawn requests keep no personal data at the office either.
    expect(await k.office.store.countRequests({ procedure: 'civil-status' })).toBe(1);
  });

  it('street report, slow office, page reload: the same', async () => {
    const k = await slowOfficeAndKiosk();
    const place = await reportPlace(k.rt);
    const reference = await reloadDuringSubmission(
      k,
      (sessionId) => call(k.rt, 'report.submit', { sessionId, kind: 'complaint', category: 'lighting', place, description: 'Lampadaire éteint' }),
      'report',
    );
    await expectWithdrawnEverywhere(k, reference);
  });

  it('a visit ended by the shutdown: the withdrawal is on disk and reaches the office after the restart', async () => {
    const k = await slowOfficeAndKiosk();
    const sessionId = await identifiedSession(k.rt);
    const answer = call(k.rt, 'civilStatus.submit', { sessionId, document: 'death-extract', copies: 1, documentLanguage: 'ar' });
    answer.catch(() => undefined);
    await until(async () => (await k.office.store.countRequests({ procedure: 'civil-status' })) === 1, 5_000, 'the office to receive the request');
    // The kiosk shuts down, and the office stops answering before the withdrawal can reach it.
    // The shutdown starts first: closing the office first let the kiosk see the submission fail
    // and settle it as pending before the shutdown came, and then there was nothing to withdraw.
    const closing = k.close();
    await k.office.close();
    await closing;
    await expect(answer).rejects.toMatchObject({ code: 'stale-session' });
    const reference = `KIT-${new Date().getFullYear()}-000001`;

    const office = await startOfficeServer({ token: TEST_OFFICE_TOKEN, port: k.office.port, dbPath: k.officeDb });
    cleanup.push(() => office.close());
    expect((await office.store.requestStatus(reference))?.status).toBe('received');
    const again = await kioskOn(k.dataDir, office);
    await until(async () => (await office.store.requestStatus(reference))?.status === 'withdrawn', 10_000, 'the restarted kiosk to withdraw it');
    expect(printed(again.rt)).toBe(0);
    expect(k.logLines.some((l) => l.includes('submission withdrawn') && l.includes('shutdown'))).toBe(true);
  });
});

describe('withdraw first, submission later', () => {
  it('the office refuses the late submission with its own problem body; the outbox takes it as final and wipes the body', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-withdraw-first-'));
    const office = await startOfficeServer({ token: TEST_OFFICE_TOKEN, dbPath: join(dir, 'office.sqlite') });
    cleanup.push(() => office.close());
    const db = await SqliteDatabase.open(join(dir, 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
    cleanup.push(() => db.close());
    const client = new OfficeClient({ baseUrl: office.url, token: TEST_OFFICE_TOKEN });
    const outbox = new Outbox({ db, client });
    const key = idempotencyKeyFor('KIT-2026-000042');

    // Withdrawing a key the office never saw, twice: the same final answer.
    expect(await client.withdrawRequest(key)).toMatchObject({ ok: true, value: { state: 'withdrawn' } });
    expect(await client.withdrawRequest(key)).toEqual(expect.objectContaining({ ok: true, value: { state: 'withdrawn' } }));

    const body = {
      document: 'birth-extract',
      copies: 1,
      documentLanguage: 'fr',
      identity: { method: 'card-number', cardNumber: CARD, birthDate: '1974-08-12' },
      kioskReference: 'KIT-2026-000042',
    };
    await outbox.enqueue({ kind: 'civil-status-request', idempotencyKey: key, body });
    const entry = await outbox.sendNow(key);
    expect(entry).toMatchObject({ state: 'rejected', attempts: 1 });
    expect(entry?.rejection).toContain('request-withdrawn');
    const raw = await db.get<{ body: string | null }>('SELECT body FROM office_outbox WHERE idempotency_key = ?', [key]);
    expect(raw?.body, "the citizen's data leaves the kiosk's disk").toBeNull();
    // Nothing left to send, and the office recorded nothing.
    expect(await outbox.drain()).toMatchObject({ delivered: 0, rejected: 0 });
    expect(await office.store.countRequests({ kioskReference: 'KIT-2026-000042' })).toBe(0);
  });

  it('a request already taken up is not withdrawn: the answer says so and nothing changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-withdraw-late-'));
    const office = await startOfficeServer({ token: TEST_OFFICE_TOKEN, dbPath: join(dir, 'office.sqlite') });
    cleanup.push(() => office.close());
    const client = new OfficeClient({ baseUrl: office.url, token: TEST_OFFICE_TOKEN });
    const key = randomUUID();
    const sent = await client.submitReport({ kind: 'observation', category: 'waste', place: { arrondissementId: 'a', neighbourhoodId: 'b' }, description: 'bac plein' }, key);
    if (!sent.ok) throw new Error(sent.detail);
    await office.store.setRequestStatus(sent.value.trackingNumber, 'in-progress');
    expect(await client.withdrawRequest(key)).toMatchObject({ ok: true, value: { state: 'not-withdrawn', status: 'in-progress', trackingNumber: sent.value.trackingNumber } });
    expect((await office.store.requestStatus(sent.value.trackingNumber))?.status).toBe('in-progress');
    // The withdraw route needs the kiosk's token like every write.
    const anonymous = await fetch(`${office.url}/v1/requests/${key}/withdraw`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
  });
});
