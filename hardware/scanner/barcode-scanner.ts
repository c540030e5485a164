// The barcode / QR scanner as services see it, whichever driver is behind it.
import type { Device, DeviceEvents } from '../devices/device.js';

export const BARCODE_SCANNER_DEVICE_ID = 'barcode-scanner';

export interface ScanEvent {
  code: string;
  at: Date;
}

export interface BarcodeScannerEvents extends DeviceEvents {
  scan: [ScanEvent];
  /** Every chunk of bytes as it came from the port (codes may identify someone: mask before showing). */
  raw: [Buffer];
}

export type BarcodeScannerDevice = Device<BarcodeScannerEvents>;
