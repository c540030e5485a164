// Configuration -> the receipt printer driver it names.
import type { DeviceLogger } from '../devices/device-logger.js';
import type { PrinterConfig } from '../hardware-config.js';
import { createPrinterTransport, defaultTimeouts } from './create-printer-transport.js';
import { EscPosPrinter } from './escpos-printer.js';
import { MockPrinter } from './mock-printer.js';
import { paperWidthDots } from './receipt-raster.js';
import type { ReceiptPrinterDevice } from './receipt-printer.js';

export function createReceiptPrinter(config: PrinterConfig, logger: DeviceLogger): ReceiptPrinterDevice {
  const width = paperWidthDots(config.paperWidthMm);
  if (config.driver === 'mock') return new MockPrinter(width, logger);
  return new EscPosPrinter(
    {
      transport: createPrinterTransport(config.interface, defaultTimeouts(config.timeoutMs), config.baudRate),
      paperWidthDots: width,
      model: config.model,
      statusPollMs: config.statusPollMs,
    },
    logger,
  );
}
