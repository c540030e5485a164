import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MRZ_SPECIMENS } from '../../../../hardware/simulators/mrz-specimens.js';
import { createProcedureFixture, type ProcedureFixture } from './procedure-fixture.js';

const STATUS = { trackingNumber: 'AR-2026-000041', procedure: 'civil-status', status: 'ready', updatedAt: '2026-11-27T08:00:00.000Z' };

describe('request tracking', () => {
  let f: ProcedureFixture;
  let sessionId: string;
  beforeEach(async () => {
    f = await createProcedureFixture({ requestTimeoutMs: 200 });
    f.backend.on('GET', /^\/v1\/requests\/AR-2026-000041$/, { kind: 'json', status: 200, body: STATUS });
    sessionId = await f.consentedSession('fr');
  });
  afterEach(async () => f.close());

  const track = (number: string) => f.value('tracking.lookup', { sessionId, number });
  const ready = { ok: true, request: { reference: 'AR-2026-000041', procedure: 'civil-status', status: 'ready', updatedAt: '2026-11-27T08:00:00.000Z' } };

  it('reads a typed number, one in lower case with spaces, and a scanned receipt QR code', async () => {
    expect(await track('AR-2026-000041')).toEqual(ready);
    expect(await track(' ar-2026-000041 ')).toEqual(ready);
    expect(await track('BORNE/R/AR-2026-000041')).toEqual(ready);
  });

  it('reads a number typed or scanned without its hyphens, or in Arabic-Indic digits', async () => {
    expect(await track('AR2026000041')).toEqual(ready);
    expect(await track('ar 2026 000041')).toEqual(ready);
    expect(await track('AR-٢٠٢٦-٠٠٠٠٤١')).toEqual(ready);
    expect(await track('BORNE/R/AR۲۰۲۶۰۰۰۰۴۱')).toEqual(ready);
  });

  it('recognises a queue ticket and refuses what is no tracking number, without asking the office', async () => {
    expect(await track('BORNE/T/2026-11-26/A-014')).toEqual({ ok: false, problem: 'queue-ticket' });
    expect(await track('hello')).toEqual({ ok: false, problem: 'invalid-number' });
    expect(await track('XX-2026-000041')).toEqual({ ok: false, problem: 'invalid-number' });
    expect(f.backend.calls).toEqual([]);
  });

  it('maps an unknown number, an unreachable office and a failing one', async () => {
    expect(await track('RC-2026-000009')).toEqual({ ok: false, problem: 'not-found' });
    f.backend.on('GET', /^\/v1\/requests\//, { kind: 'silence' });
    expect(await track('AR-2026-000041')).toEqual({ ok: false, problem: 'backend-unavailable' });
    f.backend.on('GET', /^\/v1\/requests\//, { kind: 'problem', status: 500, code: 'internal' });
    expect(await track('AR-2026-000041')).toEqual({ ok: false, problem: 'backend-error' });
    f.backend.on('GET', /^\/v1\/requests\//, { kind: 'garbage', status: 200 });
    expect(await track('AR-2026-000041')).toEqual({ ok: false, problem: 'backend-error' });
  });

  it('answers "pending transmission" for a receipt still in this kiosk’s outbox, then asks the office once delivered', async () => {
    f.backend.on('POST', /^\/v1\/civil-status-requests$/, { kind: 'network-error' });
    f.idReader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines);
    const submitted = await f.value('civilStatus.submit', { sessionId, document: 'marriage-extract', copies: 1, documentLanguage: 'ar' });
    expect(submitted).toMatchObject({ outcome: 'submitted', receipt: { reference: 'KDEVKIOSK-2026-000001', transmission: 'pending' } });
    const callsBefore = f.backend.calls.length;
    expect(await track('BORNE/R/KDEVKIOSK-2026-000001')).toEqual({
      ok: true,
      request: { reference: 'KDEVKIOSK-2026-000001', procedure: 'civil-status', status: 'pending-transmission', updatedAt: expect.any(String) },
    });
    expect(f.backend.calls.length).toBe(callsBefore);

    // The office comes back, the outbox delivers, and the office now answers for the kiosk reference.
    f.backend.on('POST', /^\/v1\/civil-status-requests$/, {
      kind: 'json',
      status: 201,
      body: { trackingNumber: 'AR-2026-000050', counter: '3', collectionDate: '2026-11-27', fee: { currency: 'MAD', centimes: 2000 }, status: 'received', kioskReference: 'KDEVKIOSK-2026-000001' },
    });
    f.backend.on('GET', /^\/v1\/requests\/KDEVKIOSK-2026-000001$/, {
      kind: 'json',
      status: 200,
      body: { trackingNumber: 'AR-2026-000050', kioskReference: 'KDEVKIOSK-2026-000001', procedure: 'civil-status', status: 'received', updatedAt: '2026-11-26T10:00:00.000Z' },
    });
    await new Promise((r) => setTimeout(r, 250));
    expect(await f.outbox.drain()).toMatchObject({ delivered: 1 });
    expect(await track('KDEVKIOSK-2026-000001')).toEqual({
      ok: true,
      request: { reference: 'KDEVKIOSK-2026-000001', procedure: 'civil-status', status: 'received', updatedAt: '2026-11-26T10:00:00.000Z' },
    });
  });
});
