// Structured logs for technicians. Personal data never belongs in them; the redaction list
// is a second fence for fields that could carry it by mistake.
import { pino, type Logger } from 'pino';
import { DEFAULT_ROTATION, RotatingFileStream, type RotationOptions } from './rotating-file-stream.js';

export type { Logger };
export type { RotationOptions };

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
  /** Folder for kiosk.log and its rolled files; omitted means standard error only. */
  dir?: string;
  level?: string;
  /** Also write warnings and errors to standard error (the default when a dir is given). */
  echoToStderr?: boolean;
  /** When kiosk.log rolls and how many rolled files stay; 5 files of 5 MB unless given. */
  rotation?: RotationOptions;
}

/** The `logging` section of the configuration, in the units the stream counts. */
export function rotationFromConfig(logging: { maxFileMb: number; keepFiles: number }): RotationOptions {
  return { maxFileBytes: logging.maxFileMb * 1024 * 1024, keepFiles: logging.keepFiles };
}

export function createLogger(opts: LoggerOptions): Logger {
  const level = opts.level ?? 'info';
  const redact = { paths: REDACTED_KEYS.flatMap((k) => [k, `*.${k}`]), censor: '[redacted]' };
  if (!opts.dir) return pino({ level, redact }, pino.destination({ dest: 2, sync: true }));
  const file = new RotatingFileStream(opts.dir, opts.rotation ?? DEFAULT_ROTATION);
  const streams: pino.StreamEntry[] = [{ level: level as pino.Level, stream: file }];
  if (opts.echoToStderr !== false) streams.push({ level: 'warn', stream: pino.destination({ dest: 2, sync: true }) });
  return pino({ level, redact }, pino.multistream(streams));
}
