// Which USB device sits behind a serial path, so that a reader unplugged from one socket and
// plugged into another (it comes back as /dev/ttyUSB1 instead of /dev/ttyUSB0) is found
// again. The system's port list is the only source: it is injected so tests can stand in
// for the hardware. A device and a serial number are hardware facts, never personal data.
import { realpath } from 'node:fs/promises';
import { SerialPort } from 'serialport';

export interface SerialPortIdentity {
  /** Four hex digits, lower case: 0403. */
  vendorId: string;
  productId: string;
  /** Absent when the adapter has none (many cheap ones): vendor and product must then do. */
  serialNumber?: string;
}

/** One entry of SerialPort.list(), as far as matching needs it. */
export interface ListedSerialPort {
  path: string;
  vendorId?: string | undefined;
  productId?: string | undefined;
  serialNumber?: string | undefined;
}

export type ListSerialPorts = () => Promise<ListedSerialPort[]>;

export const listSystemSerialPorts: ListSerialPorts = () => SerialPort.list();

/** 0x0403, 403 and 0403 are the same vendor: compare one spelling. */
export function normaliseUsbId(id: string): string {
  return id.trim().toLowerCase().replace(/^0x/, '').padStart(4, '0');
}

export function identityOf(port: ListedSerialPort): SerialPortIdentity | null {
  if (!port.vendorId || !port.productId) return null;
  return {
    vendorId: normaliseUsbId(port.vendorId),
    productId: normaliseUsbId(port.productId),
    ...(port.serialNumber ? { serialNumber: port.serialNumber } : {}),
  };
}

/** For technicians and logs: "USB 0403:6001 serial A9XK2" */
export function describeIdentity(id: SerialPortIdentity): string {
  return `USB ${id.vendorId}:${id.productId}${id.serialNumber ? ` serial ${id.serialNumber}` : ''}`;
}

/**
 * The listed port is the wanted device: same vendor and product, and the same serial number
 * whenever the wanted identity has one (another unit of the same model is another device).
 */
export function matchesIdentity(wanted: SerialPortIdentity, port: ListedSerialPort): boolean {
  const seen = identityOf(port);
  if (!seen) return false;
  if (seen.vendorId !== normaliseUsbId(wanted.vendorId) || seen.productId !== normaliseUsbId(wanted.productId)) return false;
  return wanted.serialNumber === undefined || seen.serialNumber === wanted.serialNumber;
}

/** The listed identity shows a different device at this port (not merely one it cannot tell). */
export function contradictsIdentity(wanted: SerialPortIdentity, port: ListedSerialPort): boolean {
  return identityOf(port) !== null && !matchesIdentity(wanted, port);
}

/** /dev/serial/by-id/... is a link to /dev/ttyUSB0: both name the same port. */
export async function canonicalPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/** The listed entry for `path` (through links), or null when the system does not list it. */
export async function findListedPort(path: string, ports: readonly ListedSerialPort[]): Promise<ListedSerialPort | null> {
  const wanted = await canonicalPath(path);
  for (const port of ports) {
    if (port.path === path || (await canonicalPath(port.path)) === wanted) return port;
  }
  return null;
}

export type IdentitySearch =
  | { found: ListedSerialPort }
  | { found: null; why: 'no-identity' | 'not-listed' | 'ambiguous' };

/**
 * A listed port carrying `wanted`, skipping the paths `taken` (held by other devices of this
 * kiosk). Without a serial number two units of one model cannot be told apart: then only a
 * single candidate is taken, never a guess between several.
 */
export async function searchByIdentity(
  wanted: SerialPortIdentity | null,
  ports: readonly ListedSerialPort[],
  taken: ReadonlySet<string>,
): Promise<IdentitySearch> {
  if (!wanted) return { found: null, why: 'no-identity' };
  const candidates: ListedSerialPort[] = [];
  for (const port of ports) {
    if (!matchesIdentity(wanted, port)) continue;
    if (taken.has(await canonicalPath(port.path))) continue;
    candidates.push(port);
  }
  const [first] = candidates;
  if (!first) return { found: null, why: 'not-listed' };
  if (candidates.length > 1 && wanted.serialNumber === undefined) return { found: null, why: 'ambiguous' };
  return { found: first };
}
