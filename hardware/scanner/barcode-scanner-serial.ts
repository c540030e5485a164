// Barcode / QR scanner in serial (or USB-CDC) mode: one code per CR, LF or CRLF.
import { BaseDevice } from '../devices/device.js';
import type { DeviceLogger } from '../devices/device-logger.js';
import { ReconnectingSerialPort } from '../serial/reconnecting-serial-port.js';
import { BARCODE_SCANNER_DEVICE_ID, type BarcodeScannerDevice, type BarcodeScannerEvents } from './barcode-scanner.js';
import { ScanPipeline } from './scan-pipeline.js';

export interface SerialBarcodeScannerOptions {
  path: string;
  baudRate: number;
  reopenIntervalMs?: number;
}

export class SerialBarcodeScanner extends BaseDevice<BarcodeScannerEvents> implements BarcodeScannerDevice {
  private readonly pipeline: ScanPipeline;
  private readonly link: ReconnectingSerialPort;

  constructor(options: SerialBarcodeScannerOptions, logger: DeviceLogger) {
    super(BARCODE_SCANNER_DEVICE_ID, 'barcode-scanner', 'serial');
    this.pipeline = new ScanPipeline({ logger, onScan: (event) => this.emit('scan', event) });
    this.link = new ReconnectingSerialPort({
      path: options.path,
      baudRate: options.baudRate,
      ...(options.reopenIntervalMs !== undefined ? { reopenIntervalMs: options.reopenIntervalMs } : {}),
      deviceId: BARCODE_SCANNER_DEVICE_ID,
      logger,
      onData: (chunk) => this.pipeline.pushBytes(chunk),
      onOpen: () => this.setState('ready'),
      onOffline: (detail) => {
        this.pipeline.reset();
        this.setState('offline', detail);
      },
    });
  }

  /** Never rejects: a scanner that cannot be opened goes offline and is retried. */
  async open(): Promise<void> {
    await this.link.open();
  }

  async close(): Promise<void> {
    await this.link.close();
    this.pipeline.reset();
    this.setState('closed');
  }
}
