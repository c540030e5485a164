// The technician's live configuration view and edit (issue 5, item 9). The edit is the
// `hardware` section only: it is validated with the whole configuration exactly as at start,
// saved to the file in use, and the devices whose settings changed are closed and reopened.
// Secrets (PIN hashes, tokens, passwords) never leave main: they are masked in the view.
import { z } from 'zod';
import { staffTokenSchema } from './staff-schemas.js';

const withToken = z.object({ staffToken: staffTokenSchema });

export const CONFIG_SECRET_MASK = '••••••';

export const configProblemViewSchema = z.object({
  /** Dotted path as in the file, e.g. hardware.idReader.path. */
  field: z.string(),
  /** Plain words (English), the same as the kiosk prints at start: the screen's technical detail. */
  reason: z.string(),
  /** The same problem for the screen: tech-config.problems.<code> in the technician's language. */
  code: z.string().max(40).optional(),
  params: z.record(z.string(), z.union([z.string().max(200), z.number()])).optional(),
});
export type ConfigProblemView = z.infer<typeof configProblemViewSchema>;

export const configViewSchema = z.object({
  /** The whole configuration in use, defaults filled in, secrets replaced by CONFIG_SECRET_MASK. */
  config: z.record(z.string(), z.unknown()),
  /** The file read at start; null: the embedded default. */
  file: z.string().nullable(),
  /** Where an applied edit is written (the file in use, or <dataDir>/kiosk-config.json over the embedded default). */
  saveTo: z.string(),
  /** False when that file cannot be written: an edit still applies until the next start. */
  persists: z.boolean(),
  /** JSON Schema of `hardware`, the editable part (one variant per driver). */
  hardwareSchema: z.record(z.string(), z.unknown()),
});
export type ConfigView = z.infer<typeof configViewSchema>;

export const deviceReconfigurationSchema = z.object({
  id: z.string(),
  kind: z.enum(['id-reader', 'barcode-scanner', 'printer', 'payment-terminal', 'badge-reader']),
  /** reopened: closed and opened with the new settings; next-start: saved, needs a restart. */
  outcome: z.enum(['unchanged', 'reopened', 'next-start']),
  state: z.enum(['ready', 'busy', 'warning', 'fault', 'offline', 'closed']),
  detail: z.string().optional(),
});
export type DeviceReconfigurationView = z.infer<typeof deviceReconfigurationSchema>;

export const configApplyResultSchema = z.discriminatedUnion('kind', [
  /** Nothing changed, nothing written: each field and why, as at start. */
  z.object({ kind: z.literal('refused'), problems: z.array(configProblemViewSchema).min(1) }),
  z.object({
    kind: z.literal('applied'),
    devices: z.array(deviceReconfigurationSchema),
    /** False when the file could not be written: the change holds until the next start. */
    saved: z.boolean(),
    saveProblem: z.string().optional(),
    /** Sections (e.g. hardware.badgeReader) saved but only used after a restart. */
    nextStart: z.array(z.string()),
  }),
]);
export type ConfigApplyResult = z.infer<typeof configApplyResultSchema>;

/** Merged into requestChannels in kiosk-contract.ts. */
export const techConfigRequestChannels = {
  'tech.config.get': { request: withToken, response: configViewSchema },
  'tech.config.apply': {
    // Checked by the configuration schema in main, not here, so a bad value comes back as field + reason.
    request: withToken.extend({ hardware: z.unknown() }),
    response: configApplyResultSchema,
  },
} as const;
