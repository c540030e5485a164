// The receipt printer as the kiosk's services see it, whichever driver is behind it.
import type { Device, DeviceEvents } from '../devices/device.js';
import type { ReceiptBitmap } from './receipt-raster.js';
import type { Receipt } from './receipt-model.js';

/** Same strings as printFailureReasonSchema in main/contract/kiosk-contract.ts. */
export type PrintFailureReason = 'offline' | 'paper-out' | 'cover-open' | 'cutter-error' | 'error';

export type PrintResult =
  | { ok: true; bytes: number; bitmap: ReceiptBitmap }
  | { ok: false; reason: PrintFailureReason; /** Technician words, no personal data. */ detail: string };

export interface PrintedEvent {
  bitmap: ReceiptBitmap;
  bytes: number;
}

export interface ReceiptPrinterEvents extends DeviceEvents {
  printed: [PrintedEvent];
}

export interface ReceiptPrinterDevice extends Device<ReceiptPrinterEvents> {
  /** Never throws: every failure is a result with a reason. Prints run one after another. */
  print(receipt: Receipt): Promise<PrintResult>;
}

export const PRINTER_DEVICE_ID = 'printer';
