// Structured logs for technicians. Personal data never belongs in them; the redaction list
// is a second fence for fields that could carry it by mistake.
import { pino, type Logger } from 'pino';
import { DEFAULT_REPEAT_INTERVAL_MS, RepeatLimiter } from './repeat-limiter.js';
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
  /** Folder for kiosk.log and the day files; omitted means standard error only. */
  dir?: string;
  level?: string;
  /** Also write warnings and errors to standard error (the default when a dir is given). */
  echoToStderr?: boolean;
  /** Per-day size cap and days kept; 5 MB a day part, 30 days unless given. */
  rotation?: RotationOptions;
  /** A warning repeated (same device, message, reason) is written once per this interval, then summarised; 0 writes every one. */
  repeatIntervalMs?: number;
}

/** The `logging` section of the configuration, in the units the stream counts. */
export function rotationFromConfig(logging: { maxFileMb: number; keepDays?: number }): RotationOptions {
  return { maxFileBytes: logging.maxFileMb * 1024 * 1024, keepDays: logging.keepDays ?? DEFAULT_ROTATION.keepDays };
}

export function createLogger(opts: LoggerOptions): Logger {
  const level = opts.level ?? 'info';
  const redact = { paths: REDACTED_KEYS.flatMap((k) => [k, `*.${k}`]), censor: '[redacted]' };
  const limiter = new RepeatLimiter(opts.repeatIntervalMs ?? DEFAULT_REPEAT_INTERVAL_MS);
  const hooks = {
    logMethod(this: Logger, args: Parameters<pino.LogFn>, method: pino.LogFn, lvl: number): void {
      if (opts.repeatIntervalMs === 0) method.apply(this, args);
      else limiter.logMethod(this, args, method, lvl);
    },
  };
  // Asynchronous standard error: a flood of warnings must not block the event loop on a slow
  // console (journald, a terminal); what is buffered is written at exit.
  const stderr = pino.destination({ dest: 2, sync: false, minLength: 4096 });
  const file = opts.dir ? new RotatingFileStream(opts.dir, opts.rotation ?? DEFAULT_ROTATION) : undefined;
  process.on('exit', () => {
    // Held-back repeats first, so their summary lines are in what gets flushed.
    limiter.flush();
    file?.flushSync();
    try {
      stderr.flushSync();
    } catch {
      // Not opened yet or already closed: nothing buffered to lose.
    }
  });
  if (!file) return pino({ level, redact, hooks }, stderr);
  const streams: pino.StreamEntry[] = [{ level: level as pino.Level, stream: file }];
  if (opts.echoToStderr !== false) streams.push({ level: 'warn', stream: stderr });
  // multistream has no flush(cb), so logger.flush() would reach neither queue without this.
  const out = Object.assign(pino.multistream(streams), {
    flush(cb?: (err?: Error) => void): void {
      limiter.flush(); // a flush asked for (shutdown, a test) includes the held-back repeats' summary
      file.flushSync();
      try {
        stderr.flushSync();
      } catch {
        // Standard error not ready yet: it writes its buffer by itself.
      }
      cb?.();
    },
  });
  return pino({ level, redact, hooks }, out);
}
