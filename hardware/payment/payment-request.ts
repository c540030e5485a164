// Checks shared by every payment driver, so a bad amount is refused before any terminal
// sees it. Requests may come over IPC from the renderer, hence the runtime checks on typed
// fields.
import { MAX_PAYMENT_CENTIMES, PAYMENT_ERROR, type PaymentOutcome, type PaymentRequest } from './payment-terminal.js';

const REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

export type PaymentErrorOutcome = Extract<PaymentOutcome, { status: 'error' }>;

export function isValidAmountCentimes(amount: unknown): amount is number {
  return typeof amount === 'number' && Number.isSafeInteger(amount) && amount > 0 && amount <= MAX_PAYMENT_CENTIMES;
}

/** The error outcome a driver resolves for an unacceptable request, or null when it is fine. */
export function paymentRequestError(request: PaymentRequest): PaymentErrorOutcome | null {
  if (!isValidAmountCentimes(request.amountCentimes)) return { status: 'error', detail: PAYMENT_ERROR.invalidAmount };
  if (request.currency !== 'MAD') return { status: 'error', detail: PAYMENT_ERROR.invalidCurrency };
  if (typeof request.reference !== 'string' || !REFERENCE_PATTERN.test(request.reference)) {
    return { status: 'error', detail: PAYMENT_ERROR.invalidReference };
  }
  return null;
}

/**
 * '**** 1234' from whatever the terminal reports (full PAN, spaced, already masked). Fewer
 * than four digits gives '****' rather than guessing.
 */
export function maskPan(pan: string): string {
  const digits = pan.replace(/\D/g, '');
  return digits.length >= 4 ? `**** ${digits.slice(-4)}` : '****';
}
