// Bytes or codes in, `scan` out: framing, filtering and debouncing shared by the drivers.
// Codes are not logged (a ticket or appointment code may identify someone): only lengths.
import type { DeviceLogger } from '../devices/device-logger.js';
import { SerialLineFramer } from '../serial/serial-line-framer.js';
import { BARCODE_SCANNER_DEVICE_ID, type ScanEvent } from './barcode-scanner.js';

export const MAX_CODE_LENGTH = 256;
/** A scanner in continuous mode repeats a code held before it; one scan is enough. */
export const DEBOUNCE_MS = 300;
const DEFAULT_IDLE_FLUSH_MS = 100;

export interface ScanPipelineOptions {
  logger: DeviceLogger;
  onScan: (event: ScanEvent) => void;
  idleFlushMs?: number;
  now?: () => number;
}

export class ScanPipeline {
  private readonly framer: SerialLineFramer;
  private last: { code: string; at: number } | null = null;

  constructor(private readonly options: ScanPipelineOptions) {
    this.framer = new SerialLineFramer({
      maxLineLength: MAX_CODE_LENGTH,
      idleFlushMs: options.idleFlushMs ?? DEFAULT_IDLE_FLUSH_MS,
      onLine: (line) => {
        if (line.invalidBytes > 0) this.reject('non-printable bytes', line.text.length + line.invalidBytes);
        else this.pushCode(line.text);
      },
      onDrop: (drop) => this.reject('over-long', drop.length),
    });
  }

  pushBytes(chunk: Uint8Array): void {
    this.framer.push(chunk);
  }

  /** Takes one decoded code; false when it was rejected or debounced. */
  pushCode(raw: string): boolean {
    const code = raw.trim();
    if (code === '') return false;
    if (code.length > MAX_CODE_LENGTH) return this.reject('over-long', code.length);
    if (!/^[\x20-\x7e]+$/.test(code)) return this.reject('non-printable characters', code.length);
    const now = this.options.now?.() ?? Date.now();
    const repeat = this.last !== null && this.last.code === code && now - this.last.at < DEBOUNCE_MS;
    // Measured from the latest sighting, so a code held in front of the scanner fires once.
    this.last = { code, at: now };
    if (repeat) return false;
    this.options.onScan({ code, at: new Date(now) });
    return true;
  }

  reset(): void {
    this.framer.reset();
  }

  private reject(reason: string, length: number): false {
    this.options.logger.warn({ device: BARCODE_SCANNER_DEVICE_ID, reason, length }, 'scan rejected');
    return false;
  }
}
