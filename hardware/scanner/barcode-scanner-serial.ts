// Barcode / QR scanner in serial (or USB-CDC) mode: one code per CR, LF or CRLF.
import type { DeviceLogger } from '../devices/device-logger.js';
import { SerialLineDevice } from '../serial/serial-line-device.js';
import type { ListSerialPorts, SerialPortIdentity } from '../serial/serial-port-identity.js';
import { BARCODE_SCANNER_DEVICE_ID, type BarcodeScannerDevice, type BarcodeScannerEvents } from './barcode-scanner.js';
import { ScanPipeline } from './scan-pipeline.js';

export interface SerialBarcodeScannerOptions {
  path: string;
  baudRate: number;
  reopenIntervalMs?: number;
  /** Configured USB identity, to find the device at another path (see SerialLinkOptions). */
  match?: SerialPortIdentity;
  listPorts?: ListSerialPorts;
}

export class SerialBarcodeScanner extends SerialLineDevice<BarcodeScannerEvents> implements BarcodeScannerDevice {
  constructor(options: SerialBarcodeScannerOptions, logger: DeviceLogger) {
    super(BARCODE_SCANNER_DEVICE_ID, 'barcode-scanner');
    const pipeline = new ScanPipeline({ logger, onScan: (event) => this.emit('scan', event) });
    this.connect(options, pipeline, logger);
  }
}
