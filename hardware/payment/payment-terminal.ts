// The card payment terminal as services see it, whichever driver is behind it.
//
// Real terminals plug in later through the acquirer's SDK: typically a local bridge
// (TCP/JSON on 127.0.0.1, or a nexo / ISO 20022-style protocol) that takes an amount and a
// reference, drives the card and PIN dialogue itself and answers with an outcome. The
// interface is shaped for that: one call per payment, prompts as events, an outcome that
// never carries the full card number. A real driver's startPayment must never reject (map
// SDK failures to `error`), and must void or reverse an approval it already holds before
// reporting `cancelled`: the kiosk treats the outcome as the truth, not its cancel() call.
import type { Device, DeviceEvents, DeviceKind } from '../devices/device.js';

export const PAYMENT_TERMINAL_DEVICE_ID = 'payment-terminal';

export const PAYMENT_TERMINAL_KIND: DeviceKind = 'payment-terminal';

/** Highest amount one payment may take: 100,000 MAD. */
export const MAX_PAYMENT_CENTIMES = 10_000_000;

export interface PaymentRequest {
  /** Positive whole number of centimes, at most MAX_PAYMENT_CENTIMES. */
  amountCentimes: number;
  currency: 'MAD';
  /** Ties the payment to the tax notice or order; never logged by the drivers. */
  reference: string;
}

/** Why the card was refused, coarse enough to tell the citizen what to do next. */
export type PaymentDeclineReason = 'refused' | 'insufficient-funds' | 'wrong-pin' | 'card-expired' | 'card-blocked';

/** `detail` values the drivers use for errors the kiosk itself causes or can explain. */
export const PAYMENT_ERROR = {
  busy: 'busy',
  invalidAmount: 'invalid-amount',
  invalidCurrency: 'invalid-currency',
  invalidReference: 'invalid-reference',
  notReady: 'not-ready',
  disconnected: 'terminal-disconnected',
  acquirerUnreachable: 'acquirer-unreachable',
} as const;

export type PaymentOutcome =
  | {
      status: 'approved';
      authorizationCode: string;
      /** Last four digits only, e.g. '**** 1234'. */
      maskedPan: string;
      amountCentimes: number;
      /**
       * The terminal's reference of this transaction (what the acquirer files it under): a
       * reversal names it. Kept with the payment until it is settled, across restarts.
       */
      transactionReference: string;
    }
  | { status: 'declined'; reason: PaymentDeclineReason }
  | { status: 'timed-out' }
  | { status: 'cancelled' }
  | { status: 'error'; detail: string };

/** What the terminal expects from the citizen right now, for the screen to echo. */
export type PaymentPromptStep = 'insert-card' | 'enter-pin' | 'processing' | 'remove-card';

export interface PaymentPromptEvent {
  step: PaymentPromptStep;
}

export interface PaymentTerminalEvents extends DeviceEvents {
  prompt: [PaymentPromptEvent];
}

export interface PaymentTerminalDevice extends Device<PaymentTerminalEvents> {
  /**
   * Runs one payment and resolves with its outcome; never rejects. A second call while one
   * runs resolves `{ status: 'error', detail: 'busy' }` and leaves the first untouched.
   */
  startPayment(request: PaymentRequest): Promise<PaymentOutcome>;
  /** Asks the running payment to stop; resolves once it has settled. No-op when idle. */
  cancel(): Promise<void>;
  /**
   * Gives back an approved payment (the office could not record it, so the citizen must not
   * be charged). Real terminals reverse by the original transaction's reference, which the
   * acquirer holds: the kiosk may have restarted since the approval, so a driver must not rely
   * on its own memory of it. A second reversal of the same transaction moves no money and
   * answers `{ ok: true, alreadyReversed: true }`. Resolves `{ ok: false }` rather than
   * rejecting when the terminal or the acquirer refuses or cannot be reached.
   */
  reverse(request: ReversalRequest): Promise<ReversalOutcome>;
}

/** What a reversal needs: the approval as the terminal reported it. */
export interface ReversalRequest {
  authorizationCode: string;
  amountCentimes: number;
  transactionReference: string;
}

export type ReversalOutcome = { ok: true; alreadyReversed?: true } | { ok: false };
