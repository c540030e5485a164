// The technician's part of the contract: the diagnostics screens. A technician signs in like
// staff (badge + PIN, role `technician`) or by the hidden gesture on the attract screen
// followed by a technician PIN; every `tech.*` request carries the staff token and main
// refuses it ('forbidden') unless the session's role is technician. Nothing here carries
// personal data: device details are drivers, ports, counters and technician words.
import { z } from 'zod';
import { pinVerdictViewSchema, signInAttemptIdSchema, staffTokenSchema } from './staff-schemas.js';

const withToken = z.object({ staffToken: staffTokenSchema });
const isoInstant = z.string().datetime({ offset: true });

export const deviceKindSchema = z.enum(['id-reader', 'barcode-scanner', 'printer', 'payment-terminal', 'badge-reader']);

export const deviceDiagnosticsSchema = z.object({
  id: z.string(),
  kind: deviceKindSchema,
  driver: z.string(),
  /** Where it is: a serial path, tcp://host:port, or "simulated" for a mock. */
  address: z.string(),
  state: z.enum(['ready', 'busy', 'warning', 'fault', 'offline', 'closed']),
  /** The driver's own words on its state (technician words, no personal data). */
  detail: z.string().optional(),
  /** Stable cause of that state ('unplugged', 'port-missing', 'paper-out'...): the screen words it in its language. */
  reason: z.string().max(32).optional(),
  /** Last thing the device did or said (a read, a print, a state change); null: nothing since start. */
  lastEventAt: isoInstant.nullable(),
  /** Since the kiosk started. `reads`: cards, codes or badges read (good ones); `prints`: receipts printed. */
  counters: z.object({
    reads: z.number().int().nonnegative(),
    prints: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
  }),
  /** The last error in plain words, with when it happened; null: none since start. */
  lastError: z.object({ at: isoInstant, message: z.string() }).nullable(),
});
export type DeviceDiagnostics = z.infer<typeof deviceDiagnosticsSchema>;

export const serialPortViewSchema = z.object({
  path: z.string(),
  manufacturer: z.string().nullable(),
  vendorId: z.string().nullable(),
  productId: z.string().nullable(),
  serialNumber: z.string().nullable(),
  /** Id of the kiosk device configured on this port, if any. */
  usedBy: z.string().nullable(),
});

export const serialPortsResultSchema = z.object({
  /** What the system lists (SerialPort.list()). */
  ports: z.array(serialPortViewSchema),
  /** Serial devices of the configuration, with whether their path is among the listed ports. */
  configured: z.array(z.object({ deviceId: z.string(), path: z.string(), listed: z.boolean(), present: z.boolean() })),
  /** Set when the system list could not be read (e.g. udevadm missing): plain words. */
  problem: z.string().optional(),
});
export type SerialPortsResult = z.infer<typeof serialPortsResultSchema>;

export const networkResultSchema = z.object({
  office: z.object({
    url: z.string(),
    /** True for the office server this kiosk started itself (no office.backendUrl configured). */
    embedded: z.boolean(),
    reachable: z.boolean(),
    /** Round trip of GET /v1/health; null when it did not answer. */
    latencyMs: z.number().nonnegative().nullable(),
    /** Why it is not reachable, in plain words. */
    problem: z.string().optional(),
    checkedAt: isoInstant,
  }),
  outbox: z.object({
    depth: z.number().int().nonnegative(),
    /** Age of the oldest item still waiting; null when nothing waits. */
    oldestAgeSeconds: z.number().int().nonnegative().nullable(),
  }),
});
export type NetworkResult = z.infer<typeof networkResultSchema>;

export const softwareResultSchema = z.object({
  kiosk: z.string(),
  /** null in the browser shell (no Electron). */
  electron: z.string().nullable(),
  /** The Chromium of the Electron build; in the browser shell the renderer reports its own. */
  chromium: z.string().nullable(),
  node: z.string(),
  platform: z.string(),
  /** The configuration file in use; null: the embedded default. */
  configFile: z.string().nullable(),
  host: z.enum(['electron', 'browser-shell']),
  startedAt: isoInstant,
});
export type SoftwareResult = z.infer<typeof softwareResultSchema>;

export const printerStatusBitSchema = z.object({
  /** DLE EOT n that asked for it (1 printer, 2 offline cause, 3 error cause, 4 paper sensor). */
  request: z.number().int().min(1).max(4),
  /** Bit number 0-7 of that reply. */
  bit: z.number().int().min(0).max(7),
  /** Stable name, e.g. 'offline', 'cover-open', 'paper-near-end'; the screen words it. */
  name: z.string(),
  set: z.boolean(),
});

export const printerDiagnosticsSchema = z.object({
  driver: z.string(),
  address: z.string(),
  /** The replies of the last status query, one per DLE EOT n; null where the printer did not answer. */
  replies: z.array(z.object({ request: z.number().int().min(1).max(4), byte: z.number().int().min(0).max(255).nullable() })),
  /** Every meaningful bit of those replies, decoded. Empty for a printer that cannot be asked (mock). */
  bits: z.array(printerStatusBitSchema),
  /** When the query was made; null if never. */
  queriedAt: isoInstant.nullable(),
  /** Paper used since the roll was last declared new (technician's "new roll"), kept across restarts. */
  paper: z.object({ receipts: z.number().int().nonnegative(), lengthMm: z.number().nonnegative(), since: isoInstant }),
});
export type PrinterDiagnostics = z.infer<typeof printerDiagnosticsSchema>;

export const logLevelSchema = z.enum(['debug', 'info', 'warn', 'error', 'fatal']);

export const logEntryViewSchema = z.object({
  time: isoInstant,
  level: logLevelSchema,
  /** The service or device that wrote it ('hardware', 'office', 'staff'...). */
  part: z.string().nullable(),
  device: z.string().nullable(),
  msg: z.string(),
  /** The other fields, as short key=value text (no personal data: the logs never hold any). */
  details: z.string(),
});
export type LogEntryView = z.infer<typeof logEntryViewSchema>;

export const logQuerySchema = z.object({
  /** This level and above. */
  minLevel: logLevelSchema.optional(),
  device: z.string().max(40).optional(),
  /** `nextCursor` of the previous page (older entries). */
  cursor: z.string().max(200).optional(),
});

export const logExportResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('written'), fileName: z.string(), directory: z.string(), lines: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);

/** Merged into requestChannels in kiosk-contract.ts. */
export const techRequestChannels = {
  /** The hidden gesture was made on the attract screen: open a technician PIN keypad. */
  'tech.gestureSignIn': {
    request: z.object({}),
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('pin'), attemptId: signInAttemptIdSchema }),
      /** Too many wrong technician PINs through the gesture: closed until then. */
      z.object({ kind: z.literal('locked'), until: isoInstant }),
      /** No technician account, or a citizen is being served. */
      z.object({ kind: z.literal('unavailable') }),
    ]),
  },
  /** The PIN typed after the gesture: checked against every technician account. */
  'tech.verifyGesturePin': {
    request: z.object({ attemptId: signInAttemptIdSchema, pin: z.string().max(16) }),
    response: pinVerdictViewSchema,
  },
  'tech.devices': { request: withToken, response: z.array(deviceDiagnosticsSchema) },
  'tech.serialPorts': { request: withToken, response: serialPortsResultSchema },
  'tech.network': { request: withToken, response: networkResultSchema },
  'tech.software': { request: withToken, response: softwareResultSchema },
  'tech.printer.status': { request: withToken, response: printerDiagnosticsSchema },
  /** A test page: Arabic, Tifinagh, French, QR, barcode, density ramp, cut. */
  'tech.printer.testPage': {
    request: withToken,
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true) }),
      z.object({ ok: z.literal(false), reason: z.enum(['offline', 'paper-out', 'cover-open', 'cutter-error', 'error']) }),
    ]),
  },
  /** A new roll is in: the paper counter starts again. */
  'tech.printer.newRoll': { request: withToken, response: printerDiagnosticsSchema },
  'tech.logs.list': {
    request: withToken.merge(logQuerySchema),
    response: z.object({ entries: z.array(logEntryViewSchema), nextCursor: z.string().optional(), devices: z.array(z.string()) }),
  },
  /** Copies the logs (every rotated file, oldest first) as one file into `directory` (a USB drive) or <dataDir>/exports. */
  'tech.logs.export': {
    request: withToken.extend({ directory: z.string().max(300).optional() }),
    response: logExportResultSchema,
  },
} as const;
