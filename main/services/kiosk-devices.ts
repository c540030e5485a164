// The kiosk's devices, built from the configuration and opened without ever stopping the
// kiosk: a device that cannot open is reported (status events) and retried by its driver.
import { createBadgeReader } from '../../hardware/badge-reader/create-badge-reader.js';
import type { BadgeReaderDevice } from '../../hardware/badge-reader/badge-reader.js';
import { BADGE_READER_DEVICE_ID } from '../../hardware/badge-reader/badge-reader.js';
import type { Device, DeviceKind, DeviceState } from '../../hardware/devices/device.js';
import type { DeviceLogger } from '../../hardware/devices/device-logger.js';
import type { HardwareConfig } from '../../hardware/hardware-config.js';
import { createIdReader } from '../../hardware/id-reader/create-id-reader.js';
import type { IdReaderDevice } from '../../hardware/id-reader/id-reader.js';
import { createReceiptPrinter } from '../../hardware/printer/create-receipt-printer.js';
import type { ReceiptPrinterDevice } from '../../hardware/printer/receipt-printer.js';
import { createPaymentTerminal, type PaymentTerminalPlace } from '../../hardware/payment/create-payment-terminal.js';
import type { PaymentTerminalDevice } from '../../hardware/payment/payment-terminal.js';
import { createBarcodeScanner } from '../../hardware/scanner/create-barcode-scanner.js';
import type { BarcodeScannerDevice } from '../../hardware/scanner/barcode-scanner.js';
import { errorSummary } from './contract-router.js';
import { createDeviceSlot, type DeviceSlot } from './device-slot.js';

export interface KioskDevices {
  idReader: IdReaderDevice;
  scanner: BarcodeScannerDevice;
  printer: ReceiptPrinterDevice;
  paymentTerminal: PaymentTerminalDevice;
  /** Absent when the configuration says `none`: no staff mode on this kiosk. */
  badgeReader?: BadgeReaderDevice;
}

export function createKioskDevices(config: HardwareConfig, logger: DeviceLogger): KioskDevices {
  return createReconfigurableDevices(config, logger).devices;
}

/** What a configuration change did to one device. */
export interface DeviceReconfiguration {
  id: string;
  kind: DeviceKind;
  /** 'reopened': closed and opened with the new settings; 'next-start': saved, the change needs a restart. */
  outcome: 'unchanged' | 'reopened' | 'next-start';
  state: DeviceState;
  detail?: string;
}

export interface ReconfigurableDevices {
  /** Stable for the whole run: each one a slot forwarding to the driver of the moment. */
  devices: KioskDevices;
  hardware(): HardwareConfig;
  /** Closes and reopens only the devices whose settings changed; the others keep running untouched. */
  reconfigure(next: HardwareConfig): Promise<DeviceReconfiguration[]>;
}

export function createReconfigurableDevices(config: HardwareConfig, logger: DeviceLogger, place: PaymentTerminalPlace = {}): ReconfigurableDevices {
  let hardware = config;
  const idReader = createDeviceSlot(createIdReader(config.idReader, logger));
  const scanner = createDeviceSlot(createBarcodeScanner(config.barcodeScanner, logger));
  const printer = createDeviceSlot(createReceiptPrinter(config.printer, logger));
  const paymentTerminal = createDeviceSlot(createPaymentTerminal(config.paymentTerminal, logger, place));
  const badge = createBadgeReader(config.badgeReader, logger);
  const badgeReader = badge ? createDeviceSlot(badge) : undefined;
  const devices: KioskDevices = {
    idReader: idReader.device,
    scanner: scanner.device,
    printer: printer.device,
    paymentTerminal: paymentTerminal.device,
    ...(badgeReader ? { badgeReader: badgeReader.device } : {}),
  };

  const swapIf = async <T extends Device>(
    slot: DeviceSlot<T>,
    before: unknown,
    after: unknown,
    create: () => T,
  ): Promise<DeviceReconfiguration> => {
    if (sameSettings(before, after)) return view(slot.device, 'unchanged');
    const result = await slot.swap(create());
    logger.info({ device: slot.device.id, driver: slot.device.driver, opened: result.opened }, 'device reopened with new settings');
    return view(slot.device, 'reopened');
  };

  return {
    devices,
    hardware: () => hardware,
    async reconfigure(next) {
      const before = hardware;
      hardware = next;
      // One at a time: two drivers must never hold the same port while another opens it.
      const changes = [
        await swapIf(idReader, before.idReader, next.idReader, () => createIdReader(next.idReader, logger)),
        await swapIf(scanner, before.barcodeScanner, next.barcodeScanner, () => createBarcodeScanner(next.barcodeScanner, logger)),
        await swapIf(printer, before.printer, next.printer, () => createReceiptPrinter(next.printer, logger)),
        await swapIf(paymentTerminal, before.paymentTerminal, next.paymentTerminal, () => createPaymentTerminal(next.paymentTerminal, logger, place)),
      ];
      const nextBadge = next.badgeReader;
      if (badgeReader && nextBadge.driver !== 'none') {
        changes.push(await swapIf(badgeReader, before.badgeReader, nextBadge, () => createBadgeReader(nextBadge, logger) ?? badgeReader.current()));
      } else if (!sameSettings(before.badgeReader, nextBadge)) {
        // The staff mode is wired at start around the badge reader (or its absence).
        changes.push({ id: BADGE_READER_DEVICE_ID, kind: 'badge-reader', outcome: 'next-start', state: badgeReader?.device.status().state ?? 'closed' });
      }
      return changes;
    },
  };
}

function sameSettings(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function view(device: Device, outcome: DeviceReconfiguration['outcome']): DeviceReconfiguration {
  const status = device.status();
  return { id: device.id, kind: device.kind, outcome, state: status.state, ...(status.detail ? { detail: status.detail } : {}) };
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
