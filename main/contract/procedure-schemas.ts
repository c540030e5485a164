// What the renderer sees of the citizen procedures (civil status, reports, local taxes,
// tracking). These are screen views, not the office backend's bodies: identifiers arrive
// already masked, money as whole centimes, and every outcome a citizen must be told about is
// a value of the answer rather than a thrown error. Imports nothing but zod (renderer too).
import { z } from 'zod';
import { printOutcomeSchema } from './print-outcome-schema.js';

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
export const sessionIdSchema = z.string().regex(/^[0-9a-f-]{36}$/, 'a session id is a UUID');

// ---- identity -------------------------------------------------------------------------

/**
 * The identity as shown to the citizen to confirm it is theirs. The full document number
 * never leaves main: `maskedNumber` keeps the last digits only (e.g. `•••• 5678`).
 */
export const identityViewSchema = z.object({
  method: z.enum(['mrz', 'card-number']),
  documentKind: z.enum(['id-card', 'passport']),
  maskedNumber: z.string().max(24),
  surname: z.string().max(60).optional(),
  givenNames: z.string().max(80).optional(),
  birthDate: isoDate,
  expiryDate: isoDate.optional(),
});
export type IdentityView = z.infer<typeof identityViewSchema>;

/** Why a card put in the reader could not be used; each has its own advice on screen. */
export const identityProblemSchema = z.enum([
  'checksum', // a check digit is wrong: clean the card, insert it again, or type the number
  'partial', // part of the zone was read (passport upside down, card pulled out too soon)
  'garbled', // nothing usable
  'expired', // the document's expiry date has passed
  'unsupported', // a document format the office does not accept
]);
export type IdentityProblem = z.infer<typeof identityProblemSchema>;

export const identityReadEventSchema = z.object({
  sessionId: sessionIdSchema,
  result: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), identity: identityViewSchema }),
    z.object({ ok: z.literal(false), problem: identityProblemSchema }),
  ]),
});
export type IdentityReadEvent = z.infer<typeof identityReadEventSchema>;

export const typedIdentityResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), identity: identityViewSchema }),
  z.object({ ok: z.literal(false), problem: z.enum(['invalid-card-number', 'invalid-birth-date', 'consent-required']) }),
]);

// ---- common to submissions ------------------------------------------------------------

/**
 * `delivered`: the office backend answered and the reference is its tracking number.
 * `pending`: the backend did not answer in time; the request waits in the kiosk's outbox
 * and the reference is the kiosk's own (`K…`), which the backend will keep.
 */
export const transmissionSchema = z.enum(['delivered', 'pending']);

export const submissionRefusalSchema = z.enum([
  'consent-required',
  'identity-required',
  'invalid', // a field failed validation: `field` says which
  'rejected', // the backend refused the request itself (not a network problem)
]);

// ---- civil status ---------------------------------------------------------------------

export const CIVIL_STATUS_DOCUMENT_IDS = ['birth-extract', 'birth-full-copy', 'marriage-extract', 'death-extract'] as const;
export const civilStatusDocumentIdSchema = z.enum(CIVIL_STATUS_DOCUMENT_IDS);
export type CivilStatusDocumentId = z.infer<typeof civilStatusDocumentIdSchema>;

export const civilStatusOptionsSchema = z.object({
  documents: z.array(z.object({ id: civilStatusDocumentIdSchema, feePerCopyCentimes: z.number().int().nonnegative() })),
  maxCopies: z.number().int().min(1).max(10),
  documentLanguages: z.array(z.enum(['ar', 'fr'])),
});
export type CivilStatusOptions = z.infer<typeof civilStatusOptionsSchema>;

export const civilStatusSubmitSchema = z.object({
  sessionId: sessionIdSchema,
  document: civilStatusDocumentIdSchema,
  copies: z.number().int().min(1).max(10),
  documentLanguage: z.enum(['ar', 'fr']),
});

export const civilStatusReceiptViewSchema = z.object({
  reference: z.string(),
  transmission: transmissionSchema,
  document: civilStatusDocumentIdSchema,
  copies: z.number().int(),
  counter: z.string(),
  /** Absent while pending: the office sets it when the request arrives. */
  collectionDate: isoDate.optional(),
  feeCentimes: z.number().int().nonnegative(),
  /** What the receipt's QR code holds, e.g. `BORNE/R/AR-2026-000001`. */
  qr: z.string(),
});
export type CivilStatusReceiptView = z.infer<typeof civilStatusReceiptViewSchema>;

export const civilStatusSubmitResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('submitted'), receipt: civilStatusReceiptViewSchema, print: printOutcomeSchema }),
  z.object({ outcome: z.literal('refused'), reason: submissionRefusalSchema, field: z.string().optional() }),
]);
export type CivilStatusSubmitResult = z.infer<typeof civilStatusSubmitResultSchema>;

// ---- public-space reports -------------------------------------------------------------

export const REPORT_KIND_IDS = ['complaint', 'observation', 'suggestion'] as const;
export const REPORT_CATEGORY_IDS = ['roads', 'lighting', 'waste', 'water', 'green-spaces', 'noise', 'other'] as const;
export const REPORT_DESCRIPTION_MAX_LENGTH = 1000;
export const REPORT_LANDMARK_MAX_LENGTH = 200;

const localisedNameSchema = z.object({ ar: z.string(), fr: z.string(), zgh: z.string(), en: z.string() });

/** The arrondissements and neighbourhoods shipped in resources/places/. */
export const placesSchema = z.array(
  z.object({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/),
    name: localisedNameSchema,
    neighbourhoods: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/), name: localisedNameSchema })).min(1),
  }),
);
export type Places = z.infer<typeof placesSchema>;

export const reportSubmitSchema = z.object({
  sessionId: sessionIdSchema,
  kind: z.enum(REPORT_KIND_IDS),
  // Validated in main with a field-named refusal, so that a missing choice gets a message.
  category: z.string().max(32),
  place: z.object({
    arrondissementId: z.string().max(64),
    neighbourhoodId: z.string().max(64),
    landmark: z.string().max(REPORT_LANDMARK_MAX_LENGTH * 2),
  }),
  description: z.string().max(REPORT_DESCRIPTION_MAX_LENGTH * 2),
  /** Only with smsConsent true; a phone without consent is refused, never stored. */
  contact: z.object({ phone: z.string().max(20), smsConsent: z.boolean() }).optional(),
});
export type ReportSubmit = z.infer<typeof reportSubmitSchema>;

export const reportReceiptViewSchema = z.object({
  reference: z.string(),
  transmission: transmissionSchema,
  category: z.enum(REPORT_CATEGORY_IDS),
  /** The legal answer deadline (60 days), computed by the kiosk when pending. */
  answerDeadline: isoDate,
  maskedPhone: z.string().optional(),
  qr: z.string(),
});
export type ReportReceiptView = z.infer<typeof reportReceiptViewSchema>;

export const reportSubmitResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('submitted'), receipt: reportReceiptViewSchema, print: printOutcomeSchema }),
  z.object({
    outcome: z.literal('refused'),
    reason: submissionRefusalSchema,
    field: z.enum(['kind', 'category', 'place', 'landmark', 'description', 'phone', 'smsConsent']).optional(),
  }),
]);
export type ReportSubmitResult = z.infer<typeof reportSubmitResultSchema>;

// ---- local taxes ----------------------------------------------------------------------

/** Problems talking to the office backend, as the citizen is told about them. */
export const backendProblemSchema = z.enum(['backend-unavailable', 'backend-error']);

export const taxNoticeViewSchema = z.object({
  reference: z.string(),
  year: z.number().int(),
  status: z.enum(['due', 'paid']),
  dueDate: isoDate,
  amountDueCentimes: z.number().int().nonnegative(),
  /** `code` names the line for translation; `label` is the backend's text as a fallback. */
  lines: z.array(z.object({ code: z.string(), label: z.string(), amountCentimes: z.number().int().nonnegative() })),
});
export type TaxNoticeView = z.infer<typeof taxNoticeViewSchema>;

export const taxLookupResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), notice: taxNoticeViewSchema }),
  z.object({ ok: z.literal(false), problem: z.enum(['invalid-reference', 'not-found', 'backend-unavailable', 'backend-error']) }),
]);
export type TaxLookupResult = z.infer<typeof taxLookupResultSchema>;

export const paymentStepSchema = z.enum(['insert-card', 'enter-pin', 'processing', 'remove-card']);
export type PaymentStep = z.infer<typeof paymentStepSchema>;

export const taxPaymentReceiptViewSchema = z.object({
  trackingNumber: z.string(),
  reference: z.string(),
  amountCentimes: z.number().int().nonnegative(),
  paidAt: isoDateTime,
  /** Office wall-clock time of the payment (see Ticket.issuedAtOfficeTime). */
  paidAtOfficeTime: z.string().regex(/^\d{2}:\d{2}$/),
  authorizationCode: z.string(),
  maskedPan: z.string(),
  qr: z.string(),
});
export type TaxPaymentReceiptView = z.infer<typeof taxPaymentReceiptViewSchema>;

export const taxPayResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('paid'), receipt: taxPaymentReceiptViewSchema, print: printOutcomeSchema }),
  z.object({
    outcome: z.literal('declined'),
    reason: z.enum(['refused', 'insufficient-funds', 'wrong-pin', 'card-expired', 'card-blocked']),
  }),
  z.object({ outcome: z.literal('timed-out') }),
  z.object({ outcome: z.literal('cancelled') }),
  /** Refused before any card was asked for: the office could not confirm a payment now. */
  z.object({ outcome: z.literal('backend-unavailable') }),
  /** The notice is already paid or its amount changed since it was shown. */
  z.object({ outcome: z.literal('notice-changed') }),
  /** The terminal failed (disconnected, busy, acquirer unreachable). */
  z.object({ outcome: z.literal('terminal-error') }),
  /**
   * The card was approved but the office did not confirm: the office said it holds no such
   * payment and the charge was given back (`reversed: true`), or the office could not say in
   * time (`checking: true`): a slip with `checkNumber` was printed and the kiosk settles the
   * payment later (recorded, or the charge given back).
   */
  z.object({
    outcome: z.literal('not-confirmed'),
    reversed: z.boolean(),
    checking: z.boolean().optional(),
    checkNumber: z.string().regex(/^V-[0-9A-F]{8}$/).optional(),
    print: printOutcomeSchema.optional(),
  }),
]);
export type TaxPayResult = z.infer<typeof taxPayResultSchema>;

// ---- tracking -------------------------------------------------------------------------

export const trackingResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    request: z.object({
      reference: z.string(),
      procedure: z.enum(['civil-status', 'report', 'tax-payment']),
      status: z.enum(['received', 'in-progress', 'ready', 'closed', 'rejected', 'withdrawn', 'pending-transmission']),
      updatedAt: isoDateTime,
    }),
  }),
  z.object({
    ok: z.literal(false),
    // `queue-ticket`: a queue ticket was scanned; tickets are not tracked, the counter calls them.
    problem: z.enum(['invalid-number', 'not-found', 'queue-ticket', 'backend-unavailable', 'backend-error']),
  }),
]);
export type TrackingResult = z.infer<typeof trackingResultSchema>;

/** A code read by the barcode scanner during a session, for the screen that is waiting for one. */
export const scanEventSchema = z.object({ sessionId: sessionIdSchema, code: z.string().max(256) });

export const paymentPromptEventSchema = z.object({ sessionId: sessionIdSchema, step: paymentStepSchema });
