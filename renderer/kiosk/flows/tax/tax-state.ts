// Local tax payment as a pure reducer: find the notice (scanned or typed), show it, pay by
// card while the terminal says what to do, and tell every outcome apart.
import type {
  PaymentStep,
  PrintOutcome,
  TaxLookupResult,
  TaxNoticeView,
  TaxPaymentReceiptView,
  TaxPayResult,
} from '../../../../main/contract/kiosk-contract.js';
import type { RequestProblem } from '../shared/flow-hooks.js';

export type TaxStep = 'scan' | 'type' | 'looking-up' | 'notice' | 'paying' | 'payment-outcome' | 'paid';
export type LookupProblem = Extract<TaxLookupResult, { ok: false }>['problem'];

/** How a payment ended other than paid; 'unknown' when the kiosk lost track of the request itself. */
export type PaymentFailure = Exclude<TaxPayResult, { outcome: 'paid' }> | { outcome: 'unknown'; problem: RequestProblem };

export interface TaxState {
  step: TaxStep;
  /** What the citizen typed; kept when they switch to the scanner and back. */
  typed: string;
  /** Where the citizen started the lookup, to go back to it with a message. */
  entry: 'scan' | 'type';
  lookupProblem: LookupProblem | null;
  notice: TaxNoticeView | null;
  paymentStep: PaymentStep | null;
  cancelling: boolean;
  failure: PaymentFailure | null;
  paid: { receipt: TaxPaymentReceiptView; print: PrintOutcome } | null;
}

export type TaxAction =
  | { type: 'show-keyboard' }
  | { type: 'show-scanner' }
  | { type: 'type'; text: string }
  | { type: 'lookup'; from: 'scan' | 'type' }
  | { type: 'looked-up'; result: TaxLookupResult }
  | { type: 'lookup-failed'; problem: RequestProblem }
  | { type: 'pay' }
  | { type: 'prompt'; step: PaymentStep }
  | { type: 'cancel' }
  | { type: 'cancel-failed' }
  | { type: 'pay-answered'; result: TaxPayResult }
  | { type: 'pay-failed'; problem: RequestProblem }
  | { type: 'back-to-notice' }
  /** "Another notice": back to the start, the last typed reference kept. */
  | { type: 'another' }
  | { type: 'back' };

export const initialTaxState: TaxState = {
  step: 'scan',
  typed: '',
  entry: 'scan',
  lookupProblem: null,
  notice: null,
  paymentStep: null,
  cancelling: false,
  failure: null,
  paid: null,
};

/** Where Back leads; null leaves the procedure, 'stay' means Back does nothing now. */
export function previousTaxStep(state: TaxState): TaxStep | null | 'stay' {
  switch (state.step) {
    case 'scan':
    case 'paid':
      return null;
    case 'type':
      return 'scan';
    case 'notice':
      return state.entry;
    case 'payment-outcome':
      // Back to a notice whose payment is being checked would invite paying it twice.
      return state.failure && isBeingChecked(state.failure) ? null : 'notice';
    case 'looking-up':
    case 'paying':
      // The terminal or the office is working: Cancel is the way out of a payment.
      return 'stay';
  }
}

/** Whether a scanned code should start a lookup now. */
export function acceptsScan(state: TaxState): boolean {
  return state.step === 'scan' || state.step === 'type' || state.step === 'notice' || state.step === 'payment-outcome';
}

export function taxReducer(state: TaxState, action: TaxAction): TaxState {
  switch (action.type) {
    case 'show-keyboard':
      return state.step === 'scan' ? { ...state, step: 'type', lookupProblem: null } : state;
    case 'show-scanner':
      return state.step === 'type' ? { ...state, step: 'scan', lookupProblem: null } : state;
    case 'type':
      return { ...state, typed: action.text, lookupProblem: null };
    case 'lookup':
      if (state.step === 'looking-up' || state.step === 'paying') return state;
      return { ...state, step: 'looking-up', entry: action.from, lookupProblem: null, notice: null, failure: null };
    case 'looked-up':
      if (state.step !== 'looking-up') return state;
      if (action.result.ok) return { ...state, step: 'notice', notice: action.result.notice };
      return { ...state, step: state.entry, lookupProblem: action.result.problem };
    case 'lookup-failed':
      if (state.step !== 'looking-up') return state;
      return { ...state, step: state.entry, lookupProblem: action.problem === 'unavailable' ? 'backend-unavailable' : 'backend-error' };
    case 'pay':
      if (state.step !== 'notice' && state.step !== 'payment-outcome') return state;
      if (!state.notice || state.notice.status !== 'due' || state.notice.amountDueCentimes === 0) return state;
      return { ...state, step: 'paying', paymentStep: null, cancelling: false, failure: null };
    case 'prompt':
      return state.step === 'paying' ? { ...state, paymentStep: action.step } : state;
    case 'cancel':
      return state.step === 'paying' ? { ...state, cancelling: true } : state;
    case 'cancel-failed':
      return state.step === 'paying' ? { ...state, cancelling: false } : state;
    case 'pay-answered':
      if (state.step !== 'paying') return state;
      if (action.result.outcome === 'paid') {
        return { ...state, step: 'paid', paid: { receipt: action.result.receipt, print: action.result.print }, cancelling: false };
      }
      return { ...state, step: 'payment-outcome', failure: action.result, cancelling: false };
    case 'pay-failed':
      if (state.step !== 'paying') return state;
      return { ...state, step: 'payment-outcome', failure: { outcome: 'unknown', problem: action.problem }, cancelling: false };
    case 'back-to-notice':
      return state.step === 'payment-outcome' && !(state.failure && isBeingChecked(state.failure)) ? { ...state, step: 'notice', failure: null } : state;
    case 'another':
      if (state.step !== 'notice' && state.step !== 'payment-outcome') return state;
      return { ...state, step: 'scan', entry: 'scan', notice: null, failure: null, lookupProblem: null };
    case 'back': {
      const previous = previousTaxStep(state);
      if (previous === null || previous === 'stay') return state;
      return { ...state, step: previous, lookupProblem: null, failure: null };
    }
  }
}

/** A charge the office may have recorded, settled later: the citizen owes nothing more now. */
export function isBeingChecked(failure: PaymentFailure): boolean {
  return failure.outcome === 'not-confirmed' && failure.checking === true && !failure.reversed;
}

/** Whether the citizen may try the same card payment again after this failure. */
export function canRetryPayment(failure: PaymentFailure): boolean {
  switch (failure.outcome) {
    case 'declined':
    case 'timed-out':
    case 'cancelled':
      return true;
    case 'not-confirmed':
      // A reversed payment left nothing behind; an unreversed one must be settled at the counter.
      return failure.reversed;
    case 'backend-unavailable':
    case 'notice-changed':
    case 'terminal-error':
    case 'unknown':
      return false;
  }
}
