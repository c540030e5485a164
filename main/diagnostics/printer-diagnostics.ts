// The printer as the technician sees it: the raw DLE EOT replies with every meaningful bit
// named, and the paper used since the last new roll, counted from what was really printed
// and kept in kiosk.sqlite so a restart does not lose it.
import { isValidStatusByte, type StatusRequest } from '../../hardware/printer/printer-status.js';
import type { StatusReplies } from '../../hardware/printer/escpos-printer.js';
import type { PrintedEvent, ReceiptPrinterDevice } from '../../hardware/printer/receipt-printer.js';
import type { PrinterDiagnostics } from '../contract/kiosk-contract.js';
import type { SqliteDatabase } from '../storage/sqlite-database.js';

/** 203 dpi heads burn 8 dots per millimetre. */
export const DOTS_PER_MM = 8;
/**
 * Every job ends with one vertical tab before the cut (escpos-encoder.ts): one line at the
 * default 1/6 inch line spacing.
 */
export const FEED_MM_PER_RECEIPT = 25.4 / 6;

/** Stable names of the bits each reply carries (Epson DLE EOT n=1..4); other bits are fixed. */
export const STATUS_BIT_NAMES: Readonly<Record<StatusRequest, ReadonlyArray<readonly [number, string]>>> = {
  1: [
    [2, 'drawer-pin-high'],
    [3, 'offline'],
    [5, 'waiting-online-recovery'],
    [6, 'feed-button-pressed'],
  ],
  2: [
    [2, 'cover-open'],
    [3, 'feeding-by-button'],
    [5, 'stopped-paper-end'],
    [6, 'error'],
  ],
  3: [
    [2, 'recoverable-error'],
    [3, 'cutter-error'],
    [5, 'unrecoverable-error'],
    [6, 'auto-recoverable-error'],
  ],
  // The near-end and end sensors each report on two bits (two possible sensor positions).
  4: [
    [2, 'paper-near-end'],
    [3, 'paper-near-end-2'],
    [5, 'paper-end'],
    [6, 'paper-end-2'],
  ],
};

export function decodeStatusBits(replies: StatusReplies['replies']): PrinterDiagnostics['bits'] {
  const bits: PrinterDiagnostics['bits'] = [];
  for (const r of replies) {
    // A byte that is no status answer at all (line noise) says nothing about any bit.
    if (r.byte === null || !isValidStatusByte(r.byte)) continue;
    for (const [bit, name] of STATUS_BIT_NAMES[r.request]) bits.push({ request: r.request, bit, name, set: (r.byte & (1 << bit)) !== 0 });
  }
  return bits;
}

/** The driver part that can be asked; the mock printer has none. */
export interface StatusAsker {
  askAllStatus(): Promise<StatusReplies>;
  lastStatusReplies(): StatusReplies | null;
}

export function statusAskerOf(printer: ReceiptPrinterDevice): StatusAsker | undefined {
  const p = printer as Partial<StatusAsker>;
  return typeof p.askAllStatus === 'function' && typeof p.lastStatusReplies === 'function' ? (printer as unknown as StatusAsker) : undefined;
}

export interface PaperUsed {
  receipts: number;
  lengthMm: number;
  since: Date;
}

export function paperLengthMm(heightDots: number): number {
  return heightDots / DOTS_PER_MM + FEED_MM_PER_RECEIPT;
}

/** The paper counter, one row in kiosk.sqlite; additions are single UPDATEs so none is lost. */
export class PrinterPaperCounter {
  private pending: Promise<unknown> = Promise.resolve();
  private off: (() => void) | undefined;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => Date,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** Counts every receipt the printer reports printed, whoever asked for it. */
  watch(printer: ReceiptPrinterDevice): void {
    const listener = (e: PrintedEvent): void => {
      this.track(this.add(e.bitmap.height));
    };
    printer.on('printed', listener);
    this.off = () => printer.off('printed', listener);
  }

  async read(): Promise<PaperUsed> {
    await this.ensureRow();
    const row = await this.db.get<{ receipts: number; length_mm: number; since: string }>('SELECT receipts, length_mm, since FROM printer_paper WHERE id = 1');
    if (!row) throw new Error('printer_paper row missing');
    return { receipts: row.receipts, lengthMm: row.length_mm, since: new Date(row.since) };
  }

  async add(heightDots: number): Promise<void> {
    await this.ensureRow();
    await this.db.run('UPDATE printer_paper SET receipts = receipts + 1, length_mm = length_mm + ? WHERE id = 1', [paperLengthMm(heightDots)]);
  }

  async newRoll(): Promise<PaperUsed> {
    await this.settled();
    await this.ensureRow();
    await this.db.run('UPDATE printer_paper SET receipts = 0, length_mm = 0, since = ? WHERE id = 1', [this.now().toISOString()]);
    return this.read();
  }

  /** Resolves once every print seen so far is counted. */
  async settled(): Promise<void> {
    await this.pending;
  }

  close(): void {
    this.off?.();
    this.off = undefined;
  }

  private track(work: Promise<void>): void {
    this.pending = Promise.all([this.pending, work.catch((err: unknown) => this.onError(err))]);
  }

  private async ensureRow(): Promise<void> {
    await this.db.run('INSERT OR IGNORE INTO printer_paper (id, receipts, length_mm, since) VALUES (1, 0, 0, ?)', [this.now().toISOString()]);
  }
}
