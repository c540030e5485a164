// The real receipt printer: render, ask the printer how it is, encode, send.
import { BaseDevice } from '../devices/device.js';
import type { DeviceLogger } from '../devices/device-logger.js';
import { encodeReceipt, type PrinterModel } from './escpos-encoder.js';
import { blockingReason, decodeStatusAnswers, type PrinterCondition } from './printer-status.js';
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
}

type Health = { kind: 'unknown'; detail: string } | { kind: 'known'; condition: PrinterCondition };

export class EscPosPrinter extends BaseDevice<ReceiptPrinterEvents> implements ReceiptPrinterDevice {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: EscPosPrinterOptions,
    private readonly logger: DeviceLogger,
  ) {
    super(PRINTER_DEVICE_ID, 'printer', 'escpos');
  }

  /** Never throws: a printer that is off at start-up is a state, not a crash. */
  async open(): Promise<void> {
    await this.serialised(async () => {
      try {
        this.applyHealth(await this.health());
      } catch (err) {
        this.applyUnreachable(err);
      }
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    this.setState('closed');
  }

  print(receipt: Receipt): Promise<PrintResult> {
    return this.serialised(() => this.printNow(receipt));
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
      return this.applyUnreachable(err);
    }
    if (health.kind === 'known') {
      const reason = blockingReason(health.condition);
      if (reason) {
        this.applyHealth(health);
        return this.fail(reason, describeCondition(health.condition));
      }
    }

    this.setState('busy');
    try {
      await this.options.transport.send(bytes);
    } catch (err) {
      const e = err instanceof PrinterTransportError ? err : new PrinterTransportError('error', String(err));
      return this.fail(e.kind === 'offline' ? 'offline' : 'error', e.message);
    }
    this.applyHealth(health);
    this.logger.info(
      { bytes: bytes.length, heightDots: bitmap.height, ms: Date.now() - started, status: health.kind },
      'receipt printed',
    );
    this.emit('printed', { bitmap, bytes: bytes.length });
    return { ok: true, bytes: bytes.length, bitmap };
  }

  private async health(): Promise<Health> {
    const t = this.options.transport;
    const first: StatusQuery = await t.queryStatus([1, 2, 4]);
    if (first.kind === 'unknown') return first;
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
      this.setState('ready', `printer does not report status (${h.detail})`);
      return;
    }
    const reason = blockingReason(h.condition);
    if (reason === 'offline') this.setState('offline', describeCondition(h.condition));
    else if (reason) this.setState('fault', describeCondition(h.condition));
    else if (h.condition.paperNearEnd) this.setState('warning', 'paper near end');
    else this.setState('ready');
  }

  private applyUnreachable(err: unknown): PrintResult {
    const e = err instanceof PrinterTransportError ? err : new PrinterTransportError('error', String(err));
    if (e.kind === 'offline') {
      this.setState('offline', `${this.options.transport.description} unreachable (${e.code ?? 'no answer'})`);
      return this.fail('offline', e.message);
    }
    this.setState('fault', e.message);
    return this.fail('error', e.message);
  }

  private fail(reason: PrintFailureReason, detail: string): PrintResult {
    this.logger.warn({ reason, detail, printer: this.options.transport.description }, 'receipt not printed');
    if (reason === 'error' && this.status().state === 'busy') this.setState('fault', detail);
    if (reason === 'offline' && this.status().state === 'busy') this.setState('offline', detail);
    return { ok: false, reason, detail };
  }
}

function describeCondition(c: PrinterCondition): string {
  const words: string[] = [];
  if (c.paperOut) words.push('paper out');
  if (c.coverOpen) words.push('cover open');
  if (c.cutterError) words.push('cutter error');
  if (c.unrecoverable) words.push('unrecoverable error');
  else if (c.error) words.push('error');
  if (c.offline && words.length === 0) words.push('offline');
  if (c.paperNearEnd && !c.paperOut) words.push('paper near end');
  return words.join(', ') || 'ok';
}
