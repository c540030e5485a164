import { describe, expect, it } from 'vitest';
import type { TaxNoticeView, TaxPayResult } from '../../../main/contract/kiosk-contract.js';
import { lineName } from '../../../renderer/kiosk/flows/tax/tax-notice-step.js';
import { failureKey } from '../../../renderer/kiosk/flows/tax/tax-outcome-step.js';
import {
  acceptsScan,
  canRetryPayment,
  initialTaxState,
  previousTaxStep,
  taxReducer,
  type TaxAction,
  type TaxState,
} from '../../../renderer/kiosk/flows/tax/tax-state.js';

const NOTICE: TaxNoticeView = {
  reference: 'TSC-2026-000123',
  year: 2026,
  status: 'due',
  dueDate: '2026-03-31',
  amountDueCentimes: 130200,
  lines: [
    { code: 'tsc', label: 'Taxe de services communaux', amountCentimes: 124000 },
    { code: 'late-surcharge', label: 'Majoration de retard', amountCentimes: 6200 },
  ],
};

const run = (actions: TaxAction[], from: TaxState = initialTaxState) => actions.reduce(taxReducer, from);
const atNotice = run([{ type: 'lookup', from: 'scan' }, { type: 'looked-up', result: { ok: true, notice: NOTICE } }]);

describe('tax steps', () => {
  it('finds a scanned notice and shows it', () => {
    expect(atNotice).toMatchObject({ step: 'notice', notice: NOTICE, entry: 'scan' });
  });

  it('brings the citizen back to where they started with the lookup problem, keeping the typed reference', () => {
    const typed = run([{ type: 'show-keyboard' }, { type: 'type', text: 'TSC-2026-999999' }, { type: 'lookup', from: 'type' }]);
    const notFound = taxReducer(typed, { type: 'looked-up', result: { ok: false, problem: 'not-found' } });
    expect(notFound).toMatchObject({ step: 'type', lookupProblem: 'not-found', typed: 'TSC-2026-999999' });
    const down = taxReducer(typed, { type: 'lookup-failed', problem: 'unavailable' });
    expect(down).toMatchObject({ step: 'type', lookupProblem: 'backend-unavailable' });
    // Typing again clears the message.
    expect(taxReducer(notFound, { type: 'type', text: 'TSC-2026-99999' }).lookupProblem).toBeNull();
  });

  it('follows the terminal prompts while paying and ignores them otherwise', () => {
    expect(taxReducer(atNotice, { type: 'prompt', step: 'insert-card' })).toBe(atNotice);
    const paying = run([{ type: 'pay' }, { type: 'prompt', step: 'insert-card' }, { type: 'prompt', step: 'enter-pin' }], atNotice);
    expect(paying).toMatchObject({ step: 'paying', paymentStep: 'enter-pin' });
    expect(previousTaxStep(paying)).toBe('stay');
    expect(acceptsScan(paying)).toBe(false);
  });

  it('does not offer payment for a paid notice', () => {
    const paid = run([{ type: 'lookup', from: 'scan' }, { type: 'looked-up', result: { ok: true, notice: { ...NOTICE, status: 'paid', amountDueCentimes: 0 } } }]);
    expect(taxReducer(paid, { type: 'pay' })).toBe(paid);
  });

  it('ends on the receipt when paid', () => {
    const result: TaxPayResult = {
      outcome: 'paid',
      receipt: {
        trackingNumber: 'TP-2026-000001',
        reference: NOTICE.reference,
        amountCentimes: 130200,
        paidAt: '2026-03-01T10:00:00+01:00',
        paidAtOfficeTime: '10:00',
        authorizationCode: 'A1B2C3',
        maskedPan: '•••• 4242',
        qr: 'BORNE/P/TP-2026-000001',
      },
      print: { ok: true },
    };
    const paid = run([{ type: 'pay' }, { type: 'pay-answered', result }], atNotice);
    expect(paid.step).toBe('paid');
    expect(paid.paid?.receipt.trackingNumber).toBe('TP-2026-000001');
    expect(previousTaxStep(paid)).toBeNull();
  });

  it('tells each failure apart and offers a retry only where nothing is left to settle', () => {
    const failures: TaxPayResult[] = [
      { outcome: 'declined', reason: 'insufficient-funds' },
      { outcome: 'declined', reason: 'wrong-pin' },
      { outcome: 'timed-out' },
      { outcome: 'cancelled' },
      { outcome: 'backend-unavailable' },
      { outcome: 'notice-changed' },
      { outcome: 'terminal-error' },
      { outcome: 'not-confirmed', reversed: true },
      { outcome: 'not-confirmed', reversed: false, print: { ok: true } },
      { outcome: 'not-confirmed', reversed: false, print: { ok: false, reason: 'paper-out' } },
    ];
    const keys = failures.map((result) => {
      const state = run([{ type: 'pay' }, { type: 'pay-answered', result }], atNotice);
      expect(state.step).toBe('payment-outcome');
      return failureKey(state.failure!);
    });
    expect(new Set(keys).size).toBe(failures.length);
    const retry = failures.map((result) => canRetryPayment(result as Exclude<TaxPayResult, { outcome: 'paid' }>));
    expect(retry).toEqual([true, true, true, true, false, false, false, true, false, false]);
  });

  it('marks cancelling and lets the terminal answer the payment', () => {
    const cancelling = run([{ type: 'pay' }, { type: 'cancel' }], atNotice);
    expect(cancelling.cancelling).toBe(true);
    const cancelled = taxReducer(cancelling, { type: 'pay-answered', result: { outcome: 'cancelled' } });
    expect(cancelled).toMatchObject({ step: 'payment-outcome', cancelling: false, failure: { outcome: 'cancelled' } });
    expect(taxReducer(cancelled, { type: 'back' }).step).toBe('notice');
  });

  it('never leads back to the notice of a payment being checked, where it could be paid twice', () => {
    const checking = run([{ type: 'pay' }, { type: 'pay-answered', result: { outcome: 'not-confirmed', reversed: false, checking: true, checkNumber: 'V-68C94323', print: { ok: true } } }], atNotice);
    expect(checking.step).toBe('payment-outcome');
    expect(previousTaxStep(checking)).toBeNull();
    expect(taxReducer(checking, { type: 'back-to-notice' }).step).toBe('payment-outcome');
    const refunded = run([{ type: 'pay' }, { type: 'pay-answered', result: { outcome: 'not-confirmed', reversed: true } }], atNotice);
    expect(taxReducer(refunded, { type: 'back-to-notice' }).step).toBe('notice');
  });

  it('names known breakdown lines in the screen language and falls back to the office label', () => {
    const translate = (key: string) => `«${key}»`;
    expect(lineName('tsc', 'Taxe de services communaux', translate)).toBe('«tax.lines.tsc»');
    expect(lineName('new-levy', 'Redevance nouvelle', translate)).toBe('Redevance nouvelle');
  });
});
