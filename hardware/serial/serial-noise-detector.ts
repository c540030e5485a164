// A device set to another baud rate than the kiosk still sends bytes, but they arrive as
// noise: NULs, bytes above 0x7f, control codes. No reader sends those in a read (MRZ, badge
// frames and barcodes are printable ASCII with CR, LF, STX, ETX), so a window mostly made of
// them says "check the baud rate" to the technician, while the drivers drop the bad reads.
const WINDOW_BYTES = 32;
/** Above this share of unexpected bytes a window is noise; a clean read has none. */
const NOISE_SHARE = 0.25;
/** Printable bytes, then the line's end: the shortest line that proves the speed right. */
const MIN_CLEAN_LINE = 4;

function expected(byte: number): boolean {
  return (byte >= 0x20 && byte <= 0x7e) || byte === 0x0d || byte === 0x0a || byte === 0x09 || byte === 0x02 || byte === 0x03;
}

export class SerialNoiseDetector {
  private seen = 0;
  private unexpected = 0;
  private noisy = false;
  /** Expected bytes in a row: a whole clean line after noise means the speed is right again. */
  private cleanRun = 0;

  /** `onChange(true)` when bytes turn to noise, `onChange(false)` when clean bytes come again. */
  constructor(private readonly onChange: (noisy: boolean) => void) {}

  push(chunk: Buffer): void {
    for (const byte of chunk) {
      this.seen += 1;
      if (!expected(byte)) {
        this.unexpected += 1;
        this.cleanRun = 0;
      } else {
        this.cleanRun += 1;
      }
      if (this.noisy && (byte === 0x0d || byte === 0x0a || byte === 0x03) && this.cleanRun > MIN_CLEAN_LINE) {
        this.reset();
        this.onChange(false);
        continue;
      }
      if (this.seen >= WINDOW_BYTES) this.judgeWindow();
    }
  }

  /** A new port (replugged, moved): what came before says nothing about it. */
  reset(): void {
    this.seen = 0;
    this.unexpected = 0;
    this.noisy = false;
    this.cleanRun = 0;
  }

  private judgeWindow(): void {
    const noisy = this.unexpected / this.seen > NOISE_SHARE;
    this.seen = 0;
    this.unexpected = 0;
    if (noisy === this.noisy) return;
    this.noisy = noisy;
    this.onChange(noisy);
  }
}
