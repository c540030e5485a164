// A device set to another baud rate than the kiosk still sends bytes, but they arrive as
// noise: NULs, bytes above 0x7f, control codes. No reader sends those in a read (MRZ, badge
// frames and barcodes are printable ASCII with CR, LF, STX, ETX), so a window mostly made of
// them says "check the baud rate" to the technician, while the drivers drop the bad reads.
import { CR, ETX, LF, STX, TAB } from './control-bytes.js';

const WINDOW_BYTES = 32;
/** Above this share of unexpected bytes a window is noise; a clean read has none. */
const NOISE_SHARE = 0.25;
/**
 * Once noisy, a window must be this clean to end it: random bytes make a window under 25 %
 * about once in twenty thousand, so one threshold both ways flapped; at most one stray byte
 * in 32 they never do.
 */
const CLEAR_SHARE = 1 / WINDOW_BYTES;
/**
 * A whole line of at least this many expected bytes, from a line start to its end, proves the
 * speed right again. Random noise holds such a line about once in ten megabytes; with a
 * shorter one (or the tail of a line that began as noise) it did every few hundred bytes, and
 * the device's status flapped between warning and ready, each change a log line and an event.
 * MRZ lines (30-44), badge frames (12) and most barcodes (8 and more) are longer; a shorter
 * code clears the warning once a whole window of clean bytes has come.
 */
const MIN_CLEAN_LINE = 8;
/** Bytes after this much silence start a new line: a read after a pause is judged on its own. */
const QUIET_MS = 100;

function expected(byte: number): boolean {
  return (byte >= 0x20 && byte <= 0x7e) || byte === CR || byte === LF || byte === TAB || byte === STX || byte === ETX;
}

export class SerialNoiseDetector {
  private seen = 0;
  private unexpected = 0;
  private noisy = false;
  /** Expected bytes since the current line started, while none of it was noise. */
  private lineLength = 0;
  /** False once the current line holds an unexpected byte (or began in the middle of noise). */
  private lineClean = true;
  private lastByteAt = Number.NEGATIVE_INFINITY;

  /** `onChange(true)` when bytes turn to noise, `onChange(false)` when clean bytes come again. */
  constructor(
    private readonly onChange: (noisy: boolean) => void,
    private readonly now: () => number = Date.now,
  ) {}

  push(chunk: Buffer): void {
    const at = this.now();
    if (at - this.lastByteAt >= QUIET_MS) this.startLine();
    this.lastByteAt = at;
    for (const byte of chunk) {
      this.seen += 1;
      if (byte === CR || byte === LF || byte === ETX) {
        if (this.noisy && this.lineClean && this.lineLength >= MIN_CLEAN_LINE) {
          this.reset();
          this.onChange(false);
          continue;
        }
        this.startLine();
      } else if (byte === STX) {
        this.startLine();
      } else if (expected(byte)) {
        this.lineLength += 1;
      } else {
        this.unexpected += 1;
        this.lineClean = false;
      }
      if (this.seen >= WINDOW_BYTES) this.judgeWindow();
    }
  }

  /** A new port (replugged, moved): what came before says nothing about it. */
  reset(): void {
    this.seen = 0;
    this.unexpected = 0;
    this.noisy = false;
    this.startLine();
  }

  private startLine(): void {
    this.lineLength = 0;
    this.lineClean = true;
  }

  private judgeWindow(): void {
    const share = this.unexpected / this.seen;
    const noisy = share > (this.noisy ? CLEAR_SHARE : NOISE_SHARE);
    this.seen = 0;
    this.unexpected = 0;
    if (noisy === this.noisy) return;
    this.noisy = noisy;
    this.onChange(noisy);
  }
}
