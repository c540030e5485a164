// The technician's live raw console of a serial device (issue 5, item 4). Main masks before
// anything leaves it: MRZ letters and digits, all of a badge id but its last 2 characters, all
// of a code but its last 4. Framing bytes (CR, LF, STX, ETX, '<', garbage outside the MRZ
// alphabet) stay visible so baud-rate and framing faults can be diagnosed.
import { z } from 'zod';
import { staffTokenSchema } from './staff-schemas.js';

const withToken = z.object({ staffToken: staffTokenSchema });
const isoInstant = z.string().datetime({ offset: true });

/** The devices that send bytes on their own (the printer only answers its status questions). */
export const CONSOLE_DEVICE_IDS = ['id-reader', 'barcode-scanner', 'badge-reader'] as const;
export const consoleDeviceIdSchema = z.enum(CONSOLE_DEVICE_IDS);
export type ConsoleDeviceId = z.infer<typeof consoleDeviceIdSchema>;

/** The character that stands for a masked byte in `text`; `hex` shows a masked byte as two of them. */
export const CONSOLE_MASK = '•';

const entryBase = { seq: z.number().int().nonnegative(), at: isoInstant };

export const consoleEntrySchema = z.discriminatedUnion('kind', [
  /** Bytes as they came, masked: printable ASCII as itself, control bytes as control pictures (␍ ␊ ␂ ␃), others as �. */
  z.object({ kind: z.literal('bytes'), ...entryBase, text: z.string(), hex: z.string(), length: z.number().int().positive() }),
  /** What the ID reader's driver made of a document: every value masked, every check digit's verdict. */
  z.object({
    kind: z.literal('card'),
    ...entryBase,
    format: z.enum(['TD1', 'TD2', 'TD3', 'FR-ID', 'unknown']),
    ok: z.boolean(),
    fields: z.array(z.object({ name: z.string(), value: z.string().nullable() })),
    checks: z.array(z.object({ field: z.string(), ok: z.boolean() })),
    /** The parser's own words, free of personal data. */
    problems: z.array(z.string()),
  }),
  /** The driver got bytes but no document or badge: 'partial', 'garbled', 'over-long', 'checksum', 'malformed', 'incomplete'. */
  z.object({ kind: z.literal('unreadable'), ...entryBase, reason: z.string() }),
  z.object({ kind: z.literal('badge'), ...entryBase, badgeId: z.string() }),
  z.object({ kind: z.literal('scan'), ...entryBase, code: z.string(), length: z.number().int().positive(), symbology: z.string().nullable() }),
  /** The device sent faster than the screen can follow: this many entries were left out. */
  z.object({ kind: z.literal('dropped'), ...entryBase, count: z.number().int().positive() }),
]);
export type ConsoleEntry = z.infer<typeof consoleEntrySchema>;

export const consoleEventSchema = z.object({ deviceId: consoleDeviceIdSchema, entries: z.array(consoleEntrySchema) });
export type ConsoleEvent = z.infer<typeof consoleEventSchema>;

/** Merged into requestChannels in kiosk-contract.ts. */
export const techConsoleRequestChannels = {
  /**
   * Starts the console of one device for this technician session; entries then arrive as
   * 'tech.console' events until close, or until the session ends. Refused ('unavailable')
   * while a citizen is being served or when the device is not configured.
   */
  'tech.console.open': {
    request: withToken.extend({ deviceId: consoleDeviceIdSchema }),
    response: z.object({
      deviceId: consoleDeviceIdSchema,
      driver: z.string(),
      address: z.string(),
      /** What is kept of this console so far (at most `maxEntries`, oldest first). */
      entries: z.array(consoleEntrySchema),
      maxEntries: z.number().int().positive(),
    }),
  },
  'tech.console.close': {
    request: withToken.extend({ deviceId: consoleDeviceIdSchema }),
    response: z.object({ closed: z.boolean() }),
  },
} as const;

/** Merged into eventChannels in kiosk-contract.ts. */
export const techConsoleEventChannels = {
  /** New entries of an open console, coalesced (at most a few batches a second). */
  'tech.console': consoleEventSchema,
} as const;
