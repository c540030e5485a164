import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MRZ_SPECIMENS } from '../../../../hardware/simulators/mrz-specimens.js';
import type { CivilStatusSubmitResult } from '../../../../main/contract/kiosk-contract.js';
import { idempotencyKeyFor } from '../../../../main/services/procedures/submission-key.js';
import { createProcedureFixture, type ProcedureFixture } from './procedure-fixture.js';

const DELIVERED = {
  trackingNumber: 'AR-2026-000041',
  counter: '3',
  collectionDate: '2026-11-27',
  fee: { currency: 'MAD', centimes: 4000 },
  status: 'received',
};

describe('civil-status requests', () => {
  let f: ProcedureFixture;
  beforeEach(async () => {
    f = await createProcedureFixture({ requestTimeoutMs: 300 });
  });
  afterEach(async () => f.close());

  async function identifiedSession(language: 'fr' | 'ar' = 'fr') {
    const sessionId = await f.consentedSession(language);
    f.idReader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines);
    return sessionId;
  }
  const submit = (sessionId: string) =>
    f.value('civilStatus.submit', { sessionId, document: 'birth-extract', copies: 2, documentLanguage: 'fr' }) as Promise<CivilStatusSubmitResult>;

  it('offers the documents, fees and copies of the configuration', async () => {
    expect(await f.value('civilStatus.options', {})).toEqual({
      documents: [
        { id: 'birth-extract', feePerCopyCentimes: 2000 },
        { id: 'birth-full-copy', feePerCopyCentimes: 3000 },
        { id: 'marriage-extract', feePerCopyCentimes: 2000 },
        { id: 'death-extract', feePerCopyCentimes: 2000 },
      ],
      maxCopies: 5,
      documentLanguages: ['ar', 'fr'],
    });
  });

  it('refuses before consent, without an identity, and beyond the copies allowed', async () => {
    const { id } = f.sessions.start('fr');
    expect(await submit(id)).toEqual({ outcome: 'refused', reason: 'consent-required' });
    await f.value('privacy.consent', { sessionId: id });
    expect(await submit(id)).toEqual({ outcome: 'refused', reason: 'identity-required' });
    f.idReader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines);
    expect(await f.value('civilStatus.submit', { sessionId: id, document: 'death-extract', copies: 6, documentLanguage: 'ar' })).toEqual({
      outcome: 'refused',
      reason: 'invalid',
      field: 'copies',
    });
    expect(f.backend.calls).toEqual([]);
    expect(f.printer.receipts).toEqual([]);
  });

  it('prints the office’s tracking number, counter, collection date and fee when the backend answers', async () => {
    f.backend.on('POST', /^\/v1\/civil-status-requests$/, { kind: 'json', status: 201, body: DELIVERED });
    const sessionId = await identifiedSession();
    const result = await submit(sessionId);
    expect(result).toEqual({
      outcome: 'submitted',
      receipt: {
        reference: 'AR-2026-000041',
        transmission: 'delivered',
        document: 'birth-extract',
        copies: 2,
        counter: '3',
        collectionDate: '2026-11-27',
        feeCentimes: 4000,
        qr: 'BORNE/R/AR-2026-000041',
      },
      print: { ok: true },
    });
    const [call] = f.backend.calls;
    expect(call?.body).toEqual({
      document: 'birth-extract',
      copies: 2,
      documentLanguage: 'fr',
      identity: { method: 'mrz', documentFormat: 'TD1', issuingState: 'MAR', documentNumber: 'XA0012345', birthDate: '1985-06-14', expiryDate: '2031-09-12' },
      kioskReference: 'KDEVKIOSK-2026-000001',
    });
    expect(call?.idempotencyKey).toBe(idempotencyKeyFor('KDEVKIOSK-2026-000001'));
    const texts = f.printer.texts();
    expect(texts).toEqual(
      expect.arrayContaining(['Extrait d’acte de naissance', '2', 'Français', '\u2066•••• 2345\u2069', '\u2066AR-2026-000041\u2069', '27 novembre 2026', 'BORNE/R/AR-2026-000041']),
    );
    expect(texts.some((t) => t.startsWith('40,00'))).toBe(true);
    expect(texts.join(' ')).not.toContain('XA0012345');
    expect(f.logLines.filter((l) => l.startsWith('procedure outcome'))).toHaveLength(1);
    expect(f.logLines.join('\n')).not.toMatch(/XA0012345|BENALI|1985-06-14/);
  });

  for (const [what, answer] of [
    ['a 500', { kind: 'problem', status: 500, code: 'internal' }],
    ['garbage instead of JSON', { kind: 'garbage', status: 200 }],
    ['no network', { kind: 'network-error' }],
    ['no answer in time', { kind: 'silence' }],
  ] as const) {
    it(`keeps the request in the outbox and prints "pending transmission" on ${what}`, async () => {
      f.backend.on('POST', /^\/v1\/civil-status-requests$/, answer);
      const sessionId = await identifiedSession('ar');
      const started = Date.now();
      const result = await submit(sessionId);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(result).toEqual({
        outcome: 'submitted',
        receipt: {
          reference: 'KDEVKIOSK-2026-000001',
          transmission: 'pending',
          document: 'birth-extract',
          copies: 2,
          counter: '3',
          feeCentimes: 4000,
          qr: 'BORNE/R/KDEVKIOSK-2026-000001',
        },
        print: { ok: true },
      });
      expect(f.printer.texts()).toEqual(expect.arrayContaining(['في انتظار الإرسال', '\u2066KDEVKIOSK-2026-000001\u2069']));
      expect((await f.outbox.get(idempotencyKeyFor('KDEVKIOSK-2026-000001')))?.state).toBe('pending');
    });
  }

  it('says "rejected" and prints nothing when the backend refuses the request itself', async () => {
    f.backend.on('POST', /^\/v1\/civil-status-requests$/, { kind: 'problem', status: 400, code: 'invalid-body' });
    const sessionId = await identifiedSession();
    expect(await submit(sessionId)).toEqual({ outcome: 'refused', reason: 'rejected' });
    expect(f.printer.receipts).toEqual([]);
  });

  it('drops a late answer after the session ended: stale-session, nothing printed for the next citizen', async () => {
    let release: () => void = () => undefined;
    f.backend.on('POST', /^\/v1\/civil-status-requests$/, () => new Promise((resolve) => {
      release = () => resolve({ kind: 'json', status: 201, body: DELIVERED });
    }));
    const sessionId = await identifiedSession();
    const pending = f.request('civilStatus.submit', { sessionId, document: 'birth-extract', copies: 2, documentLanguage: 'fr' });
    await expect.poll(() => f.backend.calls.length).toBe(1);
    f.sessions.end(sessionId);
    const next = f.sessions.start('ar');
    release();
    expect(await pending).toEqual({ ok: false, error: { code: 'stale-session', message: 'this session has ended' } });
    expect(f.printer.receipts).toEqual([]);
    expect(f.events.filter((e) => (e.payload as { sessionId?: string }).sessionId === next.id)).toEqual([]);
    // The request itself is not lost: the outbox still holds it for the office.
    expect((await f.outbox.get(idempotencyKeyFor('KDEVKIOSK-2026-000001')))?.state).not.toBe('rejected');
  });
});
