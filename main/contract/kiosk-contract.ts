// The one contract between the renderer and the kiosk's services. Main validates every
// request and response against it; the preload and the browser-shell client derive their
// types from it. It imports nothing but zod so that the renderer can import it too.
import { z } from 'zod';
import { printOutcomeSchema } from './print-outcome-schema.js';
import {
  civilStatusOptionsSchema,
  civilStatusSubmitResultSchema,
  civilStatusSubmitSchema,
  identityReadEventSchema,
  paymentPromptEventSchema,
  placesSchema,
  reportSubmitResultSchema,
  reportSubmitSchema,
  scanEventSchema,
  sessionIdSchema,
  taxLookupResultSchema,
  taxPayResultSchema,
  trackingResultSchema,
  typedIdentityResultSchema,
} from './procedure-schemas.js';
import { receiptKindSchema, staffEventChannels, staffRequestChannels } from './staff-schemas.js';
import { techConfigRequestChannels } from './tech-config-schemas.js';
import { techConsoleEventChannels, techConsoleRequestChannels } from './tech-console-schemas.js';
import { techRequestChannels } from './tech-schemas.js';
import { techSelfTestRequestChannels } from './tech-self-test-schemas.js';
import { devicePlacementSchema } from './device-placement.js';
import { officeNamesSchema } from './office-names.js';

export { printFailureReasonSchema, printOutcomeSchema, type PrintFailureReason, type PrintOutcome } from './print-outcome-schema.js';
export * from './procedure-schemas.js';
export * from './staff-schemas.js';
export * from './tech-schemas.js';
export * from './tech-config-schemas.js';
export * from './tech-console-schemas.js';
export * from './tech-self-test-schemas.js';

export const LANGUAGES = ['ar', 'fr', 'zgh', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const SERVICE_IDS = [
  'civil-status',
  'legalisation',
  'certified-copies',
  'local-taxes',
  'complaints',
] as const;
export const serviceIdSchema = z.enum(SERVICE_IDS);
export type ServiceId = z.infer<typeof serviceIdSchema>;

export const queueServiceSchema = z.object({
  id: serviceIdSchema,
  prefix: z.string().min(1).max(2),
  counter: z.string().min(1).max(8),
  waiting: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
});
export type QueueService = z.infer<typeof queueServiceSchema>;

export const ticketSchema = z.object({
  number: z.string().regex(/^[A-Z]{1,2}-\d{3,4}$/),
  serviceId: serviceIdSchema,
  counter: z.string(),
  issuedAt: z.string().datetime({ offset: true }),
  /**
   * Wall-clock time at the office (HH:MM), computed in main: Chromium's own time-zone data
   * puts Casablanca at UTC+0 in 2026 where Node's (and the law) say UTC+1, and the screen must
   * agree with the paper.
   */
  issuedAtOfficeTime: z.string().regex(/^\d{2}:\d{2}$/),
  waitingAhead: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const deviceStateSchema = z.enum(['ready', 'busy', 'warning', 'fault', 'offline', 'closed']);
export type DeviceState = z.infer<typeof deviceStateSchema>;

export const deviceStatusSchema = z.object({
  id: z.string(),
  kind: z.enum(['id-reader', 'barcode-scanner', 'printer', 'payment-terminal', 'badge-reader']),
  driver: z.string(),
  state: deviceStateSchema,
  detail: z.string().optional(),
  /** Machine-readable cause of a fault (a printer's 'paper-out'...), for the citizen's screens. */
  reason: z.string().max(32).optional(),
});
export type DeviceStatusView = z.infer<typeof deviceStatusSchema>;

export const kioskInfoSchema = z.object({
  /** The French name, for pages that predate officeNames. */
  officeName: z.string(),
  /** Shown in the citizen's language: officeNameIn(officeNames, language). */
  officeNames: officeNamesSchema,
  /** Dates on screen are the office's wall clock, whatever the machine's time zone is. */
  timeZone: z.string(),
  defaultLanguage: languageSchema,
  languages: z.array(languageSchema),
  idle: z.object({
    warningAfterSeconds: z.number().int().positive(),
    resetAfterWarningSeconds: z.number().int().min(20),
    resultScreenSeconds: z.number().int().positive(),
  }),
  version: z.string(),
  /**
   * The office clock's current distance from UTC, by main's time-zone data: the page draws
   * times with it, as Chromium's data may disagree (see ticketSchema.issuedAtOfficeTime).
   */
  officeUtcOffsetMinutes: z.number().int().min(-840).max(840),
  /**
   * The longest the citizen waits for the office (office.requestTimeoutMs, rounded up): Back
   * and Home are held that long at most while a request is on its way.
   */
  officeWaitSeconds: z.number().int().min(1).max(60),
  /** Where the card reader, scanner, terminal and printer slot are (kiosk.devicePlacement): physical sides, never mirrored. */
  devicePlacement: devicePlacementSchema,
  /** The office's own arrondissement (office.arrondissementId): a street report starts in it. */
  arrondissementId: z.string().optional(),
});
export type KioskInfo = z.infer<typeof kioskInfoSchema>;

/** Request/response channels: each has a request and a response schema. */
export const requestChannels = {
  'kiosk.info': { request: z.object({}), response: kioskInfoSchema },
  'session.start': {
    request: z.object({ language: languageSchema }),
    response: z.object({ sessionId: sessionIdSchema }),
  },
  'session.setLanguage': {
    request: z.object({ sessionId: sessionIdSchema, language: languageSchema }),
    response: z.object({}),
  },
  'session.end': {
    request: z.object({
      sessionId: sessionIdSchema,
      reason: z.enum(['idle', 'done', 'cancel']),
    }),
    response: z.object({}),
  },
  /**
   * The kiosk page has (re)loaded: whatever visit main still holds is over (its page is gone),
   * so its data is wiped and the staff badge works again.
   */
  'kiosk.pageLoaded': { request: z.object({}), response: z.object({}) },
  /**
   * The citizen touched the screen (throttled by the page): main enforces the idle limits too.
   * slowTimings: the page has doubled its limits (speak mode), main doubles its own.
   */
  'session.touch': {
    request: z.object({ sessionId: sessionIdSchema, slowTimings: z.boolean() }),
    response: z.object({}),
  },
  'queue.services': { request: z.object({}), response: z.array(queueServiceSchema) },
  'queue.takeTicket': {
    request: z.object({ sessionId: sessionIdSchema, serviceId: serviceIdSchema }),
    response: z.object({ ticket: ticketSchema, print: printOutcomeSchema }),
  },
  'devices.status': { request: z.object({}), response: z.array(deviceStatusSchema) },

  // Law 09-08: the notice is shown and accepted before the first personal datum is taken.
  'privacy.consent': { request: z.object({ sessionId: sessionIdSchema }), response: z.object({}) },
  'identity.enterCardNumber': {
    request: z.object({ sessionId: sessionIdSchema, cardNumber: z.string().max(16), birthDate: z.string().max(10) }),
    response: typedIdentityResultSchema,
  },
  'identity.clear': { request: z.object({ sessionId: sessionIdSchema }), response: z.object({}) },
  'civilStatus.options': { request: z.object({}), response: civilStatusOptionsSchema },
  'civilStatus.submit': { request: civilStatusSubmitSchema, response: civilStatusSubmitResultSchema },
  'places.list': { request: z.object({}), response: placesSchema },
  'report.submit': { request: reportSubmitSchema, response: reportSubmitResultSchema },
  'tax.lookup': {
    // Long enough for a whole scanned code: main extracts the reference from it.
    request: z.object({ sessionId: sessionIdSchema, reference: z.string().max(256) }),
    response: taxLookupResultSchema,
  },
  'tax.pay': {
    request: z.object({ sessionId: sessionIdSchema, reference: z.string().max(32) }),
    response: taxPayResultSchema,
  },
  'tax.cancelPayment': { request: z.object({ sessionId: sessionIdSchema }), response: z.object({}) },
  'tracking.lookup': {
    request: z.object({ sessionId: sessionIdSchema, number: z.string().max(256) }),
    response: trackingResultSchema,
  },
  ...staffRequestChannels,
  ...techRequestChannels,
  ...techConsoleRequestChannels,
  ...techConfigRequestChannels,
  ...techSelfTestRequestChannels,
} as const;

export type RequestChannel = keyof typeof requestChannels;
export type RequestOf<C extends RequestChannel> = z.infer<(typeof requestChannels)[C]['request']>;
export type ResponseOf<C extends RequestChannel> = z.infer<(typeof requestChannels)[C]['response']>;

/**
 * A citizen's receipt is about to print (the journal holds it already): what the screen says
 * before the paper is out (EN 301 549 5.1.3.16). No personal data: number, counter, dates.
 */
export const receiptPrintingEventSchema = z.object({
  sessionId: sessionIdSchema,
  kind: receiptKindSchema,
  /** Ticket number, tracking number or kiosk reference, as printed. */
  number: z.string().min(1).max(40),
  /** The counter service it belongs to, when there is one. */
  serviceId: serviceIdSchema.optional(),
  /** The counter (guichet) to go to, when the receipt names one. */
  counter: z.string().min(1).max(8).optional(),
  issuedAt: z.iso.datetime({ offset: true }),
  /** Day and HH:MM on the office's wall clock, computed in main (see ticketSchema.issuedAtOfficeTime). */
  issuedOfficeDay: z.iso.date(),
  issuedAtOfficeTime: z.string().regex(/^\d{2}:\d{2}$/),
  /** Civil-status documents: the day to collect them, when the office has set it. */
  collectionDate: z.iso.date().optional(),
  /** Reports: the day the office must answer by. */
  answerDeadline: z.iso.date().optional(),
});
export type ReceiptPrintingEvent = z.infer<typeof receiptPrintingEventSchema>;

/** Events pushed from main to the renderer. */
export const eventChannels = {
  'device.status': deviceStatusSchema,
  'session.expired': z.object({ sessionId: sessionIdSchema }),
  /** A document went through the reader during a session whose citizen has consented. */
  'identity.read': identityReadEventSchema,
  /** A code went through the barcode scanner during a session. */
  'scanner.scanned': scanEventSchema,
  /** What the payment terminal asks of the citizen right now. */
  'payment.prompt': paymentPromptEventSchema,
  'receipt.printing': receiptPrintingEventSchema,
  ...staffEventChannels,
  ...techConsoleEventChannels,
} as const;

export type EventChannel = keyof typeof eventChannels;
export type EventOf<C extends EventChannel> = z.infer<(typeof eventChannels)[C]>;

/** Error a request can end with, carried across the bridge instead of a thrown object. */
export const contractErrorSchema = z.object({
  code: z.enum(['invalid-request', 'invalid-response', 'stale-session', 'staff-session-ended', 'forbidden', 'unavailable', 'internal']),
  message: z.string(),
});
export type ContractError = z.infer<typeof contractErrorSchema>;

export const requestResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: contractErrorSchema }),
]);

/** What the renderer sees, whichever host (Electron preload or browser shell) carries it. */
export interface KioskApi {
  request<C extends RequestChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>>;
  on<C extends EventChannel>(channel: C, listener: (event: EventOf<C>) => void): () => void;
}

export class KioskRequestError extends Error {
  constructor(
    readonly code: ContractError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'KioskRequestError';
  }
}

export function isRequestChannel(name: unknown): name is RequestChannel {
  return typeof name === 'string' && Object.hasOwn(requestChannels, name);
}
