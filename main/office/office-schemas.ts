// Bodies of the office backend's HTTP API (resources/openapi/office-api.yaml), written once
// for the kiosk's client, its outbox and the embedded office server.
import { z } from 'zod';

export const CIVIL_STATUS_DOCUMENTS = ['birth-extract', 'birth-full-copy', 'marriage-extract', 'death-extract'] as const;
export const REPORT_KINDS = ['complaint', 'observation', 'suggestion'] as const;
export const REPORT_CATEGORIES = ['roads', 'lighting', 'waste', 'water', 'green-spaces', 'noise', 'other'] as const;
export const REQUEST_STATUSES = ['received', 'in-progress', 'ready', 'closed', 'rejected', 'withdrawn'] as const;
export const REPORT_DESCRIPTION_MAX = 1000;

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

/** Amounts travel as whole centimes so no float rounding ever touches money. */
export const moneySchema = z.object({
  currency: z.literal('MAD'),
  centimes: z.number().int().nonnegative(),
});
export type Money = z.infer<typeof moneySchema>;

/** `AR-2026-000001`: procedure prefix, year, sequence. */
export const trackingNumberSchema = z.string().regex(/^[A-Z]{2}-\d{4}-\d{6}$/, 'must look like AR-2026-000001');
export const taxReferenceSchema = z.string().regex(/^[A-Z]{2,4}-\d{4}-\d{6}$/, 'must look like TSC-2026-000123');
export const idempotencyKeySchema = z.uuid();
/**
 * Number the kiosk prints on a receipt before the backend has answered (outbox): `K`, the
 * kiosk's code, year, sequence, e.g. `KHM01-2026-000123`. The backend keeps it beside its own
 * tracking number, so a receipt printed while the network was down still tracks.
 */
export const kioskReferenceSchema = z.string().regex(/^K[A-Z0-9]{2,8}-\d{4}-\d{6}$/, 'must look like KHM01-2026-000123');
/** What a citizen may type or scan to track a request. */
export const trackingLookupSchema = z.union([trackingNumberSchema, kioskReferenceSchema]);

// Moroccan CNIE numbers: one or two letters then digits.
const cardNumber = z.string().regex(/^[A-Z]{1,2}\d{3,8}$/, 'must be 1-2 letters then digits');

export const identitySchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('card-number'), cardNumber, birthDate: isoDate }),
  // Fields the kiosk derived from a machine-readable zone whose check digits were verified.
  z.object({
    method: z.literal('mrz'),
    documentFormat: z.enum(['TD1', 'TD3']),
    issuingState: z.string().regex(/^[A-Z<]{3}$/),
    documentNumber: z.string().regex(/^[A-Z0-9]{1,20}$/),
    birthDate: isoDate,
    expiryDate: isoDate,
  }),
]);
export type Identity = z.infer<typeof identitySchema>;

export const civilStatusRequestSchema = z.object({
  document: z.enum(CIVIL_STATUS_DOCUMENTS),
  copies: z.number().int().min(1).max(10),
  documentLanguage: z.enum(['ar', 'fr']),
  identity: identitySchema,
  kioskReference: kioskReferenceSchema.optional(),
});
export type CivilStatusRequest = z.infer<typeof civilStatusRequestSchema>;

export const civilStatusReceiptSchema = z.object({
  trackingNumber: trackingNumberSchema,
  counter: z.string().min(1).max(60),
  collectionDate: isoDate,
  fee: moneySchema,
  status: z.enum(REQUEST_STATUSES),
  kioskReference: kioskReferenceSchema.optional(),
});
export type CivilStatusReceipt = z.infer<typeof civilStatusReceiptSchema>;

export const reportSchema = z.object({
  kind: z.enum(REPORT_KINDS),
  category: z.enum(REPORT_CATEGORIES),
  place: z.object({
    arrondissementId: z.string().regex(/^[a-z0-9-]{1,64}$/),
    neighbourhoodId: z.string().regex(/^[a-z0-9-]{1,64}$/),
    landmark: z.string().trim().max(200).default(''),
  }),
  description: z.string().trim().min(1).max(REPORT_DESCRIPTION_MAX),
  // A phone number only ever travels with the citizen's explicit consent to SMS follow-up.
  contact: z.object({ phone: z.string().regex(/^\+?\d{9,15}$/), smsConsent: z.literal(true) }).optional(),
  kioskReference: kioskReferenceSchema.optional(),
});
export type Report = z.infer<typeof reportSchema>;
export type ReportInput = z.input<typeof reportSchema>;

export const reportReceiptSchema = z.object({
  trackingNumber: trackingNumberSchema,
  receivedAt: isoDateTime,
  answerDeadline: isoDate,
  status: z.enum(REQUEST_STATUSES),
  kioskReference: kioskReferenceSchema.optional(),
});
export type ReportReceipt = z.infer<typeof reportReceiptSchema>;

export const taxNoticeSchema = z.object({
  reference: taxReferenceSchema,
  year: z.number().int().min(2000).max(2100),
  status: z.enum(['due', 'paid']),
  dueDate: isoDate,
  amountDue: moneySchema,
  lines: z.array(z.object({ code: z.string().regex(/^[a-z0-9-]{1,32}$/), label: z.string().min(1).max(120), amount: moneySchema })).min(1),
});
export type TaxNotice = z.infer<typeof taxNoticeSchema>;

export const taxPaymentSchema = z.object({
  authorizationCode: z.string().regex(/^[A-Z0-9]{6,12}$/),
  terminalId: z.string().regex(/^[A-Za-z0-9-]{1,32}$/),
  amount: moneySchema,
});
export type TaxPayment = z.infer<typeof taxPaymentSchema>;

export const taxPaymentReceiptSchema = z.object({
  trackingNumber: trackingNumberSchema,
  reference: taxReferenceSchema,
  status: z.literal('confirmed'),
  amount: moneySchema,
  paidAt: isoDateTime,
});
export type TaxPaymentReceipt = z.infer<typeof taxPaymentReceiptSchema>;

/**
 * What the office holds under a payment's idempotency key. `void` is final: the office has
 * not recorded it and refuses any later payment under that key, so the kiosk may give the
 * charge back without a late request ever recording it afterwards.
 */
export const taxPaymentStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('recorded'), receipt: taxPaymentReceiptSchema }),
  z.object({ state: z.literal('void') }),
]);
export type TaxPaymentState = z.infer<typeof taxPaymentStateSchema>;

export const requestStatusSchema = z.object({
  trackingNumber: trackingNumberSchema,
  kioskReference: kioskReferenceSchema.optional(),
  procedure: z.enum(['civil-status', 'report', 'tax-payment']),
  status: z.enum(REQUEST_STATUSES),
  updatedAt: isoDateTime,
});
export type RequestStatus = z.infer<typeof requestStatusSchema>;

/**
 * The office's answer to a withdrawal (POST /v1/requests/{idempotencyKey}/withdraw). `withdrawn`
 * is final: the request it held under that key is withdrawn, or, if it held none, any later
 * submission under the key is refused (`409 request-withdrawn`). `not-withdrawn`: the request
 * had already progressed past `received`; nothing changed.
 */
export const withdrawalResultSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('withdrawn'), trackingNumber: trackingNumberSchema.optional() }),
  z.object({ state: z.literal('not-withdrawn'), trackingNumber: trackingNumberSchema, status: z.enum(REQUEST_STATUSES) }),
]);
export type WithdrawalResult = z.infer<typeof withdrawalResultSchema>;

export const healthSchema = z.object({ status: z.literal('ok'), time: isoDateTime });
export type Health = z.infer<typeof healthSchema>;

/** RFC 9457 problem details, with a machine-readable `code` the kiosk maps to a message. */
export const problemSchema = z.object({
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CODES = [
  'invalid-body',
  'idempotency-key-required',
  'idempotency-conflict',
  'not-found',
  'already-paid',
  'amount-mismatch',
  'kiosk-reference-taken',
  'payment-voided',
  'request-withdrawn',
  'unauthorized',
  'host-not-allowed',
  'internal',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
