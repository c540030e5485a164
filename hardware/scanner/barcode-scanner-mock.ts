// A scanner with no hardware, for the dev dock and tests; codes take the same filtering and
// debouncing as real ones.
import { BaseDevice } from '../devices/device.js';
import type { DeviceLogger } from '../devices/device-logger.js';
import { BARCODE_SCANNER_DEVICE_ID, type BarcodeScannerDevice, type BarcodeScannerEvents } from './barcode-scanner.js';
import { ScanPipeline } from './scan-pipeline.js';

export class MockBarcodeScanner extends BaseDevice<BarcodeScannerEvents> implements BarcodeScannerDevice {
  private readonly pipeline: ScanPipeline;

  constructor(logger: DeviceLogger) {
    super(BARCODE_SCANNER_DEVICE_ID, 'barcode-scanner', 'mock');
    this.pipeline = new ScanPipeline({ logger, onScan: (event) => this.emit('scan', event) });
  }

  async open(): Promise<void> {
    this.setState('ready');
  }

  async close(): Promise<void> {
    this.pipeline.reset();
    this.setState('closed');
  }

  /** True when a `scan` event went out (not closed, not rejected, not a debounced repeat). */
  scan(code: string): boolean {
    if (this.status().state !== 'ready') return false;
    // A scanner's default suffix is CR: what the raw console would see from a real one.
    this.emit('raw', Buffer.from(`${code}\r`, 'latin1'));
    return this.pipeline.pushCode(code);
  }

  /** Feeds raw bytes as the scanner would send them, terminators included. */
  scanRaw(bytes: Uint8Array): boolean {
    if (this.status().state !== 'ready') return false;
    this.emit('raw', Buffer.from(bytes));
    this.pipeline.pushBytes(bytes);
    return true;
  }

  /** Simulates pulling the scanner's cable (true) or plugging it back (false). */
  setUnplugged(unplugged: boolean): void {
    if (this.status().state === 'closed') return;
    this.setState(unplugged ? 'offline' : 'ready', unplugged ? 'serial device disconnected' : undefined);
  }
}
