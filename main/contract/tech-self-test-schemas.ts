// The technician's self-test report (issue 5, item 11) and screen checks (item 6). One run asks
// every part of the kiosk now, saves the report as JSON in the export folder and prints it.
// The report names the technician by account id only: never a PIN, a badge id or citizen data.
import { z } from 'zod';
import { printFailureReasonSchema } from './print-outcome-schema.js';
import { staffTokenSchema } from './staff-schemas.js';

const isoInstant = z.string().datetime({ offset: true });

export const selfTestVerdictSchema = z.enum(['pass', 'warn', 'fail']);
export type SelfTestVerdict = z.infer<typeof selfTestVerdictSchema>;

/** What a check looked at; the screen and the receipt name it from this (and `subject`). */
export const selfTestCheckKindSchema = z.enum([
  'device',
  'printer-status',
  'serial-nodes',
  'office',
  'outbox',
  'database',
  'disk',
  'log-folder',
  'config-file',
  'software',
  'screen',
  'touch',
  'audio',
]);
export type SelfTestCheckKind = z.infer<typeof selfTestCheckKindSchema>;

/** A finding as a locale key and its values; numbers are formatted by the screen in its language. */
export const selfTestFindingSchema = z.object({
  code: z.string().max(40),
  params: z.record(z.string(), z.union([z.string().max(200), z.number()])).optional(),
});
export type SelfTestFinding = z.infer<typeof selfTestFindingSchema>;

export const selfTestCheckSchema = z.object({
  /** Stable: the kind, or kind:subject ('device:printer'). */
  id: z.string(),
  kind: selfTestCheckKindSchema,
  /** The device id for a device check; absent otherwise. */
  subject: z.string().optional(),
  /** Plain technician words (English, like the logs): what the check is. */
  name: z.string(),
  verdict: selfTestVerdictSchema,
  /** Plain technician words (English, like the logs): what was found, and for a failure what to look at. */
  detail: z.string(),
  /** The same finding for the screen: tech-self-test.findings.<code> in the technician's language. */
  finding: selfTestFindingSchema.optional(),
  durationMs: z.number().nonnegative(),
});
export type SelfTestCheck = z.infer<typeof selfTestCheckSchema>;

export const selfTestReportSchema = z.object({
  format: z.literal('borne-self-test/1'),
  kioskId: z.string(),
  office: z.string(),
  startedAt: isoInstant,
  finishedAt: isoInstant,
  /** Account id from the staff configuration; nothing else about the technician. */
  technician: z.string(),
  overall: selfTestVerdictSchema,
  checks: z.array(selfTestCheckSchema),
});
export type SelfTestReport = z.infer<typeof selfTestReportSchema>;

export const screenInfoSchema = z.object({
  width: z.number().int().nonnegative().max(20000),
  height: z.number().int().nonnegative().max(20000),
  /** devicePixelRatio. */
  scale: z.number().positive().max(16),
  /** navigator.maxTouchPoints: 0 means the page sees no touch screen. */
  touchPoints: z.number().int().nonnegative().max(100),
});
export type ScreenInfo = z.infer<typeof screenInfoSchema>;

export const touchResultSchema = z
  .object({
    targets: z.number().int().positive().max(200),
    /** Targets touched at least once. */
    hits: z.number().int().nonnegative().max(200),
    /** Touches that landed between targets. */
    misses: z.number().int().nonnegative().max(100000),
  })
  .refine((t) => t.hits <= t.targets, { message: 'more targets hit than there are targets' });
export type TouchResult = z.infer<typeof touchResultSchema>;

export const audioResultSchema = z.enum(['heard', 'not-heard', 'not-run']);
export type AudioResult = z.infer<typeof audioResultSchema>;

export const selfTestRunRequestSchema = z.object({
  staffToken: staffTokenSchema,
  /** The technician's screen language: the receipt is printed in it. */
  language: z.enum(['ar', 'fr', 'zgh', 'en']),
  screen: screenInfoSchema,
  touch: touchResultSchema.optional(),
  audio: audioResultSchema.optional(),
});

export const selfTestSavedSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), fileName: z.string(), directory: z.string() }),
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);

export const selfTestPrintedSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('printed') }),
  /** `printer-failed`: the printer's own check failed, so nothing was sent to it. */
  z.object({ kind: z.literal('not-printed'), reason: z.union([printFailureReasonSchema, z.literal('printer-failed')]), detail: z.string() }),
]);

export const selfTestRunResultSchema = z.object({
  report: selfTestReportSchema,
  saved: selfTestSavedSchema,
  printed: selfTestPrintedSchema,
});
export type SelfTestRunResult = z.infer<typeof selfTestRunResultSchema>;

/** Merged into requestChannels in kiosk-contract.ts. */
export const techSelfTestRequestChannels = {
  /** Runs every check now (refused 'unavailable' while a citizen is served), saves, prints, audits. */
  'tech.selfTest.run': { request: selfTestRunRequestSchema, response: selfTestRunResultSchema },
} as const;
