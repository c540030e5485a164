// The real receipt printer: render, ask the printer how it is, encode, send. Between prints it
// keeps asking (DLE EOT) so the kiosk knows the paper is out before a citizen starts.
import { BaseDevice } from '../devices/device.js';
import type { DeviceLogger } from '../devices/device-logger.js';
import { encodeReceipt, type PrinterModel } from './escpos-encoder.js';
import {
  blockingReason,
  decodeStatusAnswers,
  describeCondition,
  type PrinterCondition,
  type StatusRequest,
} from './printer-status.js';
import { PrinterTransportError, type PrinterTransport, type StatusQuery } from './printer-transport.js';
import { renderReceiptBitmap, type PaperWidthDots, type ReceiptBitmap } from './receipt-raster.js';
import type { Receipt } from './receipt-model.js';
import {
  PRINTER_DEVICE_ID,
  type PrintFailureReason,
  type PrintResult,
  type ReceiptPrinterDevice,
  type ReceiptPrinterEvents,
} from './receipt-printer.js';

export interface EscPosPrinterOptions {
  transport: PrinterTransport;
  paperWidthDots: PaperWidthDots;
  model: PrinterModel;
  /** Status poll period between prints; 0 or absent = ask only at open and before each print. */
  statusPollMs?: number;
}

/**
 * `unknown`: the printer has never answered a status request (a cheap printer, or a link with
 * no way back): it is printed to anyway, reported as ready with "status unknown".
 * `silent`: it answered before and has gone quiet: switched off on a serial line looks exactly
 * like this, so it is offline.
 */
type Health =
  | { kind: 'unknown'; detail: string }
  | { kind: 'silent'; detail: string }
  | { kind: 'known'; condition: PrinterCondition };

export const STATUS_UNKNOWN = 'status unknown';

/** The raw answers of the last full status query, for the technician (null: no answer). */
export interface StatusReplies {
  at: Date;
  replies: Array<{ request: StatusRequest; byte: number | null }>;
}

export class EscPosPrinter extends BaseDevice<ReceiptPrinterEvents> implements ReceiptPrinterDevice {
  private queue: Promise<unknown> = Promise.resolve();
  private pollTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private answeredOnce = false;
  /** Last condition a warning was logged for, so a poll repeating it logs nothing. */
  private loggedCondition = '';
  private lastReplies: StatusReplies | null = null;

  constructor(
    private readonly options: EscPosPrinterOptions,
    private readonly logger: DeviceLogger,
  ) {
    super(PRINTER_DEVICE_ID, 'printer', 'escpos');
  }

  /** Never throws: a printer that is off at start-up is a state, not a crash. */
  async open(): Promise<void> {
    this.closed = false;
    await this.checkNow();
    this.schedulePoll();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    await this.queue.catch(() => undefined);
    this.setState('closed');
  }

  print(receipt: Receipt): Promise<PrintResult> {
    return this.serialised(() => this.printNow(receipt));
  }

  /** Asks the printer now (queued behind any print) and updates the device status. */
  checkNow(): Promise<void> {
    return this.serialised(async () => {
      if (this.closed) return;
      try {
        this.applyHealth(await this.health());
      } catch (err) {
        this.applyUnreachable(err);
      }
    });
  }

  /** What the last full query (`askAllStatus`) got back; null before the first one. */
  lastStatusReplies(): StatusReplies | null {
    return this.lastReplies;
  }

  /**
   * Asks all four DLE EOT statuses (queued behind any print), keeps the raw bytes for the
   * technician and updates the device status from them. An unreachable printer answers none.
   */
  askAllStatus(): Promise<StatusReplies> {
    return this.serialised(async () => {
      const requests: StatusRequest[] = [1, 2, 3, 4];
      let answers: Array<{ n: StatusRequest; byte: number }> = [];
      try {
        const q = await this.options.transport.queryStatus(requests);
        if (q.kind === 'answered') answers = q.answers;
        if (!this.closed) {
          if (q.kind === 'answered') this.answeredOnce = true;
          this.applyHealth(
            q.kind === 'answered'
              ? { kind: 'known', condition: decodeStatusAnswers(answers) }
              : this.answeredOnce
                ? { kind: 'silent', detail: `printer stopped answering status (${q.detail})` }
                : { kind: 'unknown', detail: q.detail },
          );
        }
      } catch (err) {
        if (!this.closed) this.applyUnreachable(err);
      }
      this.lastReplies = {
        at: new Date(),
        replies: requests.map((n) => ({ request: n, byte: answers.find((a) => a.n === n)?.byte ?? null })),
      };
      return this.lastReplies;
    });
  }

  private schedulePoll(): void {
    const every = this.options.statusPollMs ?? 0;
    if (every <= 0 || this.closed) return;
    // Chained timeouts, not an interval: a slow status answer never stacks polls up.
    this.pollTimer = setTimeout(() => {
      void this.checkNow().finally(() => this.schedulePoll());
    }, every);
    // The poll alone must never keep the process alive (tests, shutdown).
    this.pollTimer.unref();
  }

  private serialised<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async printNow(receipt: Receipt): Promise<PrintResult> {
    const started = Date.now();
    let bitmap: ReceiptBitmap;
    let bytes: Buffer;
    try {
      bitmap = await renderReceiptBitmap(receipt, { paperWidthDots: this.options.paperWidthDots });
      bytes = encodeReceipt(bitmap, { model: this.options.model });
    } catch (err) {
      return this.fail('error', `could not render the receipt: ${err instanceof Error ? err.message : String(err)}`);
    }

    let health: Health;
    try {
      health = await this.health();
    } catch (err) {
      const e = this.applyUnreachable(err);
      return this.fail(e.kind === 'offline' ? 'offline' : 'error', e.message);
    }
    this.applyHealth(health);
    if (health.kind === 'silent') return this.fail('offline', health.detail);
    if (health.kind === 'known') {
      const reason = blockingReason(health.condition);
      if (reason) return this.fail(reason, describeCondition(health.condition));
    }

    const before = this.status();
    this.setState('busy');
    try {
      await this.options.transport.send(bytes);
    } catch (err) {
      const e = err instanceof PrinterTransportError ? err : new PrinterTransportError('error', String(err));
      if (e.kind === 'offline') this.setState('offline', e.message);
      else this.setState('fault', e.message);
      return this.fail(e.kind === 'offline' ? 'offline' : 'error', e.message);
    }
    this.setState(before.state, before.detail);
    const cutShort = await this.faultAfterSending(health);
    if (cutShort) return this.fail(cutShort.reason, cutShort.detail);
    this.logger.info(
      { bytes: bytes.length, heightDots: bitmap.height, ms: Date.now() - started, status: health.kind },
      'receipt printed',
    );
    this.emit('printed', { bitmap, bytes: bytes.length });
    return { ok: true, bytes: bytes.length, bitmap };
  }

  /**
   * Asks again once the last byte is out. A printer whose cover is lifted, whose roll ends or
   * that goes offline mid-receipt takes the bytes and throws the rest of the job away, and the
   * socket cannot tell: only its real-time status can. Such a receipt is a failed print with
   * the reason, so the journal keeps it pending and the clerk puts it out later as an original.
   * A printer that never answered status cannot be asked: its receipt counts as printed.
   */
  private async faultAfterSending(before: Health): Promise<{ reason: PrintFailureReason; detail: string } | undefined> {
    if (before.kind !== 'known') return undefined;
    let after: Health;
    try {
      after = await this.health();
      // A printer still swallowing a long job over a slow serial line may miss one answer;
      // calling that offline would have the clerk print a receipt that did come out.
      if (after.kind === 'silent') after = await this.health();
    } catch (err) {
      const e = this.applyUnreachable(err);
      return { reason: e.kind === 'offline' ? 'offline' : 'error', detail: `${e.message} right after the receipt was sent: it may be cut short` };
    }
    this.applyHealth(after);
    if (after.kind === 'silent') return { reason: 'offline', detail: `${after.detail} right after the receipt was sent: it may be cut short` };
    if (after.kind !== 'known') return undefined;
    const reason = blockingReason(after.condition);
    // Head too hot and the like: the printer keeps the job and resumes by itself, so the paper
    // comes out; printing it again would put the number on paper twice.
    if (!reason || onlyResumesByItself(after.condition)) return undefined;
    return { reason, detail: `${describeCondition(after.condition)} while the receipt was printing: the rest of it was not printed` };
  }

  private async health(): Promise<Health> {
    const t = this.options.transport;
    const first: StatusQuery = await t.queryStatus([1, 2, 4]);
    if (first.kind === 'unknown') {
      return this.answeredOnce
        ? { kind: 'silent', detail: `printer stopped answering status (${first.detail})` }
        : { kind: 'unknown', detail: first.detail };
    }
    this.answeredOnce = true;
    let answers = first.answers;
    const condition = decodeStatusAnswers(answers);
    // Only an error bit needs the error-cause byte, to tell a jammed cutter from the rest.
    if (condition.error) {
      const more = await t.queryStatus([3]);
      if (more.kind === 'answered') answers = [...answers, ...more.answers];
    }
    return { kind: 'known', condition: decodeStatusAnswers(answers) };
  }

  private applyHealth(h: Health): void {
    if (h.kind === 'unknown') {
      this.setState('ready', `${STATUS_UNKNOWN}: printer does not report status (${h.detail})`);
      this.logTransition('unknown', 'info', 'printer does not report its status: printing without checking paper');
      return;
    }
    if (h.kind === 'silent') {
      this.setState('offline', h.detail);
      this.logTransition('silent', 'warn', 'printer stopped answering status: treated as offline');
      return;
    }
    const c = h.condition;
    const reason = blockingReason(c);
    const words = describeCondition(c);
    if (reason === 'offline') this.setState('offline', words, reason);
    else if (reason) this.setState('fault', words, reason);
    else if (c.paperNearEnd) this.setState('warning', 'paper near end', 'paper-near-end');
    else this.setState('ready');
    if (reason) this.logTransition(words, 'warn', 'printer cannot print');
    else if (c.paperNearEnd) this.logTransition('near-end', 'warn', 'printer paper near end: load a new roll soon');
    else this.logTransition('ok', 'info', 'printer ready');
  }

  /** Logs once per change of condition: a poll that finds the same thing says nothing. */
  private logTransition(key: string, level: 'info' | 'warn', msg: string): void {
    if (key === this.loggedCondition) return;
    const first = this.loggedCondition === '';
    this.loggedCondition = key;
    if (first && level === 'info' && key === 'ok') return;
    this.logger[level]({ printer: this.options.transport.description, condition: key }, msg);
  }

  private applyUnreachable(err: unknown): PrinterTransportError {
    const e = err instanceof PrinterTransportError ? err : new PrinterTransportError('error', String(err));
    if (e.kind === 'offline') {
      this.setState('offline', `${this.options.transport.description} unreachable (${e.code ?? 'no answer'})`);
      this.logTransition(`unreachable ${e.code ?? ''}`, 'warn', 'printer unreachable');
    } else {
      this.setState('fault', e.message);
      this.logTransition(`link error ${e.code ?? ''}`, 'warn', 'printer link error');
    }
    return e;
  }

  private fail(reason: PrintFailureReason, detail: string): PrintResult {
    this.logger.warn({ reason, detail, printer: this.options.transport.description }, 'receipt not printed');
    return { ok: false, reason, detail };
  }
}

/**
 * An error the printer recovers from on its own, with the job still in its buffer. (It reports
 * itself offline meanwhile, as printers do during any error: that bit alone proves nothing.)
 */
function onlyResumesByItself(c: PrinterCondition): boolean {
  return c.autoRecoverableError && !c.paperOut && !c.coverOpen && !c.cutterError && !c.unrecoverable && !c.recoverableError;
}
