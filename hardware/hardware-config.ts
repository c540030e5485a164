// Which driver each device uses and how to reach it. Main composes this into the kiosk's
// configuration schema; the JSON Schema in resources/ is generated from it.
import { z } from 'zod';
import { paymentTerminalConfigSchema } from './payment/payment-terminal-config.js';

const serialPath = z
  .string()
  .min(1)
  .describe('Serial device path, e.g. /dev/ttyUSB0, /dev/serial/by-id/..., or COM3 on Windows');

const baudRate = z
  .number()
  .int()
  .refine((n) => [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200].includes(n), {
    message: 'must be a standard baud rate (1200 ... 115200)',
  })
  .default(9600)
  .describe('Serial speed in baud');

const usbId = (what: string, example: string) =>
  z
    .string()
    .regex(/^(0x)?[0-9a-fA-F]{4}$/, { message: `must be the ${what} id as 4 hex digits, e.g. ${example}` })
    .describe(`USB ${what} id, 4 hex digits as SerialPort.list() shows it (e.g. ${example})`);

const usbIdentity = z
  .object({
    vendorId: usbId('vendor', '0403'),
    productId: usbId('product', '6001'),
    serialNumber: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[\x21-\x7e]+$/, { message: 'must be the serial number as listed: printable characters, no spaces' })
      .optional()
      .describe('Serial number of the USB adapter, when it has one: tells two units of the same model apart'),
  })
  .strict()
  .optional()
  .describe(
    'USB identity of the device (technician Serial ports tab): when the path disappears, the port carrying this identity is opened instead (device plugged into another socket)',
  );

export const idReaderConfigSchema = z
  .discriminatedUnion('driver', [
    z
      .object({
        driver: z.literal('serial').describe('Real device on a serial port'),
        path: serialPath,
        baudRate,
        usb: usbIdentity,
        interLineTimeoutMs: z
          .number()
          .int()
          .min(50)
          .max(5000)
          .default(400)
          .describe('How long to wait for the next MRZ line before giving up on a partial read'),
      })
      .strict(),
    z.object({ driver: z.literal('mock').describe('Simulated device, driven from the dev dock') }).strict(),
  ])
  .describe('Document reader that reads the machine-readable zone (MRZ) of ID cards and passports');

export const barcodeScannerConfigSchema = z
  .discriminatedUnion('driver', [
    z
      .object({
        driver: z.literal('serial').describe('Real device on a serial port'),
        path: serialPath,
        baudRate,
        usb: usbIdentity,
      })
      .strict(),
    z.object({ driver: z.literal('mock').describe('Simulated device, driven from the dev dock') }).strict(),
  ])
  .describe('Barcode / QR scanner in serial (or USB-CDC) mode, one code per line');

export const badgeReaderConfigSchema = z
  .discriminatedUnion('driver', [
    z
      .object({
        driver: z.literal('serial').describe('Real 125 kHz reader on a serial port (STX, hex id, checksum, CR LF, ETX)'),
        path: serialPath,
        baudRate,
        usb: usbIdentity,
        holdGapMs: z
          .number()
          .int()
          .min(200)
          .max(10_000)
          .default(1500)
          .describe('A badge seen again within this time of its last frame is the same read (readers repeat while it is held)'),
      })
      .strict(),
    z.object({ driver: z.literal('mock').describe('Simulated reader, driven from tests and the dev dock') }).strict(),
    z.object({ driver: z.literal('none').describe('No badge reader: staff mode is unavailable on this kiosk') }).strict(),
  ])
  .describe('Staff badge reader (125 kHz) for the staff mode');

const paperWidthMm = z
  .union([z.literal(58), z.literal(80)])
  .default(80)
  .describe('Paper roll width in millimetres: 58 (384 dots) or 80 (576 dots)');

export const printerConfigSchema = z
  .discriminatedUnion('driver', [
    z
      .object({
        driver: z.literal('escpos').describe('ESC/POS printer over TCP or a device path'),
        interface: z
          .string()
          .regex(/^(tcp:\/\/[^\s:/]+:\d{1,5}|\/dev\/\S+|[A-Z]:\\\S+|\\\\\S+)$/, {
            message: 'must be tcp://host:port or a device path such as /dev/usb/lp0',
          })
          .describe('Where the printer is: tcp://host:9100 or a device path (/dev/usb/lp0, /dev/ttyUSB0)'),
        paperWidthMm,
        model: z.enum(['epson', 'star']).default('epson').describe('Command set of the printer'),
        baudRate: baudRate.describe('Serial speed in baud, when the interface is a serial tty (/dev/ttyUSB0, /dev/ttyS0)'),
        timeoutMs: z.number().int().min(200).max(30000).default(4000).describe('Time allowed to connect and send one receipt'),
        statusPollMs: z
          .number()
          .int()
          .min(0)
          .max(600000)
          .refine((n) => n === 0 || n >= 500, { message: 'must be 0 (no polling) or at least 500 ms' })
          .default(5000)
          .describe(
            'How often (ms) the printer is asked for paper, cover and errors between prints, so the kiosk warns citizens before they start; 0 = only before each print',
          ),
      })
      .strict(),
    z
      .object({
        driver: z.literal('mock').describe('Simulated printer: receipts appear in the dev dock'),
        paperWidthMm,
      })
      .strict(),
  ])
  .describe('ESC/POS receipt printer');

export const hardwareConfigSchema = z
  .object({
    idReader: idReaderConfigSchema,
    barcodeScanner: barcodeScannerConfigSchema,
    printer: printerConfigSchema,
    paymentTerminal: paymentTerminalConfigSchema.prefault({ driver: 'mock' }),
    badgeReader: badgeReaderConfigSchema.prefault({ driver: 'mock' }),
  })
  .strict();

export type IdReaderConfig = z.infer<typeof idReaderConfigSchema>;
export type BarcodeScannerConfig = z.infer<typeof barcodeScannerConfigSchema>;
export type BadgeReaderConfig = z.infer<typeof badgeReaderConfigSchema>;
export type PrinterConfig = z.infer<typeof printerConfigSchema>;
export type HardwareConfig = z.infer<typeof hardwareConfigSchema>;
