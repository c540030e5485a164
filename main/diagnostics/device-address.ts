// Where each configured device is, as the technician would look for it: the serial path, the
// printer's tcp:// or device path, or "simulated" for a mock. Read from the configuration (not
// the driver) so the screen shows what was asked for even when the device never opened.
import type { DeviceKind } from '../../hardware/devices/device.js';
import type { HardwareConfig } from '../../hardware/hardware-config.js';
import { isSerialPath } from '../../hardware/printer/printer-transport-device.js';

export const SIMULATED = 'simulated';

export interface ConfiguredDevice {
  kind: DeviceKind;
  driver: string;
  address: string;
  /** Set when the device talks over a serial port (or a pseudo-terminal standing for one). */
  serialPath: string | null;
}

export function configuredDevices(hardware: HardwareConfig): ConfiguredDevice[] {
  const { idReader, barcodeScanner, printer, paymentTerminal, badgeReader } = hardware;
  const list: ConfiguredDevice[] = [
    idReader.driver === 'serial' ? serial('id-reader', idReader.path) : simulated('id-reader'),
    barcodeScanner.driver === 'serial' ? serial('barcode-scanner', barcodeScanner.path) : simulated('barcode-scanner'),
    printer.driver === 'escpos'
      ? { kind: 'printer', driver: 'escpos', address: printer.interface, serialPath: isSerialPath(printer.interface) ? printer.interface : null }
      : simulated('printer'),
    { kind: 'payment-terminal', driver: paymentTerminal.driver, address: SIMULATED, serialPath: null },
  ];
  if (badgeReader.driver === 'serial') list.push(serial('badge-reader', badgeReader.path));
  else if (badgeReader.driver === 'mock') list.push(simulated('badge-reader'));
  return list;
}

/** The configured address of a device kind; "unknown" should the configuration not name it. */
export function addressOf(hardware: HardwareConfig, kind: DeviceKind): string {
  return configuredDevices(hardware).find((d) => d.kind === kind)?.address ?? 'unknown';
}

function serial(kind: DeviceKind, path: string): ConfiguredDevice {
  return { kind, driver: 'serial', address: path, serialPath: path };
}

function simulated(kind: DeviceKind): ConfiguredDevice {
  return { kind, driver: 'mock', address: SIMULATED, serialPath: null };
}
