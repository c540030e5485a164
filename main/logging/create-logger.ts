// Structured logs for technicians. Personal data never belongs in them; the redaction list
// is a second fence for fields that could carry it by mistake.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';

export type { Logger };

export const REDACTED_KEYS = [
  'mrz',
  'lines',
  'documentNumber',
  'surname',
  'givenNames',
  'birthDate',
  'phone',
  'cardNumber',
  'pin',
  'token',
];

export interface LoggerOptions {
  /** Folder for kiosk.log; omitted means standard error only. */
  dir?: string;
  level?: string;
  /** Also write warnings and errors to standard error (the default when a dir is given). */
  echoToStderr?: boolean;
}

export function createLogger(opts: LoggerOptions): Logger {
  const level = opts.level ?? 'info';
  const redact = { paths: REDACTED_KEYS.flatMap((k) => [k, `*.${k}`]), censor: '[redacted]' };
  if (!opts.dir) return pino({ level, redact }, pino.destination({ dest: 2, sync: true }));
  mkdirSync(opts.dir, { recursive: true });
  const streams: pino.StreamEntry[] = [{ level: level as pino.Level, stream: pino.destination({ dest: join(opts.dir, 'kiosk.log'), mkdir: true, sync: false }) }];
  if (opts.echoToStderr !== false) streams.push({ level: 'warn', stream: pino.destination({ dest: 2, sync: true }) });
  return pino({ level, redact }, pino.multistream(streams));
}
