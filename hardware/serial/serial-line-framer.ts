// Cuts a serial byte stream into text lines the way real readers and scanners send them:
// CR, LF or CRLF endings, STX...ETX frames holding one or several lines, '_' padding,
// stray NULs and other control bytes. The result does not depend on how the bytes were
// chunked. A line that never ends is cut by an idle timer; one that grows past the limit
// is dropped (and reported) instead of being buffered forever.
import { CR, ETX, LF, STX } from './control-bytes.js';

const EOT = 0x04;

export interface FramedLine {
  text: string;
  /** Bytes above 0x7E seen in the line and left out of `text`. */
  invalidBytes: number;
}

export interface FramerDrop {
  reason: 'over-long';
  /** How many bytes had arrived when the line was given up. */
  length: number;
}

export interface SerialLineFramerOptions {
  onLine: (line: FramedLine) => void;
  onDrop?: (drop: FramerDrop) => void;
  /** Longest line kept, in bytes. */
  maxLineLength: number;
  /** Ends a pending line after this much silence; 0 keeps it until a terminator arrives. */
  idleFlushMs?: number;
  /** Trims '_' on both ends of a line (MRZ readers pad with it; barcodes may contain it). */
  stripUnderscorePadding?: boolean;
}

export class SerialLineFramer {
  private chars: number[] = [];
  private invalid = 0;
  private discarding = false;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: SerialLineFramerOptions) {}

  push(chunk: Uint8Array): void {
    for (const byte of chunk) this.take(byte);
    this.armIdleTimer();
  }

  /** Ends the pending line now, as if a terminator had arrived. */
  flush(): void {
    this.clearIdleTimer();
    this.endLine();
  }

  /** Forgets the pending line without emitting it (port closed, reader reset). */
  reset(): void {
    this.clearIdleTimer();
    this.chars = [];
    this.invalid = 0;
    this.discarding = false;
  }

  private take(byte: number): void {
    if (byte === CR || byte === LF || byte === STX || byte === ETX || byte === EOT) {
      this.endLine();
      return;
    }
    // NUL, BEL, DEL and the like are line noise, not content.
    if (byte < 0x20 || byte === 0x7f) return;
    if (this.discarding) return;
    if (byte > 0x7e) this.invalid++;
    else this.chars.push(byte);
    const length = this.chars.length + this.invalid;
    if (length > this.options.maxLineLength) {
      this.chars = [];
      this.invalid = 0;
      this.discarding = true;
      this.options.onDrop?.({ reason: 'over-long', length });
    }
  }

  private endLine(): void {
    if (this.discarding) {
      this.discarding = false;
      return;
    }
    let text = String.fromCharCode(...this.chars);
    if (this.options.stripUnderscorePadding) text = text.replace(/^_+|_+$/g, '');
    const invalidBytes = this.invalid;
    this.chars = [];
    this.invalid = 0;
    if (text !== '' || invalidBytes > 0) this.options.onLine({ text, invalidBytes });
  }

  private armIdleTimer(): void {
    this.clearIdleTimer();
    const ms = this.options.idleFlushMs ?? 0;
    if (ms <= 0 || (this.chars.length === 0 && this.invalid === 0 && !this.discarding)) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      this.endLine();
    }, ms);
    // A half line must never keep a process (or a test run) alive.
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
