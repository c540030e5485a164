// The kiosk runtime and the office backend together, through the same router the screens
// talk to: mock hardware, a real office server (embedded, or external and stopped, restarted
// or slowed down), real SQLite files.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { type KioskConfig, kioskConfigSchema } from '../../main/config/config-schema.js';
import { type OfficeServer, startOfficeServer } from '../../main/office-server/office-server.js';
import { type KioskRuntime, startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';
import { TEST_OFFICE_TOKEN } from '../helpers/office-token.js';
import { call, identifiedSession, printed, until } from '../helpers/runtime-calls.js';

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function configWith(office: Record<string, unknown>): KioskConfig {
  return kioskConfigSchema.parse({
    office: { name: 'Arrondissement Sidi Moumen', ...office },
    kiosk: { id: 'it-kiosk', referenceCode: 'KIT' },
    hardware: { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock', paperWidthMm: 80 } },
  });
}

async function runtime(office: Record<string, unknown>, dataDir = mkdtempSync(join(tmpdir(), 'borne-rt-'))): Promise<{ rt: KioskRuntime; dataDir: string }> {
  const rt = await startKioskRuntime({ config: configWith(office), dataDir, logger: pino({ level: 'silent' }) });
  let closed = false;
  cleanup.push(async () => {
    if (!closed) await rt.close();
    closed = true;
  });
  const close = rt.close;
  rt.close = async () => {
    closed = true;
    await close();
  };
  return { rt, dataDir };
}

async function officeServer(dbPath: string, port = 0, responseDelayMs = 0): Promise<OfficeServer> {
  const s = await startOfficeServer({ token: TEST_OFFICE_TOKEN, port, dbPath, responseDelayMs });
  let closed = false;
  const close = s.close.bind(s);
  s.close = async () => {
    if (closed) return;
    closed = true;
    await close();
  };
  cleanup.push(() => s.close());
  return s;
}





describe('kiosk runtime and office backend', () => {
  it('starts the embedded office server when no backend is configured, and stops it with the kiosk', async () => {
    const { rt } = await runtime({});
    expect(rt.officeUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${rt.officeUrl}/v1/health`);
    expect(health.status).toBe(200);
    // Its seeded tax notices answer the kiosk, which holds the token it shares with it...
    const { sessionId } = (await call(rt, 'session.start', { language: 'fr' })) as { sessionId: string };
    expect(await call(rt, 'tax.lookup', { sessionId, reference: 'TSC-2026-000123' })).toMatchObject({ ok: true, notice: { status: 'due' } });
    // ...and nobody else: another local process is refused.
    expect((await fetch(`${rt.officeUrl}/v1/tax-notices/TSC-2026-000123`)).status).toBe(401);
    await rt.close();
    await expect(fetch(`${rt.officeUrl}/v1/health`)).rejects.toThrow();
  });

  it('queues a request while the backend is down and delivers it exactly once when it is back', async () => {
    const officeDb = join(mkdtempSync(join(tmpdir(), 'borne-rt-office-')), 'office.sqlite');
    const first = await officeServer(officeDb);
    const port = first.port;
    await first.close();
    const { rt, dataDir } = await runtime({ backendUrl: `http://127.0.0.1:${port}`, token: TEST_OFFICE_TOKEN, requestTimeoutMs: 1000, outboxMaxRetryDelayMs: 300 });
    expect(rt.officeUrl).toBe(`http://127.0.0.1:${port}`);

    const sessionId = await identifiedSession(rt);
    const result = await call(rt, 'civilStatus.submit', { sessionId, document: 'birth-extract', copies: 2, documentLanguage: 'ar' });
    expect(result).toMatchObject({ outcome: 'submitted', receipt: { transmission: 'pending' }, print: { ok: true } });
    const reference = (result.receipt as { reference: string }).reference;
    expect(reference).toMatch(/^KIT-\d{4}-000001$/);
    const places = (await call(rt, 'places.list', {})) as unknown as Array<{ id: string; neighbourhoods: Array<{ id: string }> }>;
    const place = { arrondissementId: places[0]?.id ?? '', neighbourhoodId: places[0]?.neighbourhoods[0]?.id ?? '', landmark: '' };
    const report = await call(rt, 'report.submit', { sessionId, kind: 'complaint', category: 'lighting', place, description: 'Lampadaire éteint' });
    expect(report).toMatchObject({ outcome: 'submitted', receipt: { transmission: 'pending' } });
    const reportReference = (report.receipt as { reference: string }).reference;
    expect(reportReference).toMatch(/^KIT-\d{4}-000002$/);
    await call(rt, 'session.end', { sessionId, reason: 'done' });

    const back = await officeServer(officeDb, port);
    await until(async () => (await back.store.countRequests()) === 2, 10_000, 'delivery');
    // Several more retry periods: a second delivery would show up here.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await back.store.countRequests({ procedure: 'civil-status', kioskReference: reference })).toBe(1);
    expect(await back.store.countRequests({ procedure: 'report', kioskReference: reportReference })).toBe(1);
    expect(await back.store.countRequests()).toBe(2);
    expect(await back.store.requestStatus(reference)).toMatchObject({ kioskReference: reference, procedure: 'civil-status', status: 'received' });

    // Law 09-08: once delivered, the kiosk keeps the office's receipt, not the citizen's data.
    const kioskDb = await SqliteDatabase.open(join(dataDir, 'kiosk.sqlite'), []);
    cleanup.push(() => kioskDb.close());
    const rows = await kioskDb.all<{ state: string; body: string | null }>('SELECT state, body FROM office_outbox');
    expect(rows).toEqual([
      { state: 'delivered', body: null },
      { state: 'delivered', body: null },
    ]);
  });

  it('drops the answer of a slow backend once the session has ended: stale-session, nothing printed', async () => {
    const officeDb = join(mkdtempSync(join(tmpdir(), 'borne-rt-office-')), 'office.sqlite');
    const slow = await officeServer(officeDb, 0, 1500);
    const { rt } = await runtime({ backendUrl: slow.url, token: TEST_OFFICE_TOKEN, requestTimeoutMs: 4000 });
    const sessionId = await identifiedSession(rt);
    const before = printed(rt);

    const submit = rt.router.dispatch('civilStatus.submit', { sessionId, document: 'death-extract', copies: 1, documentLanguage: 'fr' });
    await new Promise((r) => setTimeout(r, 400));
    await call(rt, 'session.end', { sessionId, reason: 'idle' });
    const next = (await call(rt, 'session.start', { language: 'ar' })) as { sessionId: string };

    expect(await submit).toEqual({ ok: false, error: { code: 'stale-session', message: expect.any(String) } });
    // Past the moment the backend answers: still nothing on paper, for anyone.
    await new Promise((r) => setTimeout(r, 1800));
    expect(printed(rt)).toBe(before);
    // The request the citizen confirmed is not lost: the office has it once.
    expect(await slow.store.countRequests({ procedure: 'civil-status' })).toBe(1);
    await call(rt, 'session.end', { sessionId: next.sessionId, reason: 'done' });
  });
});
