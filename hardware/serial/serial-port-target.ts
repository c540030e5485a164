// Where to (re)open a serial device: its configured path whenever that is there, otherwise the
// port now carrying its USB identity (configured, or learned when it was last open), otherwise
// nowhere yet, with the reason in plain words.
import { stat } from 'node:fs/promises';
import type { SerialOfflineReason } from './serial-open-problem.js';
import {
  contradictsIdentity,
  describeIdentity,
  findListedPort,
  identityOf,
  searchByIdentity,
  type ListedSerialPort,
  type ListSerialPorts,
  type SerialPortIdentity,
} from './serial-port-identity.js';

export interface TargetQuery {
  configuredPath: string;
  /** From the configuration: a device at the configured path with another identity is not it. */
  configured: SerialPortIdentity | null;
  /** Seen the last time it was open: only used to find it elsewhere. */
  learned: SerialPortIdentity | null;
  list: ListSerialPorts;
  taken: ReadonlySet<string>;
  /** It was open before: it went away rather than never came. */
  wasOpen: boolean;
}

export type Target = { path: string; moved: boolean } | { path: null; detail: string; reason: SerialOfflineReason };

export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** A listing that fails (no udevadm...) is an empty one: the configured path still works. */
async function safeList(list: ListSerialPorts): Promise<ListedSerialPort[]> {
  try {
    return await list();
  } catch {
    return [];
  }
}

export async function chooseTarget(q: TargetQuery): Promise<Target> {
  const wanted = q.configured ?? q.learned;
  const here = await pathExists(q.configuredPath);
  let intruder: { port: ListedSerialPort; expected: SerialPortIdentity } | null = null;
  let ports: ListedSerialPort[] | null = null;
  if (here) {
    // Only a configured identity may refuse the configured path: a swapped reader of another
    // serial number, put there by a technician, is still the device the configuration means.
    if (!q.configured) return { path: q.configuredPath, moved: false };
    ports = await safeList(q.list);
    const listed = await findListedPort(q.configuredPath, ports);
    if (!listed || !contradictsIdentity(q.configured, listed)) return { path: q.configuredPath, moved: false };
    intruder = { port: listed, expected: q.configured };
  }
  if (wanted) {
    ports ??= await safeList(q.list);
    const search = await searchByIdentity(wanted, ports, q.taken);
    if (search.found) return { path: search.found.path, moved: true };
    if (search.why === 'ambiguous') {
      return { path: null, detail: `${q.configuredPath} is gone and several ports carry ${describeIdentity(wanted)} with no serial number: not guessing which one`, reason: 'ambiguous-device' };
    }
  }
  if (intruder) {
    const other = identityOf(intruder.port);
    return {
      path: null,
      detail: `another device (${other ? describeIdentity(other) : 'unknown'}) is at ${q.configuredPath}, not ${describeIdentity(intruder.expected)}: waiting for the right one`,
      reason: 'wrong-device',
    };
  }
  if (q.wasOpen) return { path: null, detail: 'unplugged (disconnected): waiting for it to come back', reason: 'unplugged' };
  return { path: null, detail: `port does not exist: nothing at ${q.configuredPath} (is the device plugged in, and is the path right?)`, reason: 'port-missing' };
}
