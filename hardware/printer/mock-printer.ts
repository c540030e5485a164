// A printer with no paper: renders and encodes for real (so layout bugs show up in
// development) and keeps the last receipts for the dev dock to display.
import { BaseDevice } from '../devices/device.js';
import type { DeviceLogger } from '../devices/device-logger.js';
import { encodeReceipt } from './escpos-encoder.js';
import { renderReceiptBitmap, type PaperWidthDots } from './receipt-raster.js';
import type { Receipt } from './receipt-model.js';
import { PRINTER_DEVICE_ID, type PrintResult, type ReceiptPrinterDevice, type ReceiptPrinterEvents } from './receipt-printer.js';

/** Same strings as printerFaultSchema in main/contract/dev-dock-contract.ts. */
export type MockPrinterFault = 'none' | 'paper-near-end' | 'paper-out' | 'offline' | 'cover-open' | 'cutter-error';

export interface MockPrintedReceipt {
  seq: number;
  /** ISO 8601 time of the print. */
  at: string;
  png: Buffer;
  widthDots: number;
  heightDots: number;
  bytes: number;
}

export const MOCK_PRINTER_KEEP = 50;

export class MockPrinter extends BaseDevice<ReceiptPrinterEvents> implements ReceiptPrinterDevice {
  private fault: MockPrinterFault = 'none';
  private kept: MockPrintedReceipt[] = [];
  private seq = 0;

  constructor(
    private readonly paperWidthDots: PaperWidthDots,
    private readonly logger: DeviceLogger,
    private readonly now: () => Date = () => new Date(),
  ) {
    super(PRINTER_DEVICE_ID, 'printer', 'mock');
  }

  async open(): Promise<void> {
    this.applyFault();
  }

  async close(): Promise<void> {
    this.setState('closed');
  }

  currentFault(): MockPrinterFault {
    return this.fault;
  }

  setFault(fault: MockPrinterFault): void {
    this.fault = fault;
    if (this.status().state !== 'closed') this.applyFault();
  }

  /** Receipts printed after `afterSeq`, oldest first. */
  printedReceipts(afterSeq = 0): MockPrintedReceipt[] {
    return this.kept.filter((r) => r.seq > afterSeq);
  }

  async print(receipt: Receipt): Promise<PrintResult> {
    // A low roll still prints, as on a real printer.
    if (this.fault !== 'none' && this.fault !== 'paper-near-end') {
      this.logger.warn({ reason: this.fault }, 'mock receipt not printed');
      return { ok: false, reason: this.fault, detail: `mock printer fault: ${this.fault}` };
    }
    try {
      const bitmap = await renderReceiptBitmap(receipt, { paperWidthDots: this.paperWidthDots });
      const bytes = encodeReceipt(bitmap, { model: 'epson' }).length;
      this.seq += 1;
      this.kept.push({
        seq: this.seq,
        at: this.now().toISOString(),
        png: bitmap.png,
        widthDots: bitmap.width,
        heightDots: bitmap.height,
        bytes,
      });
      if (this.kept.length > MOCK_PRINTER_KEEP) this.kept.splice(0, this.kept.length - MOCK_PRINTER_KEEP);
      this.logger.info({ seq: this.seq, bytes, heightDots: bitmap.height }, 'mock receipt printed');
      this.emit('printed', { bitmap, bytes });
      return { ok: true, bytes, bitmap };
    } catch (err) {
      return { ok: false, reason: 'error', detail: `could not render the receipt: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  private applyFault(): void {
    if (this.fault === 'none') this.setState('ready');
    else if (this.fault === 'paper-near-end') this.setState('warning', 'mock printer: paper near end', 'paper-near-end');
    else if (this.fault === 'offline') this.setState('offline', 'mock printer set offline', 'offline');
    else this.setState('fault', `mock printer: ${this.fault.replaceAll('-', ' ')}`, this.fault);
  }
}
