// The kiosk's devices, built from the configuration and opened without ever stopping the
// kiosk: a device that cannot open is reported (status events) and retried by its driver.
import { createBadgeReader } from '../../hardware/badge-reader/create-badge-reader.js';
import type { BadgeReaderDevice } from '../../hardware/badge-reader/badge-reader.js';
import type { Device } from '../../hardware/devices/device.js';
import type { DeviceLogger } from '../../hardware/devices/device-logger.js';
import type { HardwareConfig } from '../../hardware/hardware-config.js';
import { createIdReader } from '../../hardware/id-reader/create-id-reader.js';
import type { IdReaderDevice } from '../../hardware/id-reader/id-reader.js';
import { createReceiptPrinter } from '../../hardware/printer/create-receipt-printer.js';
import type { ReceiptPrinterDevice } from '../../hardware/printer/receipt-printer.js';
import { createPaymentTerminal } from '../../hardware/payment/create-payment-terminal.js';
import type { PaymentTerminalDevice } from '../../hardware/payment/payment-terminal.js';
import { createBarcodeScanner } from '../../hardware/scanner/create-barcode-scanner.js';
import type { BarcodeScannerDevice } from '../../hardware/scanner/barcode-scanner.js';
import { errorSummary } from './contract-router.js';

export interface KioskDevices {
  idReader: IdReaderDevice;
  scanner: BarcodeScannerDevice;
  printer: ReceiptPrinterDevice;
  paymentTerminal: PaymentTerminalDevice;
  /** Absent when the configuration says `none`: no staff mode on this kiosk. */
  badgeReader?: BadgeReaderDevice;
}

export function createKioskDevices(config: HardwareConfig, logger: DeviceLogger): KioskDevices {
  const badgeReader = createBadgeReader(config.badgeReader, logger);
  return {
    idReader: createIdReader(config.idReader, logger),
    scanner: createBarcodeScanner(config.barcodeScanner, logger),
    printer: createReceiptPrinter(config.printer, logger),
    paymentTerminal: createPaymentTerminal(config.paymentTerminal, logger),
    ...(badgeReader ? { badgeReader } : {}),
  };
}

export function allDevices(devices: KioskDevices): Device[] {
  const all: Device[] = [devices.idReader, devices.scanner, devices.printer, devices.paymentTerminal];
  if (devices.badgeReader) all.push(devices.badgeReader);
  return all;
}

export async function openAll(devices: KioskDevices, logger: DeviceLogger): Promise<void> {
  await Promise.all(
    allDevices(devices).map(async (d) => {
      try {
        await d.open();
      } catch (err) {
        logger.warn({ device: d.id, err: errorSummary(err) }, 'device did not open; the kiosk goes on without it');
      }
    }),
  );
}

export async function closeAll(devices: KioskDevices, logger: DeviceLogger): Promise<void> {
  await Promise.all(
    allDevices(devices).map(async (d) => {
      try {
        await d.close();
      } catch (err) {
        logger.warn({ device: d.id, err: errorSummary(err) }, 'device did not close cleanly');
      }
    }),
  );
}
