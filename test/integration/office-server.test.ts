import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OfficeClient } from '../../main/office/office-client.js';
import { type OfficeServer, startOfficeServer } from '../../main/office-server/office-server.js';
import { TEST_OFFICE_TOKEN } from '../helpers/office-token.js';

// Friday 27 November 2026, 10:00 in Casablanca.
const NOW = new Date('2026-11-27T09:00:00Z');
const civil = {
  document: 'birth-full-copy',
  copies: 3,
  documentLanguage: 'ar',
  identity: { method: 'card-number', cardNumber: 'BE123456', birthDate: '1974-08-12' },
} as const;
const report = {
  kind: 'complaint',
  category: 'waste',
  place: { arrondissementId: 'hay-mohammadi', neighbourhoodId: 'hay-mohammadi-1', landmark: 'Près du marché' },
  description: 'Bac à ordures plein depuis cinq jours',
  contact: { phone: '+212612345678', smsConsent: true },
} as const;

let server: OfficeServer;
let client: OfficeClient;
let dir: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'borne-office-'));
  server = await startOfficeServer({ token: TEST_OFFICE_TOKEN, port: 0, dbPath: join(dir, 'office.sqlite'), now: () => NOW });
  client = new OfficeClient({ baseUrl: server.url, token: TEST_OFFICE_TOKEN, timeoutMs: 3000 });
});
afterEach(async () => {
  await server.close();
});

async function post(path: string, body: unknown, key: string | undefined): Promise<{ status: number; type: string | null; json: Record<string, unknown> }> {
  const res = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_OFFICE_TOKEN}`, ...(key ? { 'idempotency-key': key } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), json: (await res.json()) as Record<string, unknown> };
}

describe('embedded office server', () => {
  it('answers its health check on 127.0.0.1', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await client.health()).toMatchObject({ ok: true, value: { status: 'ok' } });
  });

  it('records a civil-status request: tracking number, counter, next working day, fee per copy', async () => {
    const r = await client.submitCivilStatusRequest(civil, randomUUID());
    expect(r).toMatchObject({ ok: true, status: 201, replayed: false });
    if (!r.ok) return;
    expect(r.value.trackingNumber).toBe('AR-2026-000001');
    expect(r.value.collectionDate).toBe('2026-11-30'); // Friday → Monday
    expect(r.value.fee).toEqual({ currency: 'MAD', centimes: 9000 });
    const second = await client.submitCivilStatusRequest({ ...civil, copies: 1 }, randomUUID());
    expect(second.ok && second.value.trackingNumber).toBe('AR-2026-000002');
  });

  it('records a report with its 60-day answer deadline, numbered apart from civil status', async () => {
    const r = await client.submitReport(report, randomUUID());
    expect(r).toMatchObject({ ok: true, value: { trackingNumber: 'RC-2026-000001', answerDeadline: '2027-01-26', status: 'received' } });
  });

  it('replays the same answer for the same key and body, refuses the same key with another body', async () => {
    const key = randomUUID();
    const first = await post('/v1/reports', report, key);
    const again = await post('/v1/reports', report, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    const conflict = await post('/v1/reports', { ...report, description: 'Autre chose' }, key);
    expect(conflict.status).toBe(422);
    expect(conflict.type).toBe('application/problem+json');
    expect(conflict.json).toMatchObject({ code: 'idempotency-conflict', status: 422 });
    // Only one report was recorded: the next one gets number 2.
    const next = await client.submitReport(report, randomUUID());
    expect(next.ok && next.value.trackingNumber).toBe('RC-2026-000002');
  });

  it('refuses a POST without an Idempotency-Key, bad JSON and invalid fields, naming fields but not values', async () => {
    expect(await post('/v1/reports', report, undefined)).toMatchObject({ status: 400, json: { code: 'idempotency-key-required' } });
    expect(await post('/v1/reports', '{"kind":', randomUUID())).toMatchObject({ status: 400, json: { code: 'invalid-body' } });
    const bad = await post('/v1/reports', { ...report, description: 'x'.repeat(1001), contact: { phone: '+212612345678', smsConsent: false } }, randomUUID());
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toContain('description');
    expect(JSON.stringify(bad.json)).not.toContain('+212612345678');
  });

  it('shows a tax notice with its breakdown, and 404 for an unknown reference', async () => {
    const r = await client.getTaxNotice('TSC-2026-000123');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.amountDue.centimes).toBe(r.value.lines.reduce((s, l) => s + l.amount.centimes, 0));
    expect(r.value.lines.map((l) => l.label)).toContain('Taxe de services communaux');
    expect(await client.getTaxNotice('TSC-2026-999999')).toMatchObject({ ok: false, kind: 'not-found', status: 404 });
    expect(await client.getTaxNotice('nonsense')).toMatchObject({ ok: false, kind: 'not-found' });
  });

  it('confirms a payment of the amount due once, and refuses a wrong amount or a second payment', async () => {
    const amount = { currency: 'MAD', centimes: 86000 } as const;
    const wrong = await client.payTaxNotice('TSC-2026-000456', { authorizationCode: 'A1B2C3', terminalId: 'tpe-1', amount: { currency: 'MAD', centimes: 100 } }, randomUUID());
    expect(wrong).toMatchObject({ ok: false, kind: 'rejected', status: 422, code: 'amount-mismatch' });
    const key = randomUUID();
    const paid = await client.payTaxNotice('TSC-2026-000456', { authorizationCode: 'A1B2C3', terminalId: 'tpe-1', amount }, key);
    expect(paid).toMatchObject({ ok: true, status: 201, value: { status: 'confirmed', trackingNumber: 'PT-2026-000001' } });
    const replay = await client.payTaxNotice('TSC-2026-000456', { authorizationCode: 'A1B2C3', terminalId: 'tpe-1', amount }, key);
    expect(replay).toMatchObject({ ok: true, status: 200, replayed: true, value: { trackingNumber: 'PT-2026-000001' } });
    const twice = await client.payTaxNotice('TSC-2026-000456', { authorizationCode: 'Z9Y8X7', terminalId: 'tpe-1', amount }, randomUUID());
    expect(twice).toMatchObject({ ok: false, kind: 'rejected', status: 409, code: 'already-paid' });
    expect(await client.getTaxNotice('TSC-2026-000456')).toMatchObject({ ok: true, value: { status: 'paid', amountDue: { centimes: 0 } } });
    expect(await client.payTaxNotice('TSC-2026-999999', { authorizationCode: 'A1B2C3', terminalId: 'tpe-1', amount }, randomUUID())).toMatchObject({ ok: false, kind: 'not-found' });
  });

  it('tracks a request by its number as office staff move it along', async () => {
    const r = await client.submitCivilStatusRequest(civil, randomUUID());
    if (!r.ok) throw new Error(r.detail);
    expect(await client.getRequestStatus(r.value.trackingNumber)).toMatchObject({ ok: true, value: { status: 'received', procedure: 'civil-status' } });
    expect(await server.store.setRequestStatus(r.value.trackingNumber, 'ready')).toBe(true);
    expect(await client.getRequestStatus(r.value.trackingNumber)).toMatchObject({ ok: true, value: { status: 'ready' } });
    expect(await client.getRequestStatus('AR-2026-999999')).toMatchObject({ ok: false, kind: 'not-found' });
  });

  it('keeps its numbering and idempotency records across a restart', async () => {
    const key = randomUUID();
    const first = await client.submitReport(report, key);
    await server.close();
    server = await startOfficeServer({ token: TEST_OFFICE_TOKEN, port: 0, dbPath: join(dir, 'office.sqlite'), now: () => NOW });
    client = new OfficeClient({ baseUrl: server.url, token: TEST_OFFICE_TOKEN });
    const replay = await client.submitReport(report, key);
    expect(replay).toMatchObject({ ok: true, status: 200 });
    expect(replay.ok && first.ok && replay.value.trackingNumber === first.value.trackingNumber).toBe(true);
  });

  it('records a request sent five times at once with one key only once', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post('/v1/civil-status-requests', civil, key)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json.trackingNumber))).toEqual(new Set(['AR-2026-000001']));
  });

  it('tracks a request by the kiosk reference printed while the backend was unreachable', async () => {
    const r = await client.submitReport({ ...report, kioskReference: 'KHM01-2026-000042' }, randomUUID());
    expect(r).toMatchObject({ ok: true, value: { kioskReference: 'KHM01-2026-000042' } });
    const byRef = await client.getRequestStatus('KHM01-2026-000042');
    expect(byRef).toMatchObject({ ok: true, value: { procedure: 'report', status: 'received', kioskReference: 'KHM01-2026-000042' } });
    expect(byRef.ok && r.ok && byRef.value.trackingNumber === r.value.trackingNumber).toBe(true);
    const taken = await client.submitCivilStatusRequest({ ...civil, kioskReference: 'KHM01-2026-000042' }, randomUUID());
    expect(taken).toMatchObject({ ok: false, kind: 'rejected', status: 409, code: 'kiosk-reference-taken' });
  });

  it('lists exactly the paths it serves in the OpenAPI document', () => {
    const yaml = readFileSync(new URL('../../resources/openapi/office-api.yaml', import.meta.url), 'utf8');
    const paths = [...yaml.matchAll(/^ {2}(\/v1\/\S+):$/gm)].map((m) => m[1]);
    expect(paths).toEqual([
      '/v1/health',
      '/v1/civil-status-requests',
      '/v1/reports',
      '/v1/tax-notices/{reference}',
      '/v1/tax-notices/{reference}/payments',
      '/v1/tax-payments/{idempotencyKey}',
      '/v1/requests/{trackingNumber}',
      '/v1/requests/{idempotencyKey}/withdraw',
    ]);
  });

  it('tells a payment recorded under a key; a key it never recorded becomes void for good', async () => {
    const payment = { authorizationCode: 'A1B2C3', terminalId: 'k1', amount: { currency: 'MAD', centimes: 86000 } } as const;
    const paidKey = randomUUID();
    const paid = await client.payTaxNotice('TSC-2026-000456', payment, paidKey);
    expect(paid).toMatchObject({ ok: true });
    const recorded = await client.getTaxPaymentState(paidKey);
    expect(recorded).toMatchObject({ ok: true, value: { state: 'recorded', receipt: { reference: 'TSC-2026-000456', status: 'confirmed' } } });
    if (recorded.ok && paid.ok && recorded.value.state === 'recorded') expect(recorded.value.receipt).toEqual(paid.value);

    const lostKey = randomUUID();
    expect(await client.getTaxPaymentState(lostKey)).toMatchObject({ ok: true, value: { state: 'void' } });
    // The payment request arrives late (a slow proxy): the office refuses it, finally.
    const late = await client.payTaxNotice('TSC-2026-000123', { ...payment, amount: { currency: 'MAD', centimes: 130200 } }, lostKey);
    expect(late).toMatchObject({ ok: false, kind: 'rejected', status: 409, code: 'payment-voided', fromOffice: true });
    expect(await client.getTaxPaymentState(lostKey)).toMatchObject({ ok: true, value: { state: 'void' } });
    expect(await server.store.countPayments(lostKey)).toBe(0);
    const notice = await client.getTaxNotice('TSC-2026-000123');
    expect(notice).toMatchObject({ ok: true, value: { status: 'due' } });
  });
});
