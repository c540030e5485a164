// Picks the scanner driver named in the hardware configuration.
import type { DeviceLogger } from '../devices/device-logger.js';
import type { BarcodeScannerConfig } from '../hardware-config.js';
import type { BarcodeScannerDevice } from './barcode-scanner.js';
import { MockBarcodeScanner } from './barcode-scanner-mock.js';
import { SerialBarcodeScanner } from './barcode-scanner-serial.js';

export function createBarcodeScanner(config: BarcodeScannerConfig, logger: DeviceLogger): BarcodeScannerDevice {
  switch (config.driver) {
    case 'serial':
      return new SerialBarcodeScanner({ path: config.path, baudRate: config.baudRate, ...(config.usb ? { match: config.usb } : {}) }, logger);
    case 'mock':
      return new MockBarcodeScanner(logger);
  }
}
