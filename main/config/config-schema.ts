// The kiosk's configuration file. Every field is described here once: the JSON Schema in
// resources/ and the table in README are generated from these descriptions.
import { z } from 'zod';
import { LANGUAGES, SERVICE_IDS, languageSchema, serviceIdSchema } from '../contract/kiosk-contract.js';
import { DEFAULT_DEVICE_PLACEMENT, devicePlaceSchema } from '../contract/device-placement.js';
import { hardwareConfigSchema } from '../../hardware/hardware-config.js';
import { demoAccountProblem, isDemoAccount } from '../staff/demo-accounts.js';
import { staffConfigSchema } from '../staff/staff-config-schema.js';
import { CIVIL_STATUS_COLLECTION_COUNTER, CIVIL_STATUS_FEE_PER_COPY_CENTIMES } from '../office-server/office-fees.js';
import { officeNameConfigSchema, publicStatusUrlSchema } from './office-config-schema.js';

const queueServiceConfigSchema = z
  .object({
    id: serviceIdSchema.describe('Which counter service this is'),
    prefix: z
      .string()
      .regex(/^[A-Z]{1,2}$/, { message: 'must be one or two capital letters' })
      .describe('Letters before the ticket number, e.g. A for A-014'),
    counter: z.string().min(1).max(8).describe('Counter (guichet) the citizen goes to, as painted above it'),
    averageServiceMinutes: z
      .number()
      .min(0.5)
      .max(120)
      .describe('Average time a counter spends on one citizen, used to estimate the wait'),
    openCounters: z.number().int().min(1).max(20).default(1).describe('How many counters serve this queue at once'),
  })
  .strict();

const defaultQueue = [
  { id: 'civil-status', prefix: 'A', counter: '1', averageServiceMinutes: 6, openCounters: 2 },
  { id: 'legalisation', prefix: 'B', counter: '3', averageServiceMinutes: 4, openCounters: 1 },
  { id: 'certified-copies', prefix: 'C', counter: '4', averageServiceMinutes: 3, openCounters: 1 },
  { id: 'local-taxes', prefix: 'D', counter: '5', averageServiceMinutes: 8, openCounters: 1 },
  { id: 'complaints', prefix: 'E', counter: '6', averageServiceMinutes: 10, openCounters: 1 },
] as const;

export const kioskConfigSchema = z
  .object({
    $schema: z.string().optional().describe('Path of the JSON Schema, for editors; ignored by the kiosk'),
    office: z
      .object({
        name: officeNameConfigSchema,
        publicStatusUrl: publicStatusUrlSchema,
        timeZone: z
          .string()
          .refine((tz) => isTimeZone(tz), { message: 'must be an IANA time zone such as Africa/Casablanca' })
          .default('Africa/Casablanca')
          .describe('Time zone of dates on screen and receipts, and of the daily ticket sequence'),
        backendUrl: z
          .url({ protocol: /^https?$/, message: 'must be an http:// or https:// address' })
          // fetch refuses such URLs, and this one is printed at start and logged.
          .refine((u) => !/^https?:\/\/[^/]*@/.test(u), { message: 'must not carry a user name or password' })
          .optional()
          .describe("Address of the office backend's HTTP API; absent: the kiosk starts its embedded office server on 127.0.0.1"),
        token: z
          .string()
          .min(16, { message: 'must be at least 16 characters' })
          .max(512)
          .regex(/^[A-Za-z0-9._~+/=-]+$/, { message: 'must be letters, digits and . _ ~ + / = - only' })
          .optional()
          .describe(
            'Bearer token this kiosk sends to the office backend (Authorization header); with the embedded office server, absent: a random one shared with it at each start',
          ),
        requestTimeoutMs: z
          .number()
          .int()
          .min(500)
          .max(30_000)
          .default(4000)
          .describe('How long a citizen waits for the office backend before a submission goes to the outbox (receipt marked pending)'),
        outboxMaxRetryDelayMs: z
          .number()
          .int()
          .min(200)
          .max(600_000)
          .default(60_000)
          .describe('Longest wait between two outbox delivery attempts while the office backend is down (retries double from 1 s up to this)'),
        arrondissementId: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'must be an arrondissement id of resources/places, e.g. hay-mohammadi' })
          .optional()
          .describe(
            "The office's arrondissement, by its id in resources/places (e.g. hay-mohammadi): a street report starts in it, the citizen may choose another; absent or unknown: the citizen chooses among all",
          ),
      })
      .strict(),
    kiosk: z
      .object({
        id: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, { message: 'must be 2-32 lowercase letters, digits or dashes' })
          .describe('Identifier of this kiosk in logs and reports'),
        referenceCode: z
          .string()
          .regex(/^K[A-Z0-9]{2,8}$/, { message: 'must be K then 2-8 capital letters or digits, e.g. KHM01' })
          .optional()
          .describe('Prefix of the receipt numbers given while the office is unreachable (KHM01-2026-000123); default: K + the letters and digits of id'),
        defaultLanguage: languageSchema.default('ar').describe(`Language of the attract screen and after each reset: ${LANGUAGES.join(', ')}`),
        languages: z
          .array(languageSchema)
          .min(1)
          .default([...LANGUAGES])
          .describe('Languages offered, in the order of the buttons'),
        // Physical sides (the citizen's left and right facing the kiosk), never mirrored on
        // Arabic screens: the devices do not move when the language changes.
        devicePlacement: z
          .object({
            idReader: devicePlaceSchema.default(DEFAULT_DEVICE_PLACEMENT.idReader).describe('ID card reader: where the citizen inserts the ID card'),
            scanner: devicePlaceSchema.default(DEFAULT_DEVICE_PLACEMENT.scanner).describe('Barcode scanner: where the citizen shows a notice or receipt'),
            paymentTerminal: devicePlaceSchema.default(DEFAULT_DEVICE_PLACEMENT.paymentTerminal).describe('Card payment terminal: where the citizen inserts the bank card and types the PIN'),
            printerSlot: devicePlaceSchema.default(DEFAULT_DEVICE_PLACEMENT.printerSlot).describe('Printer slot: where tickets and receipts come out'),
          })
          .strict()
          .default(DEFAULT_DEVICE_PLACEMENT)
          .describe('Where each device sits on this kiosk model, as the citizen facing it sees it: the screens point there'),
      })
      .strict()
      .refine((k) => k.languages.includes(k.defaultLanguage), {
        message: 'defaultLanguage must be one of languages',
        path: ['defaultLanguage'],
      })
      .transform((k) => ({ ...k, referenceCode: k.referenceCode ?? referenceCodeFor(k.id) })),
    idle: z
      .object({
        warningAfterSeconds: z.number().int().min(10).max(600).default(45).describe('Inactivity before the "are you still there?" warning'),
        resetAfterWarningSeconds: z
          .number()
          .int()
          .min(20, { message: 'must be at least 20 (WCAG 2.2.1: warn at least 20 s before a time limit)' })
          .max(300)
          .default(30)
          .describe('Countdown shown in the warning before the session is wiped'),
        resultScreenSeconds: z.number().int().min(3).max(120).default(12).describe('How long the ticket number stays on screen after printing'),
      })
      .strict()
      .default({ warningAfterSeconds: 45, resetAfterWarningSeconds: 30, resultScreenSeconds: 12 }),
    queue: z
      .object({
        services: z
          .array(queueServiceConfigSchema)
          .min(1)
          .default(defaultQueue.map((s) => ({ ...s })))
          .describe('Counter services a ticket can be taken for'),
      })
      .strict()
      .superRefine((q, ctx) => {
        const seen = new Set<string>();
        q.services.forEach((s, i) => {
          if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['services', i, 'id'], message: `service ${s.id} is listed twice` });
          seen.add(s.id);
        });
        const prefixes = new Set<string>();
        q.services.forEach((s, i) => {
          if (prefixes.has(s.prefix)) ctx.addIssue({ code: 'custom', path: ['services', i, 'prefix'], message: `prefix ${s.prefix} is used twice` });
          prefixes.add(s.prefix);
        });
      })
      .default({ services: defaultQueue.map((s) => ({ ...s })) }),
    civilStatus: z
      .object({
        counter: z
          .string()
          .min(1)
          .max(8)
          .default(CIVIL_STATUS_COLLECTION_COUNTER)
          .describe('Counter (guichet) where civil-status documents are collected, shown before confirming'),
        maxCopies: z.number().int().min(1).max(10).default(5).describe('Most copies of one civil-status document a citizen may request at the kiosk'),
        feePerCopyCentimes: z
          .object({
            'birth-extract': feeSchema('birth-record extract', CIVIL_STATUS_FEE_PER_COPY_CENTIMES['birth-extract']),
            'birth-full-copy': feeSchema('full copy of the birth record', CIVIL_STATUS_FEE_PER_COPY_CENTIMES['birth-full-copy']),
            'marriage-extract': feeSchema('marriage extract', CIVIL_STATUS_FEE_PER_COPY_CENTIMES['marriage-extract']),
            'death-extract': feeSchema('death extract', CIVIL_STATUS_FEE_PER_COPY_CENTIMES['death-extract']),
          })
          .strict()
          .default({ ...CIVIL_STATUS_FEE_PER_COPY_CENTIMES }),
      })
      .strict()
      .default({ counter: CIVIL_STATUS_COLLECTION_COUNTER, maxCopies: 5, feePerCopyCentimes: { ...CIVIL_STATUS_FEE_PER_COPY_CENTIMES } }),
    storage: z
      .object({
        dataDir: z.string().min(1).optional().describe('Folder of the SQLite database and logs; default: ./var in the browser shell, the user-data folder in Electron'),
      })
      .strict()
      .default({}),
    journal: z
      .object({
        retentionDays: z
          .number()
          .int()
          .min(1)
          .max(3650)
          .default(90)
          .describe('Days a printed receipt or ticket stays in the receipt journal (for staff reprints) before it is purged'),
      })
      .strict()
      .default({ retentionDays: 90 }),
    logging: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info').describe('Lowest level written to the log'),
        maxFileMb: z
          .number()
          .int()
          .min(1)
          .max(100)
          .default(5)
          .describe("Size in MB at which today's logs/kiosk.log is set aside as kiosk-<day>.1.log (replacing today's earlier part): a day keeps at most twice this, earlier days are never touched"),
        keepDays: z.number().int().min(1).max(366).default(30).describe('Days of logs kept besides today (kiosk-<day>.log files); older days are deleted'),
        keepFiles: z.number().int().min(1).max(50).default(5).describe('Ignored: logs are now kept by day (keepDays); still accepted so older configuration files load'),
      })
      .strict()
      .default({ level: 'info', maxFileMb: 5, keepDays: 30, keepFiles: 5 }),
    developer: z
      .object({
        devDock: z.boolean().default(false).describe('Serve the dev dock page (fake cards, scans, printer faults) in the browser shell; never on a public kiosk'),
      })
      .strict()
      .default({ devDock: false }),
    staff: staffConfigSchema.describe('Staff mode: accounts (badge + PIN hash), PIN lockout, session idle time'),
    hardware: hardwareConfigSchema.describe('Devices and their drivers'),
  })
  .strict()
  .superRefine((config, ctx) => {
    // Published badge and PIN: a demo account must never open a kiosk in an office.
    if (config.developer.devDock) return;
    config.staff.accounts.forEach((a, i) => {
      if (isDemoAccount(a)) ctx.addIssue({ code: 'custom', path: ['staff', 'accounts', i], message: demoAccountProblem(a.id) });
    });
  });

export type KioskConfig = z.infer<typeof kioskConfigSchema>;
export type QueueServiceConfig = z.infer<typeof queueServiceConfigSchema>;

export const ALL_SERVICE_IDS = SERVICE_IDS;

function feeSchema(document: string, centimes: number) {
  return z.number().int().min(0).max(1_000_000).default(centimes).describe(`Fee per copy of a ${document}, in centimes (MAD x 100), shown before confirming`);
}

/**
 * 'K' and the letters and digits of the kiosk id, capitalised and cut to fit
 * kioskReferenceSchema: hm-01 -> KHM01. Padded with 0 for a one-letter id.
 */
export function referenceCodeFor(kioskId: string): string {
  const code = kioskId.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 8);
  return `K${code.padEnd(2, '0')}`;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
