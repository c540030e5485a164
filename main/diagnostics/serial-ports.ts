// The serial ports the system lists, beside the ones the configuration names: which device
// uses which port, whether each configured path exists on disk at all, and whether the
// system lists it. A list that cannot be read (no udevadm on Linux...) is said in plain words;
// the configured paths are still checked.
import { existsSync, realpathSync } from 'node:fs';
import { SerialPort } from 'serialport';
import type { HardwareConfig } from '../../hardware/hardware-config.js';
import type { SerialPortsResult } from '../contract/kiosk-contract.js';
import { configuredDevices } from './device-address.js';

/** What SerialPort.list() yields, as far as the screen needs it. */
export interface ListedPort {
  path: string;
  manufacturer?: string | undefined;
  vendorId?: string | undefined;
  productId?: string | undefined;
  serialNumber?: string | undefined;
}

export type ListPorts = () => Promise<ListedPort[]>;

export async function inspectSerialPorts(hardware: HardwareConfig, list: ListPorts = () => SerialPort.list()): Promise<SerialPortsResult> {
  const wanted = configuredDevices(hardware).flatMap((d) => (d.serialPath ? [{ deviceId: d.kind, path: d.serialPath }] : []));
  let listed: ListedPort[] = [];
  let problem: string | undefined;
  try {
    listed = await list();
  } catch (err) {
    problem = listProblem(err);
  }
  const usedBy = (portPath: string): string | null => wanted.find((w) => samePort(w.path, portPath))?.deviceId ?? null;
  return {
    ports: listed.map((p) => ({
      path: p.path,
      manufacturer: p.manufacturer ?? null,
      vendorId: p.vendorId ?? null,
      productId: p.productId ?? null,
      serialNumber: p.serialNumber ?? null,
      usedBy: usedBy(p.path),
    })),
    configured: wanted.map((w) => ({
      deviceId: w.deviceId,
      path: w.path,
      listed: listed.some((p) => samePort(w.path, p.path)),
      present: existsSync(w.path),
    })),
    ...(problem ? { problem } : {}),
  };
}

/** Plain words for a failed list; never a stack. */
export function listProblem(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ENOENT' && /udevadm/.test(message)) {
    return "the system's serial port list could not be read: the system's udevadm is missing (install udev); configured paths are still checked";
  }
  const firstLine = message.split('\n')[0]?.slice(0, 160) ?? '';
  return `the system's serial port list could not be read (${code || firstLine || 'no reason given'}); configured paths are still checked`;
}

/** The same port under two names: /dev/serial/by-id/... links to /dev/ttyUSB0. */
function samePort(a: string, b: string): boolean {
  return a === b || resolved(a) === resolved(b);
}

function resolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
