// The staff mode's part of the contract: sign-in by badge and PIN, the receipt journal
// (search, view as printed, reprint, pending prints), the end-of-day summary and the audit
// log. Every request after sign-in carries the staff token main gave; main checks it, and
// its role, on each call. Nothing here carries a badge number or a PIN hash.
import { z } from 'zod';
import { printFailureReasonSchema, printOutcomeSchema } from './print-outcome-schema.js';

export const staffTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
export const signInAttemptIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
export const staffRoleViewSchema = z.enum(['staff', 'technician']);

const dayString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoInstant = z.string().datetime({ offset: true });

/**
 * What a badge on the reader means, pushed as `staff.badge`. Only sent while no citizen is
 * being served: a badge during a citizen's visit is logged and ignored, never shown.
 */
export const staffBadgeEventSchema = z.discriminatedUnion('kind', [
  /** A known, unlocked badge: the PIN keypad opens for this attempt (it expires). */
  z.object({ kind: z.literal('sign-in'), attemptId: signInAttemptIdSchema, displayName: z.string(), role: staffRoleViewSchema }),
  z.object({ kind: z.literal('locked'), until: isoInstant }),
  z.object({ kind: z.literal('unknown') }),
  /** The reader got the frame but its checksum failed: present the badge again. */
  z.object({ kind: z.literal('unreadable') }),
]);
export type StaffBadgeEvent = z.infer<typeof staffBadgeEventSchema>;

export const staffSessionEndReasonSchema = z.enum(['signed-out', 'idle', 'badge']);
export const staffSessionEndedEventSchema = z.object({ reason: staffSessionEndReasonSchema });
export type StaffSessionEndReason = z.infer<typeof staffSessionEndReasonSchema>;

export const staffAccountViewSchema = z.object({ displayName: z.string(), role: staffRoleViewSchema });
export type StaffAccountView = z.infer<typeof staffAccountViewSchema>;

export const pinVerdictViewSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ok'),
    staffToken: staffTokenSchema,
    account: staffAccountViewSchema,
    /** Main ends the session after this much inactivity; the screen warns 20 s before. */
    idleSeconds: z.number().int().positive(),
  }),
  z.object({ kind: z.literal('wrong'), attemptsLeft: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('locked'), until: isoInstant }),
  /** Letters, or not 4 to 8 digits: refused without counting as a wrong PIN. */
  z.object({ kind: z.literal('invalid') }),
  /** The attempt is unknown or timed out: badge again. */
  z.object({ kind: z.literal('expired') }),
]);
export type PinVerdictView = z.infer<typeof pinVerdictViewSchema>;

export const receiptKindSchema = z.enum(['ticket', 'civil-status', 'report', 'tax-payment', 'payment-incident']);
export type ReceiptKindView = z.infer<typeof receiptKindSchema>;
export const journalStateSchema = z.enum(['pending', 'printed']);

export const journalSummaryViewSchema = z.object({
  id: z.number().int().positive(),
  number: z.string(),
  kind: receiptKindSchema,
  service: z.string().nullable(),
  language: z.enum(['ar', 'fr', 'zgh', 'en']),
  createdAt: z.string(),
  /** HH:MM on the office's clock, computed in main (see ticketSchema.issuedAtOfficeTime). */
  officeTime: z.string().regex(/^\d{2}:\d{2}$/),
  officeDay: dayString,
  state: journalStateSchema,
  printFailure: printFailureReasonSchema.nullable(),
  printAttempts: z.number().int().nonnegative(),
  reprintCount: z.number().int().nonnegative(),
  /** Pending, but the kiosk stopped while sending it: it may be on paper; printed again as a marked copy. */
  mayHavePrinted: z.boolean(),
});
export type JournalSummaryView = z.infer<typeof journalSummaryViewSchema>;

const withToken = z.object({ staffToken: staffTokenSchema });

export const journalSearchRequestSchema = withToken.extend({
  number: z.string().max(64).optional(),
  from: dayString.optional(),
  to: dayString.optional(),
  service: z.string().max(40).optional(),
  state: journalStateSchema.optional(),
  cursor: z.string().max(200).optional(),
  /**
   * 'search' (the default): the clerk submitted these filters, one audit row. 'load': the screen
   * listing by itself (opening, a refresh after a reprint), not audited; nor is a page (cursor).
   */
  purpose: z.enum(['search', 'load']).optional(),
});

export const journalSearchResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('page'),
    items: z.array(journalSummaryViewSchema),
    /** A number, or "10000+" when the search matches more than the count cap. */
    total: z.union([z.number().int().nonnegative(), z.literal('10000+')]),
    nextCursor: z.string().optional(),
  }),
  /** The filters do not make sense (a backwards date range...): the message says what to fix. */
  z.object({ kind: z.literal('invalid'), message: z.string() }),
]);
export type JournalSearchResult = z.infer<typeof journalSearchResultSchema>;

export const receiptViewResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('found'),
    entry: journalSummaryViewSchema,
    /** The receipt drawn exactly as the printer draws it (same bitmap), as a PNG. */
    pngBase64: z.string(),
    widthDots: z.number().int().positive(),
    heightDots: z.number().int().positive(),
  }),
  /** Never recorded, or purged after the retention period. */
  z.object({ kind: z.literal('not-found') }),
  z.object({ kind: z.literal('damaged') }),
]);
export type ReceiptViewResult = z.infer<typeof receiptViewResultSchema>;

export const reprintResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('printed'), reprintCount: z.number().int().positive() }),
  /** Counted as a reprint (it was asked for) but not on paper: the reason says what to fix. */
  z.object({ kind: z.literal('not-printed'), reason: printFailureReasonSchema, reprintCount: z.number().int().positive() }),
  z.object({ kind: z.literal('not-found') }),
]);
export type ReprintResult = z.infer<typeof reprintResultSchema>;

export const pendingListResultSchema = z.object({
  /** Oldest first, as they should come out of the printer. */
  items: z.array(journalSummaryViewSchema),
  /** All pending receipts, even beyond the listed ones. */
  total: z.number().int().nonnegative(),
});

export const pendingPrintRequestSchema = withToken.extend({
  /** One receipt, or every pending one oldest first. */
  target: z.union([z.object({ id: z.number().int().positive() }), z.literal('all')]),
});

export const pendingPrintResultSchema = z.object({
  printed: z.number().int().nonnegative(),
  /** Still pending after this run. */
  remaining: z.number().int().nonnegative(),
  /** Set when a print failed: the run stopped there, nothing more was sent. */
  stoppedBy: printFailureReasonSchema.optional(),
});
export type PendingPrintResult = z.infer<typeof pendingPrintResultSchema>;

export const daySummaryRowSchema = z.object({
  kind: receiptKindSchema,
  service: z.string().nullable(),
  receipts: z.number().int().nonnegative(),
  printed: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  reprints: z.number().int().nonnegative(),
});

export const daySummarySchema = z.object({
  day: dayString,
  rows: z.array(daySummaryRowSchema),
  totals: z.object({
    tickets: z.number().int().nonnegative(),
    receipts: z.number().int().nonnegative(),
    /** Print attempts that did not put paper out (a receipt printed at the 2nd try counts 1). */
    failedPrints: z.number().int().nonnegative(),
    pending: z.number().int().nonnegative(),
    reprints: z.number().int().nonnegative(),
  }),
  payments: z.object({
    count: z.number().int().nonnegative(),
    totalCentimes: z.number().int().nonnegative(),
    /** Cards charged that the office did not confirm (incident slips). */
    incidents: z.number().int().nonnegative(),
  }),
});
export type DaySummary = z.infer<typeof daySummarySchema>;

export const auditActionSchema = z.enum([
  'sign-in',
  'sign-in-refused',
  'sign-out',
  'journal-search',
  'receipt-view',
  'reprint',
  'pending-print',
  'summary-view',
  'summary-print',
  'audit-view',
  'audit-export',
  // Technician actions (issue 5).
  'logs-export',
  'printer-test-page',
  'printer-new-roll',
  'self-test',
  'config-change',
  // Written by the payment reconciler (account null) when it settles an uncertain card payment.
  'payment-incident-settled',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEntryViewSchema = z.object({
  id: z.number().int().positive(),
  at: z.string(),
  /** YYYY-MM-DD HH:MM on the office's clock. */
  officeTime: z.string(),
  /** Account id (null for an unknown badge). */
  account: z.string().nullable(),
  displayName: z.string().nullable(),
  action: auditActionSchema,
  /** What it was done to: a receipt number, a day, a search's filters. No personal data. */
  target: z.string().nullable(),
  outcome: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

export const auditListResultSchema = z.object({
  items: z.array(auditEntryViewSchema),
  nextCursor: z.string().optional(),
});

export const auditExportResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('written'), fileName: z.string(), directory: z.string(), rows: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);
export type AuditExportResult = z.infer<typeof auditExportResultSchema>;

/**
 * A card payment the citizen left without the office's answer (a "being checked" slip), as the
 * clerk sees it: the check number on the slip, the notice, the amount; never a card number.
 * 'refunded': the office said it holds no such payment and the charge was given back.
 */
export const paymentIncidentStateViewSchema = z.enum(['checking', 'confirmed', 'refunded']);
export type PaymentIncidentStateView = z.infer<typeof paymentIncidentStateViewSchema>;
export const paymentIncidentViewSchema = z.object({
  checkNumber: z.string().regex(/^V-[0-9A-F]{8}$/),
  reference: z.string(),
  amountCentimes: z.number().int().positive(),
  /** YYYY-MM-DD HH:MM on the office's clock: when the slip was printed. */
  since: z.string(),
  state: paymentIncidentStateViewSchema,
  /** YYYY-MM-DD HH:MM on the office's clock; null while checking. */
  settled: z.string().nullable(),
  /** The office's number once confirmed there. */
  trackingNumber: z.string().nullable(),
});
export type PaymentIncidentView = z.infer<typeof paymentIncidentViewSchema>;

/** Merged into requestChannels in kiosk-contract.ts. */
export const staffRequestChannels = {
  'staff.verifyPin': {
    request: z.object({ attemptId: signInAttemptIdSchema, pin: z.string().max(16) }),
    response: pinVerdictViewSchema,
  },
  'staff.cancelSignIn': { request: z.object({ attemptId: signInAttemptIdSchema }), response: z.object({}) },
  'staff.signOut': { request: withToken, response: z.object({}) },
  /** The clerk is still there (a tap, "continue"): pushes the idle end back. */
  'staff.touch': { request: withToken, response: z.object({}) },
  'staff.journal.search': { request: journalSearchRequestSchema, response: journalSearchResultSchema },
  'staff.journal.view': { request: withToken.extend({ id: z.number().int().positive() }), response: receiptViewResultSchema },
  'staff.journal.reprint': { request: withToken.extend({ id: z.number().int().positive() }), response: reprintResultSchema },
  'staff.pending.list': { request: withToken, response: pendingListResultSchema },
  'staff.pending.print': { request: pendingPrintRequestSchema, response: pendingPrintResultSchema },
  'staff.summary.view': { request: withToken.extend({ day: dayString.optional() }), response: daySummarySchema },
  'staff.summary.print': {
    // The clerk's screen language; absent: the kiosk's default language.
    request: withToken.extend({ day: dayString.optional(), language: z.enum(['ar', 'fr', 'zgh', 'en']).optional() }),
    response: printOutcomeSchema,
  },
  'staff.audit.list': {
    request: withToken.extend({ from: dayString.optional(), to: dayString.optional(), cursor: z.string().max(200).optional() }),
    response: auditListResultSchema,
  },
  'staff.audit.export': {
    request: withToken.extend({ from: dayString.optional(), to: dayString.optional() }),
    response: auditExportResultSchema,
  },
  /** Newest first, settled or not (main/staff/register-payment-incident-handlers.ts). */
  'staff.paymentIncidents.list': { request: withToken, response: z.object({ items: z.array(paymentIncidentViewSchema) }) },
} as const;

export const staffEventChannels = {
  'staff.badge': staffBadgeEventSchema,
  'staff.sessionEnded': staffSessionEndedEventSchema,
} as const;
