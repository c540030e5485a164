// The dev dock's own channels, served by the browser shell only (never by the Electron
// build): they fake what a developer would otherwise do with real hardware.
import { z } from 'zod';

export const specimenIdSchema = z.enum(['icao-td1', 'mar-cnie-td1', 'icao-td3', 'fr-id-2x36', 'bad-check-digit']);
export type SpecimenId = z.infer<typeof specimenIdSchema>;

export const printerFaultSchema = z.enum(['none', 'paper-near-end', 'paper-out', 'offline', 'cover-open', 'cutter-error']);
export type PrinterFault = z.infer<typeof printerFaultSchema>;

/** What the mock payment terminal does with the next card (one payment only, then approve). */
export const paymentScriptSchema = z.enum(['approve', 'decline', 'timeout', 'error']);
export type PaymentScript = z.infer<typeof paymentScriptSchema>;

export const paymentDeclineReasonSchema = z.enum(['refused', 'insufficient-funds', 'wrong-pin', 'card-expired', 'card-blocked']);
export type PaymentDeclineReasonView = z.infer<typeof paymentDeclineReasonSchema>;

export const paymentTerminalDockStateSchema = z.object({
  driver: z.string(),
  /** False with a real terminal: the controls below do nothing then. */
  scriptable: z.boolean(),
  next: paymentScriptSchema,
  declineReason: paymentDeclineReasonSchema.optional(),
  nextReversalFails: z.boolean(),
  unplugged: z.boolean(),
});

export const printedReceiptSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  pngBase64: z.string(),
  widthDots: z.number().int(),
  heightDots: z.number().int(),
  bytes: z.number().int(),
});
export type PrintedReceiptView = z.infer<typeof printedReceiptSchema>;

export const devDockChannels = {
  'dock.state': {
    request: z.object({}),
    response: z.object({
      specimens: z.array(z.object({ id: specimenIdSchema, label: z.string() })),
      printerFault: printerFaultSchema,
      idReaderDriver: z.string(),
      scannerDriver: z.string(),
      printerDriver: z.string(),
      paymentTerminal: paymentTerminalDockStateSchema,
    }),
  },
  'dock.insertCard': { request: z.object({ specimen: specimenIdSchema }), response: z.object({ delivered: z.boolean() }) },
  'dock.presentBadge': {
    request: z.object({ badgeId: z.string().regex(/^[0-9A-Fa-f]{10}$/, '10 hex digits'), corruptChecksum: z.boolean().default(false) }),
    response: z.object({ delivered: z.boolean() }),
  },
  'dock.scan': { request: z.object({ code: z.string().min(1).max(256) }), response: z.object({ delivered: z.boolean() }) },
  'dock.setPrinterFault': { request: z.object({ fault: printerFaultSchema }), response: z.object({}) },
  'dock.setPaymentOutcome': {
    request: z.object({ outcome: paymentScriptSchema, reason: paymentDeclineReasonSchema.optional() }),
    response: z.object({ delivered: z.boolean() }),
  },
  'dock.setPaymentUnplugged': { request: z.object({ unplugged: z.boolean() }), response: z.object({ delivered: z.boolean() }) },
  'dock.setReversalFails': { request: z.object({ fails: z.boolean() }), response: z.object({ delivered: z.boolean() }) },
  'dock.receipts': { request: z.object({ afterSeq: z.number().int().default(0) }), response: z.array(printedReceiptSchema) },
} as const;

export type DevDockChannel = keyof typeof devDockChannels;
export type DevDockRequest<C extends DevDockChannel> = z.infer<(typeof devDockChannels)[C]['request']>;
export type DevDockResponse<C extends DevDockChannel> = z.infer<(typeof devDockChannels)[C]['response']>;
