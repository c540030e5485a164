// The technician's raw consoles: while a technician session has a device's console open, its
// bytes (masked) and its driver's verdicts go to the screen as 'tech.console' events. Nothing
// flows otherwise: a console is closed with the session that opened it (sign-out, idle, badge
// tap, another sign-in: the sessions' own end subscription) or when a citizen comes, and its device's listeners are removed so the
// device is back to its normal state. Listeners go through device.on/off only, so a device
// swapped behind a slot keeps feeding an open console.
import type { BadgeReaderDevice, BadgeReadEvent, BadgeUnreadableEvent } from '../../hardware/badge-reader/badge-reader.js';
import type { IdCardEvent, IdReaderDevice, IdUnreadableEvent } from '../../hardware/id-reader/id-reader.js';
import type { BarcodeScannerDevice, ScanEvent } from '../../hardware/scanner/barcode-scanner.js';
import { type ConsoleDeviceId, type ConsoleEntry, type ConsoleEvent, KioskRequestError } from '../contract/kiosk-contract.js';
import type { StaffSession } from '../staff/staff-sessions.js';
import { ConsoleFeed, type ConsoleFeedOptions } from './serial-console-feed.js';
import { BADGE_VISIBLE_TAIL, CODE_VISIBLE_TAIL, maskAllButTail, maskedCard } from './serial-console-mask.js';
import { technicianSession } from './register-tech-handlers.js';

export const CONSOLE_CITIZEN_PRESENT = 'a citizen is being served: the console opens once the kiosk is back on its attract screen';
export const CONSOLE_NO_DEVICE = 'this device is not configured on this kiosk';

export interface ConsoleDevices {
  idReader: IdReaderDevice;
  scanner: BarcodeScannerDevice;
  badgeReader?: BadgeReaderDevice;
}

export interface SerialConsoleDeps {
  sessions: {
    use(token: string): StaffSession;
    current(): StaffSession | undefined;
    onEnded(listener: (session: StaffSession) => void): () => void;
  };
  citizenPresent: () => boolean;
  devices: ConsoleDevices;
  address: (deviceId: ConsoleDeviceId) => string;
  emit: (event: ConsoleEvent) => void;
  logger: { info(obj: object, msg: string): void };
  now?: () => Date;
  feed?: Omit<ConsoleFeedOptions, 'onBatch' | 'now'>;
}

export interface ConsoleOpened {
  deviceId: ConsoleDeviceId;
  driver: string;
  address: string;
  entries: ConsoleEntry[];
  maxEntries: number;
}

interface OpenConsole {
  token: string;
  feed: ConsoleFeed;
  detach: () => void;
}

export class SerialConsole {
  private readonly open = new Map<ConsoleDeviceId, OpenConsole>();
  private readonly offSessionEnded: () => void;

  constructor(private readonly deps: SerialConsoleDeps) {
    // Every end closes the session's consoles at once, a session replaced by another sign-in too.
    this.offSessionEnded = deps.sessions.onEnded((session) => {
      for (const [deviceId, c] of this.open) if (c.token === session.token) this.closeOne(deviceId, 'session-ended');
    });
  }

  openConsole(token: string, deviceId: ConsoleDeviceId): ConsoleOpened {
    const session = technicianSession(this.deps.sessions, token);
    if (this.deps.citizenPresent()) throw new KioskRequestError('unavailable', CONSOLE_CITIZEN_PRESENT);
    const device = this.deviceOf(deviceId);
    if (!device) throw new KioskRequestError('unavailable', CONSOLE_NO_DEVICE);
    let current = this.open.get(deviceId);
    if (current && current.token !== token) this.closeOne(deviceId, 'replaced');
    current = this.open.get(deviceId);
    if (!current) {
      const feed = new ConsoleFeed(deviceId, {
        ...this.deps.feed,
        ...(this.deps.now ? { now: this.deps.now } : {}),
        onBatch: (entries) => this.deliver(deviceId, token, entries),
      });
      current = { token, feed, detach: this.attach(deviceId, feed) };
      this.open.set(deviceId, current);
      this.deps.logger.info({ part: 'tech', device: deviceId, account: session.account.id }, 'serial console opened');
    }
    return { deviceId, driver: device.driver, address: this.deps.address(deviceId), entries: current.feed.entries(), maxEntries: current.feed.maxEntries };
  }

  closeConsole(token: string, deviceId: ConsoleDeviceId): boolean {
    technicianSession(this.deps.sessions, token);
    if (this.open.get(deviceId)?.token !== token) return false;
    this.closeOne(deviceId, 'closed');
    return true;
  }

  /** Every console closes: a citizen came, or the kiosk shuts down. */
  closeAll(reason: string): void {
    for (const deviceId of [...this.open.keys()]) this.closeOne(deviceId, reason);
  }

  /** The kiosk shuts down: consoles closed, and the sessions no longer watched. */
  dispose(): void {
    this.offSessionEnded();
    this.closeAll('shutdown');
  }

  isOpen(deviceId: ConsoleDeviceId): boolean {
    return this.open.has(deviceId);
  }

  private deliver(deviceId: ConsoleDeviceId, token: string, entries: ConsoleEntry[]): void {
    // Checked on every batch too, so not one entry goes out after its session is over.
    if (!this.stillAllowed(token)) {
      this.closeAll('session-ended');
      return;
    }
    this.deps.emit({ deviceId, entries });
  }

  private stillAllowed(token: string): boolean {
    return this.deps.sessions.current()?.token === token && !this.deps.citizenPresent();
  }

  private closeOne(deviceId: ConsoleDeviceId, reason: string): void {
    const c = this.open.get(deviceId);
    if (!c) return;
    this.open.delete(deviceId);
    c.detach();
    c.feed.close();
    this.deps.logger.info({ part: 'tech', device: deviceId, reason }, 'serial console closed');
  }

  private deviceOf(deviceId: ConsoleDeviceId): { driver: string } | undefined {
    const d = this.deps.devices;
    if (deviceId === 'id-reader') return d.idReader;
    if (deviceId === 'barcode-scanner') return d.scanner;
    return d.badgeReader;
  }

  /** Listens to the device's bytes and verdicts; returns what undoes it. */
  private attach(deviceId: ConsoleDeviceId, feed: ConsoleFeed): () => void {
    const onRaw = (chunk: Buffer): void => feed.pushRaw(chunk);
    const d = this.deps.devices;
    if (deviceId === 'id-reader') {
      const onCard = (e: IdCardEvent): void => feed.pushParsed(maskedCard(e.result));
      const onUnreadable = (e: IdUnreadableEvent): void => feed.pushParsed({ kind: 'unreadable', reason: e.reason });
      d.idReader.on('raw', onRaw).on('card', onCard).on('unreadable', onUnreadable);
      return () => d.idReader.off('raw', onRaw).off('card', onCard).off('unreadable', onUnreadable);
    }
    if (deviceId === 'barcode-scanner') {
      const onScan = (e: ScanEvent): void =>
        feed.pushParsed({ kind: 'scan', code: maskAllButTail(e.code, CODE_VISIBLE_TAIL), length: e.code.length, symbology: null });
      d.scanner.on('raw', onRaw).on('scan', onScan);
      return () => d.scanner.off('raw', onRaw).off('scan', onScan);
    }
    const reader = d.badgeReader;
    if (!reader) return () => undefined;
    const onBadge = (e: BadgeReadEvent): void => feed.pushParsed({ kind: 'badge', badgeId: maskAllButTail(e.badgeId, BADGE_VISIBLE_TAIL) });
    const onUnreadable = (e: BadgeUnreadableEvent): void => feed.pushParsed({ kind: 'unreadable', reason: e.reason });
    reader.on('raw', onRaw).on('badge', onBadge).on('unreadable', onUnreadable);
    return () => reader.off('raw', onRaw).off('badge', onBadge).off('unreadable', onUnreadable);
  }
}
