// The kiosk's configuration file. Every field is described here once: the JSON Schema in
// resources/ and the table in README are generated from these descriptions.
import { z } from 'zod';
import { LANGUAGES, SERVICE_IDS, languageSchema, serviceIdSchema } from '../contract/kiosk-contract.js';
import { hardwareConfigSchema } from '../../hardware/hardware-config.js';

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
        name: z.string().min(1).max(80).describe('Office name shown on screen and printed on receipts'),
        timeZone: z
          .string()
          .refine((tz) => isTimeZone(tz), { message: 'must be an IANA time zone such as Africa/Casablanca' })
          .default('Africa/Casablanca')
          .describe('Time zone of dates on screen and receipts, and of the daily ticket sequence'),
      })
      .strict(),
    kiosk: z
      .object({
        id: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, { message: 'must be 2-32 lowercase letters, digits or dashes' })
          .describe('Identifier of this kiosk in logs and reports'),
        defaultLanguage: languageSchema.default('ar').describe(`Language of the attract screen and after each reset: ${LANGUAGES.join(', ')}`),
        languages: z
          .array(languageSchema)
          .min(1)
          .default([...LANGUAGES])
          .describe('Languages offered, in the order of the buttons'),
      })
      .strict()
      .refine((k) => k.languages.includes(k.defaultLanguage), {
        message: 'defaultLanguage must be one of languages',
        path: ['defaultLanguage'],
      }),
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
    storage: z
      .object({
        dataDir: z.string().min(1).optional().describe('Folder of the SQLite database and logs; default: ./var in the browser shell, the user-data folder in Electron'),
      })
      .strict()
      .default({}),
    logging: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info').describe('Lowest level written to the log'),
      })
      .strict()
      .default({ level: 'info' }),
    developer: z
      .object({
        devDock: z.boolean().default(false).describe('Serve the dev dock page (fake cards, scans, printer faults) in the browser shell; never on a public kiosk'),
      })
      .strict()
      .default({ devDock: false }),
    hardware: hardwareConfigSchema.describe('Devices and their drivers'),
  })
  .strict();

export type KioskConfig = z.infer<typeof kioskConfigSchema>;
export type QueueServiceConfig = z.infer<typeof queueServiceConfigSchema>;

export const ALL_SERVICE_IDS = SERVICE_IDS;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
