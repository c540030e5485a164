// One misbehaving device must not drown the log: a reader fed garbage rejects a "read" many
// times a second, each a warning. Warnings and errors that repeat (same device, message and
// reason) are written once per interval, then one summary line says how many were held back.
// It sits in pino's logMethod hook, so the file, standard error and every child logger share it.
import type { LogFn, Logger } from 'pino';

export const DEFAULT_REPEAT_INTERVAL_MS = 60_000;
/** pino's warn level: below it (info, debug) nothing is held back. */
const WARN = 40;
/** The fields beside device and message that make a line a different one. */
const DISTINGUISHING = ['reason', 'state', 'condition'] as const;

interface Held {
  count: number;
  /** The first line's fields (already free of personal data: it was logged). */
  fields: Record<string, unknown>;
  msg: string;
  method: LogFn;
  logger: Logger;
}

export class RepeatLimiter {
  private readonly seen = new Map<string, Held | null>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly intervalMs = DEFAULT_REPEAT_INTERVAL_MS) {}

  /** pino `hooks.logMethod`: writes the call, or holds it back as a repeat. */
  logMethod(logger: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
    if (level < WARN) return method.apply(logger, args);
    const [first, second] = args as unknown[];
    const fields = first !== null && typeof first === 'object' ? (first as Record<string, unknown>) : {};
    const msg = typeof second === 'string' ? second : typeof first === 'string' ? first : '';
    // A change of state or condition is news, not a repeat: "warning" then "fault" for the same
    // printer are two lines.
    const key = [level, fields['device'] ?? fields['printer'], msg, ...DISTINGUISHING.map((k) => fields[k])].map((v) => String(v ?? '')).join('|');
    const held = this.seen.get(key);
    if (held === undefined) {
      this.seen.set(key, null);
      this.arm();
      return method.apply(logger, args);
    }
    if (held === null) this.seen.set(key, { count: 1, fields: summaryFields(fields), msg, method, logger });
    else held.count += 1;
  }

  /** Writes the summaries now (also done every interval) and starts a new interval for every key. */
  flush(): void {
    const held = [...this.seen.values()].filter((h): h is Held => h !== null);
    this.seen.clear();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const seconds = Math.round(this.intervalMs / 1000);
    for (const h of held) {
      h.method.apply(h.logger, [{ ...h.fields, repeated: h.count, intervalSeconds: seconds }, `${h.msg} (repeated ${h.count} more times within ${seconds} s)`]);
    }
  }

  private arm(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.flush(), this.intervalMs);
    // A held-back summary must never keep a process (or a test run) alive; exit flushes it.
    this.timer.unref();
  }
}

/** Only the fields that name the problem: the repeats may differ in details such as lengths. */
function summaryFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['device', 'printer', 'part', ...DISTINGUISHING]) if (fields[k] !== undefined) out[k] = fields[k];
  return out;
}
