// What each device has done since the kiosk started, for the technician's overview: when it
// last did anything, how many good reads and prints, how many errors and the last one in plain
// words. Only counts and technician words are kept: never an MRZ, a badge id or a scanned code.
import type { BadgeReaderDevice, BadgeUnreadableEvent } from '../../hardware/badge-reader/badge-reader.js';
import type { Device, DeviceStatus } from '../../hardware/devices/device.js';
import type { IdCardEvent, IdReaderDevice, IdUnreadableEvent } from '../../hardware/id-reader/id-reader.js';
import type { PaymentTerminalDevice } from '../../hardware/payment/payment-terminal.js';
import type { PrintResult, ReceiptPrinterDevice } from '../../hardware/printer/receipt-printer.js';
import type { Receipt } from '../../hardware/printer/receipt-model.js';
import type { BarcodeScannerDevice } from '../../hardware/scanner/barcode-scanner.js';

export interface DeviceActivityRecord {
  lastEventAt: Date | null;
  reads: number;
  prints: number;
  errors: number;
  lastError: { at: Date; message: string } | null;
}

export interface ObservedDevices {
  idReader: IdReaderDevice;
  scanner: BarcodeScannerDevice;
  printer: ReceiptPrinterDevice;
  paymentTerminal: PaymentTerminalDevice;
  badgeReader?: BadgeReaderDevice;
}

const ID_UNREADABLE_WORDS: Record<IdUnreadableEvent['reason'], string> = {
  partial: 'unreadable document: MRZ lines missing (card pulled out too soon?)',
  garbled: 'unreadable document: characters outside the MRZ alphabet (dirty window or wrong baud rate?)',
  'over-long': 'unreadable document: an MRZ line longer than any document has (wrong baud rate?)',
  checksum: 'document read with failed check digits',
};

const BADGE_UNREADABLE_WORDS: Record<BadgeUnreadableEvent['reason'], string> = {
  checksum: 'unreadable badge: the frame checksum did not match',
  malformed: 'unreadable badge: the frame was not a badge number',
  incomplete: 'unreadable badge: the frame was cut short',
};

export class DeviceActivity {
  private readonly records = new Map<string, DeviceActivityRecord>();
  private readonly unsubscribe: Array<() => void> = [];
  /** Bumped on every error, so a failed print can tell whether its fault was already counted. */
  private errorSerial = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Starts listening to every device; call before they open so the first event is seen. */
  observe(devices: ObservedDevices): void {
    const all: Device[] = [devices.idReader, devices.scanner, devices.printer, devices.paymentTerminal];
    if (devices.badgeReader) all.push(devices.badgeReader);
    for (const device of all) this.watchStatus(device);

    this.listen(devices.idReader, 'card', (e: IdCardEvent) => {
      if (e.result.ok) this.read(devices.idReader.id);
      else this.error(devices.idReader.id, failedChecksWords(e.result.failedFields));
    });
    this.listen(devices.idReader, 'unreadable', (e: IdUnreadableEvent) => this.error(devices.idReader.id, ID_UNREADABLE_WORDS[e.reason]));
    this.listen(devices.scanner, 'scan', () => this.read(devices.scanner.id));
    this.listen(devices.printer, 'printed', () => {
      this.touch(devices.printer.id).prints += 1;
    });
    this.listen(devices.paymentTerminal, 'prompt', () => {
      this.touch(devices.paymentTerminal.id);
    });
    const badge = devices.badgeReader;
    if (badge) {
      this.listen(badge, 'badge', () => this.read(badge.id));
      this.listen(badge, 'unreadable', (e: BadgeUnreadableEvent) => this.error(badge.id, BADGE_UNREADABLE_WORDS[e.reason]));
    }
  }

  /**
   * The same printer, its failed prints counted too (a failure is a result, not an event).
   * A print that failed because the printer reported a fault during it counts once, with the
   * print's own words.
   */
  countPrintFailures(printer: ReceiptPrinterDevice): ReceiptPrinterDevice {
    const print = async (receipt: Receipt): Promise<PrintResult> => {
      const before = this.errorSerial;
      const result = await printer.print(receipt);
      if (!result.ok) {
        const words = `receipt not printed: ${result.detail || result.reason}`;
        if (this.errorSerial !== before) this.rewordLastError(printer.id, words);
        else this.error(printer.id, words);
      }
      return result;
    };
    // Everything but print() goes to the printer itself (events, status, open, close).
    return new Proxy(printer, {
      get: (target, key, receiver) => (key === 'print' ? print : bind(Reflect.get(target, key, receiver), target)),
    });
  }

  snapshot(deviceId: string): DeviceActivityRecord {
    const r = this.records.get(deviceId);
    return r ? { ...r, ...(r.lastError ? { lastError: { ...r.lastError } } : {}) } : emptyRecord();
  }

  close(): void {
    for (const off of this.unsubscribe.splice(0)) off();
  }

  private watchStatus(device: Device): void {
    let previous = device.status();
    this.listen(device, 'status', (status: DeviceStatus) => {
      const was = previous;
      previous = status;
      this.touch(device.id);
      if (status.state !== 'fault' && status.state !== 'offline') return;
      // A poll repeating the same fault is not a new error.
      if (was.state === status.state && was.detail === status.detail) return;
      this.error(device.id, `${status.state}: ${status.detail ?? 'no detail from the driver'}`);
    });
  }

  // Listeners are typed per device; this keeps the bookkeeping of removing them in one place.
  private listen<A>(device: Device, event: string, listener: (arg: A) => void): void {
    const untyped = device as unknown as { on(e: string, l: (arg: A) => void): void; off(e: string, l: (arg: A) => void): void };
    untyped.on(event, listener);
    this.unsubscribe.push(() => untyped.off(event, listener));
  }

  private touch(deviceId: string): DeviceActivityRecord {
    let r = this.records.get(deviceId);
    if (!r) {
      r = emptyRecord();
      this.records.set(deviceId, r);
    }
    r.lastEventAt = this.now();
    return r;
  }

  private read(deviceId: string): void {
    this.touch(deviceId).reads += 1;
  }

  private error(deviceId: string, message: string): void {
    const r = this.touch(deviceId);
    r.errors += 1;
    r.lastError = { at: this.now(), message };
    this.errorSerial += 1;
  }

  private rewordLastError(deviceId: string, message: string): void {
    const r = this.touch(deviceId);
    r.lastError = { at: this.now(), message };
  }
}

function failedChecksWords(fields: string[]): string {
  // Field names (documentNumber, birthDate...), never their values.
  return fields.length > 0 ? `document read with failed check digits (${fields.join(', ')})` : 'document read but its MRZ layout is impossible';
}

function emptyRecord(): DeviceActivityRecord {
  return { lastEventAt: null, reads: 0, prints: 0, errors: 0, lastError: null };
}

function bind(value: unknown, target: object): unknown {
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}
