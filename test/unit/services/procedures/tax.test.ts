import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaxPayResult } from '../../../../main/contract/kiosk-contract.js';
import { createProcedureFixture, type ProcedureFixture } from './procedure-fixture.js';

const NOTICE = {
  reference: 'TSC-2026-000123',
  year: 2026,
  status: 'due',
  dueDate: '2026-03-31',
  amountDue: { currency: 'MAD', centimes: 130200 },
  lines: [
    { code: 'tsc', label: 'Taxe de services communaux', amount: { currency: 'MAD', centimes: 124000 } },
    { code: 'late-surcharge', label: 'Majoration de retard', amount: { currency: 'MAD', centimes: 6200 } },
  ],
};
const CONFIRMED = { trackingNumber: 'PT-2026-000003', reference: 'TSC-2026-000123', status: 'confirmed', amount: { currency: 'MAD', centimes: 130200 }, paidAt: '2026-11-26T09:16:00.000Z' };
const NOTICE_ROUTE = /^\/v1\/tax-notices\/TSC-2026-000123$/;
const PAY_ROUTE = /^\/v1\/tax-notices\/TSC-2026-000123\/payments$/;
const STATE_ROUTE = /^\/v1\/tax-payments\/[0-9a-f-]{36}$/;

describe('local taxes', () => {
  let f: ProcedureFixture;
  let sessionId: string;
  beforeEach(async () => {
    f = await createProcedureFixture();
    f.backend.on('GET', NOTICE_ROUTE, { kind: 'json', status: 200, body: NOTICE });
    f.backend.on('POST', PAY_ROUTE, { kind: 'json', status: 201, body: CONFIRMED });
    sessionId = f.sessions.start('fr').id;
  });
  afterEach(async () => f.close());

  const lookup = (reference: string) => f.value('tax.lookup', { sessionId, reference });
  const pay = () => f.value('tax.pay', { sessionId, reference: 'TSC-2026-000123' }) as Promise<TaxPayResult>;
  /** The reversal the kiosk would send for the last payment, from what kiosk.sqlite saved. */
  const savedReversal = async () => {
    const row = await f.db.get<{ authorization_code: string; amount_centimes: number; transaction_reference: string }>(
      'SELECT authorization_code, amount_centimes, transaction_reference FROM payment_incidents ORDER BY id DESC LIMIT 1',
    );
    if (!row) throw new Error('no payment row');
    return { authorizationCode: row.authorization_code, amountCentimes: row.amount_centimes, transactionReference: row.transaction_reference };
  };

  it('finds a notice typed in lower case with spaces, or scanned inside a longer code', async () => {
    const expected = {
      ok: true,
      notice: {
        reference: 'TSC-2026-000123',
        year: 2026,
        status: 'due',
        dueDate: '2026-03-31',
        amountDueCentimes: 130200,
        lines: [
          { code: 'tsc', label: 'Taxe de services communaux', amountCentimes: 124000 },
          { code: 'late-surcharge', label: 'Majoration de retard', amountCentimes: 6200 },
        ],
      },
    };
    expect(await lookup('  tsc-2026-000123 ')).toEqual(expected);
    expect(await lookup('AVIS:TSC-2026-000123;2026')).toEqual(expected);
    expect(f.backend.calls.map((c) => c.path)).toEqual(['/v1/tax-notices/TSC-2026-000123', '/v1/tax-notices/TSC-2026-000123']);
  });

  it('tells an invalid reference, an unknown notice, an unreachable office and a broken one apart', async () => {
    expect(await lookup('hello')).toEqual({ ok: false, problem: 'invalid-reference' });
    expect(await lookup('TSC-2026-999999')).toEqual({ ok: false, problem: 'not-found' });
    f.backend.on('GET', NOTICE_ROUTE, { kind: 'network-error' });
    expect(await lookup('TSC-2026-000123')).toEqual({ ok: false, problem: 'backend-unavailable' });
    f.backend.on('GET', NOTICE_ROUTE, { kind: 'problem', status: 500, code: 'internal' });
    expect(await lookup('TSC-2026-000123')).toEqual({ ok: false, problem: 'backend-error' });
    f.backend.on('GET', NOTICE_ROUTE, { kind: 'garbage', status: 200 });
    expect(await lookup('TSC-2026-000123')).toEqual({ ok: false, problem: 'backend-error' });
  });

  it('charges the amount shown, forwards the terminal prompts to the session, and prints the receipt', async () => {
    await lookup('TSC-2026-000123');
    const result = await pay();
    expect(result).toEqual({
      outcome: 'paid',
      receipt: {
        trackingNumber: 'PT-2026-000003',
        reference: 'TSC-2026-000123',
        amountCentimes: 130200,
        paidAt: '2026-11-26T09:16:00.000Z',
        paidAtOfficeTime: '10:16',
        authorizationCode: '000001',
        maskedPan: '**** 7899',
        qr: 'BORNE/R/PT-2026-000003',
      },
      print: { ok: true },
    });
    expect(f.eventsOf('payment.prompt')).toEqual(['insert-card', 'enter-pin', 'processing', 'remove-card'].map((step) => ({ sessionId, step })));
    const [payment] = f.backend.callsTo('POST', PAY_ROUTE);
    expect(payment?.body).toEqual({ authorizationCode: '000001', terminalId: 'dev-kiosk', amount: { currency: 'MAD', centimes: 130200 } });
    expect(f.printer.texts()).toEqual(
      expect.arrayContaining(['Taxe de services communaux', 'Majoration de retard', '\u2066**** 7899\u2069', '\u2066000001\u2069', 'BORNE/R/PT-2026-000003']),
    );
    expect(f.printer.texts().some((t) => /^1\D?302,00 DH$/.test(t))).toBe(true);
    expect(f.logLines.join('\n')).not.toContain('7899');
  });

  it('never asks for a card when the office cannot be reached right before the payment', async () => {
    await lookup('TSC-2026-000123');
    f.backend.on('GET', NOTICE_ROUTE, { kind: 'network-error' });
    expect(await pay()).toEqual({ outcome: 'backend-unavailable' });
    f.backend.on('GET', NOTICE_ROUTE, { kind: 'problem', status: 503, code: 'internal' });
    expect(await pay()).toEqual({ outcome: 'backend-unavailable' });
    expect(f.eventsOf('payment.prompt')).toEqual([]);
    expect(f.backend.callsTo('POST', PAY_ROUTE)).toEqual([]);
  });

  it('refuses to charge a notice not shown, paid meanwhile, or whose amount changed', async () => {
    expect(await pay()).toEqual({ outcome: 'notice-changed' });
    await lookup('TSC-2026-000123');
    f.backend.on('GET', NOTICE_ROUTE, { kind: 'json', status: 200, body: { ...NOTICE, amountDue: { currency: 'MAD', centimes: 140000 } } });
    expect(await pay()).toEqual({ outcome: 'notice-changed' });
    f.backend.on('GET', NOTICE_ROUTE, { kind: 'json', status: 200, body: { ...NOTICE, status: 'paid', amountDue: { currency: 'MAD', centimes: 0 } } });
    expect(await pay()).toEqual({ outcome: 'notice-changed' });
    expect(f.eventsOf('payment.prompt')).toEqual([]);
  });

  it('maps a declined card, a citizen who walks away and a terminal failure to their outcomes', async () => {
    await lookup('TSC-2026-000123');
    f.paymentTerminal.setNextOutcome('decline', { reason: 'insufficient-funds' });
    expect(await pay()).toEqual({ outcome: 'declined', reason: 'insufficient-funds' });
    f.paymentTerminal.setNextOutcome('timeout', { stallAt: 'enter-pin' });
    expect(await pay()).toEqual({ outcome: 'timed-out' });
    f.paymentTerminal.setNextOutcome('error');
    expect(await pay()).toEqual({ outcome: 'terminal-error' });
    f.paymentTerminal.setUnplugged(true);
    expect(await pay()).toEqual({ outcome: 'terminal-error' });
    expect(f.backend.callsTo('POST', PAY_ROUTE)).toEqual([]);
    expect(f.printer.receipts).toEqual([]);
  });

  it('cancels the running payment on the citizen’s request', async () => {
    await lookup('TSC-2026-000123');
    f.paymentTerminal.setNextOutcome('timeout');
    const paying = pay();
    await expect.poll(() => f.eventsOf('payment.prompt').length).toBe(1);
    await f.value('tax.cancelPayment', { sessionId });
    expect(await paying).toEqual({ outcome: 'cancelled' });
  });

  it('retries the confirmation with the same idempotency key when the office does not answer', async () => {
    await lookup('TSC-2026-000123');
    let attempts = 0;
    f.backend.on('POST', PAY_ROUTE, () => (++attempts === 1 ? { kind: 'network-error' } : { kind: 'json', status: 201, body: CONFIRMED }));
    expect(await pay()).toMatchObject({ outcome: 'paid' });
    const keys = f.backend.callsTo('POST', PAY_ROUTE).map((c) => c.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('gives the charge back only once the office says it holds no such payment', async () => {
    await lookup('TSC-2026-000123');
    f.backend.on('POST', PAY_ROUTE, { kind: 'problem', status: 409, code: 'already-paid' });
    f.backend.on('GET', STATE_ROUTE, { kind: 'json', status: 200, body: { state: 'void' } });
    expect(await pay()).toEqual({ outcome: 'not-confirmed', reversed: true });
    expect(f.printer.receipts).toEqual([]);
    // Asked under the very key the payment was sent with.
    const payKey = f.backend.callsTo('POST', PAY_ROUTE)[0]?.idempotencyKey;
    expect(f.backend.callsTo('GET', STATE_ROUTE)[0]?.path).toBe(`/v1/tax-payments/${payKey}`);
    // Reversed by the transaction's reference saved in the row: a second reversal moves no money.
    expect(await f.paymentTerminal.reverse(await savedReversal())).toEqual({ ok: true, alreadyReversed: true });
    expect(await f.paymentTerminal.reverse({ ...(await savedReversal()), transactionReference: 'MPT1.000001.1.0000000000000000.0000000000000000' })).toEqual({ ok: false });
  });

  it('a 500 after the office recorded the payment: the office is asked, the payment is paid, the card is not refunded', async () => {
    await lookup('TSC-2026-000123');
    f.backend.on('POST', PAY_ROUTE, { kind: 'garbage', status: 500 });
    f.backend.on('GET', STATE_ROUTE, { kind: 'json', status: 200, body: { state: 'recorded', receipt: CONFIRMED } });
    expect(await pay()).toMatchObject({ outcome: 'paid', receipt: { trackingNumber: 'PT-2026-000003' } });
    // Never reversed: the first reversal of it would still be a new one.
    expect(await f.paymentTerminal.reverse(await savedReversal())).toEqual({ ok: true });
  });

  it('never refunds while the office may hold the payment: an office that cannot say gives a slip "being checked"', async () => {
    await lookup('TSC-2026-000123');
    f.backend.on('POST', PAY_ROUTE, { kind: 'network-error' });
    f.backend.on('GET', STATE_ROUTE, { kind: 'network-error' });
    const result = await pay();
    expect(result).toMatchObject({ outcome: 'not-confirmed', reversed: false, checking: true, print: { ok: true } });
    const checkNumber = result.outcome === 'not-confirmed' ? result.checkNumber : undefined;
    expect(checkNumber).toMatch(/^V-[0-9A-F]{8}$/);
    expect(f.backend.callsTo('POST', PAY_ROUTE)).toHaveLength(3);
    // Not reversed: the approval is still there to give back if the office later says void.
    expect(await f.paymentTerminal.reverse(await savedReversal())).toEqual({ ok: true });
    expect(f.printer.texts()).toEqual(
      expect.arrayContaining(['Paiement en cours de vérification', `\u2066${checkNumber}\u2069`, '\u2066TSC-2026-000123\u2069', '\u2066000001\u2069']),
    );
    expect(f.printer.texts().join('\n')).toContain('soit le montant est rendu à votre carte');
    expect(f.logLines.join('\n')).not.toContain('4000001234567899');
  });

  it('cancels the terminal when the session ends mid-payment, and answers stale-session', async () => {
    await lookup('TSC-2026-000123');
    f.paymentTerminal.setNextOutcome('timeout');
    const paying = f.request('tax.pay', { sessionId, reference: 'TSC-2026-000123' });
    await expect.poll(() => f.eventsOf('payment.prompt').length).toBe(1);
    f.sessions.end(sessionId);
    f.sessions.start('ar');
    expect(await paying).toEqual({ ok: false, error: { code: 'stale-session', message: 'this session has ended' } });
    expect(f.paymentTerminal.status().state).toBe('ready');
    expect(f.printer.receipts).toEqual([]);
  });
});
