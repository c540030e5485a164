// What the receipt journal holds and answers, for the services that print and the staff screens
// that search and reprint. Plain data: the staff contract can carry it as it is.
import type { Receipt, ReceiptLanguage } from '../../hardware/printer/receipt-model.js';
import type { PrintFailureReason } from '../../hardware/printer/receipt-printer.js';

/** What kind of paper it was; the end-of-day summary counts by it. */
export type ReceiptKind = 'ticket' | 'civil-status' | 'report' | 'tax-payment' | 'payment-incident';

/** `pending`: not known to be on paper, either still printing, failed (with a reason) or cut off by a power loss. */
export type JournalState = 'pending' | 'printed';

export interface JournalEntryInput {
  kind: ReceiptKind;
  /** Ticket number, tracking number or kiosk reference, as printed. */
  number: string;
  /** The counter service it belongs to, when there is one. */
  service?: string | null;
  /** The model sent to the printer, already masked: the journal keeps exactly what was printed. */
  receipt: Receipt;
  /**
   * Money the card paid, in centimes: only on 'tax-payment' and 'payment-incident' receipts
   * (the end-of-day summary adds it up). Rejected on any other kind.
   */
  amountCentimes?: number;
}

export interface JournalSummary {
  id: number;
  number: string;
  kind: ReceiptKind;
  service: string | null;
  language: ReceiptLanguage;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** YYYY-MM-DD on the office's wall clock. */
  officeDay: string;
  state: JournalState;
  /** Why the last attempt failed; null if it printed or no attempt has ended yet. */
  printFailure: PrintFailureReason | null;
  printAttempts: number;
  printedAt: string | null;
  reprintCount: number;
  lastReprintAt: string | null;
  /**
   * Pending, but a kiosk process died while sending it to the printer: it may be on paper.
   * Printed again, it carries the copy mark, so no number is ever on paper twice as an original.
   */
  mayHavePrinted: boolean;
}

export interface JournalEntry extends JournalSummary {
  receipt: Receipt;
}

export interface JournalSearch {
  /** Exact receipt number, case and surrounding spaces ignored. */
  number?: string;
  /** First office day included, YYYY-MM-DD. */
  from?: string;
  /** Last office day included, YYYY-MM-DD. */
  to?: string;
  service?: string;
  kind?: ReceiptKind;
  state?: JournalState;
  /** Page size: default 50, at most 200. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** Counting stops here: a search matching more says so instead of counting them all. */
export const JOURNAL_COUNT_CAP = 10_000;
export const JOURNAL_COUNT_CAPPED = `${JOURNAL_COUNT_CAP}+` as const;

export interface JournalPage {
  /** Newest first. */
  items: JournalSummary[];
  total: number | typeof JOURNAL_COUNT_CAPPED;
  /** Absent on the last page. */
  nextCursor?: string;
}

/** Bad search input: the message says what to fix, for the staff screen. */
export class JournalQueryError extends Error {
  override readonly name = 'JournalQueryError';
}

/** An id that is not (or no longer) in the journal, e.g. purged by retention. */
export class JournalEntryNotFoundError extends Error {
  override readonly name = 'JournalEntryNotFoundError';
  constructor(readonly id: number) {
    super(`receipt ${id} is not in the journal (never recorded, or purged after the retention period)`);
  }
}

/** The kinds that carry an amount: what the card paid. */
export const PAYMENT_KINDS: readonly ReceiptKind[] = ['tax-payment', 'payment-incident'];

/** Receipts of one office day counted by kind and service. */
export interface JournalDayCount {
  kind: ReceiptKind;
  service: string | null;
  receipts: number;
  printed: number;
  pending: number;
  reprints: number;
}

/** Everything the end-of-day summary needs from the journal for one office day. */
export interface JournalDayTotals {
  day: string;
  rows: JournalDayCount[];
  /**
   * Print attempts that did not put paper out. Each receipt counts its ended attempts minus the
   * one that printed it: printed at the 2nd try → 1; pending after 2 failures → 2; pending and
   * cut off by a power loss before any attempt ended → 0. A failed copy reported with
   * markFailed counts 1 (paper did not come out); copies that print are not attempts here.
   */
  failedPrints: number;
  payments: {
    /** 'tax-payment' receipts: payments the office confirmed. */
    count: number;
    /** Sum of their amounts (a receipt recorded before amounts were kept adds 0). */
    totalCentimes: number;
    /** 'payment-incident' slips: cards charged that the office did not confirm. */
    incidents: number;
  };
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function isOfficeDayString(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const at = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().startsWith(day);
}
