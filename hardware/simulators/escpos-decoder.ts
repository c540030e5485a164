// Test oracle: turns the bytes a printer receives back into what would come out on paper
// (text lines, images, cuts, QR payloads). Incremental, so the virtual printer can answer
// status requests as they arrive. Never throws: unknown or truncated commands are skipped.
import { RasterStitcher, findQrInImage, type DecodedImage } from './escpos-raster-images.js';
import { escCommandLength, fsCommandLength, gsCommandLength, INCOMPLETE, type Dialect } from './escpos-command-lengths.js';

export type { Dialect } from './escpos-command-lengths.js';
export type { DecodedImage } from './escpos-raster-images.js';

export interface DecodedReceipt {
  text: string[];
  images: DecodedImage[];
  cuts: number;
  /** From native QR commands (GS ( k) and from reading every stitched image with jsQR. */
  qrPayloads: string[];
  statusRequests: number[];
  /** Command names in order, e.g. init, raster, feed, cut: lets tests check sequencing. */
  commands: string[];
}

export interface DecoderOptions {
  dialect?: Dialect;
  onStatusRequest?: (n: number) => void;
  /** Reading QR codes from images costs time; the CLI and tests want it, a soak test may not. */
  scanImagesForQr?: boolean;
}

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const FS = 0x1c;
const LF = 0x0a;

export class EscPosStreamDecoder {
  private pending: Buffer = Buffer.alloc(0);
  private line = '';
  private readonly stitcher = new RasterStitcher();
  private readonly out: Omit<DecodedReceipt, 'images'> = { text: [], cuts: 0, qrPayloads: [], statusRequests: [], commands: [] };
  private storedQr: string | undefined;
  private readonly dialect: Dialect;

  constructor(private readonly options: DecoderOptions = {}) {
    this.dialect = options.dialect ?? 'epson';
  }

  push(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk);
    let i = 0;
    while (i < this.pending.length) {
      const used = this.step(this.pending, i);
      if (used === INCOMPLETE) break;
      i += used;
    }
    this.pending = this.pending.subarray(i);
  }

  /** No more bytes will come: whatever is left half-sent is dropped, as a printer would. */
  finish(): DecodedReceipt {
    if (this.pending.length) this.out.commands.push('truncated');
    this.pending = Buffer.alloc(0);
    this.endLine();
    this.stitcher.flush();
    const images = this.stitcher.images;
    const qrPayloads = [...this.out.qrPayloads];
    if (this.options.scanImagesForQr ?? true) {
      for (const img of images) {
        const q = findQrInImage(img);
        if (q !== undefined) qrPayloads.push(q);
      }
    }
    return { ...this.out, text: [...this.out.text], qrPayloads, images };
  }

  /** Bytes used by the command at `i`, or INCOMPLETE when more must arrive first. */
  private step(b: Buffer, i: number): number {
    const c = b[i] ?? 0;
    if (c >= 0x20 && c !== 0x7f) {
      this.stitcher.flush();
      this.line += String.fromCharCode(c);
      return 1;
    }
    if (c === LF) {
      // In Star Line Mode the LF after an ESC k strip only moves the paper past that strip.
      if (this.dialect === 'star' && this.out.commands[this.out.commands.length - 1] === 'raster') return 1;
      this.endLine();
      this.stitcher.flush();
      this.out.commands.push('lf');
      return 1;
    }
    if (c === 0x09) {
      this.line += ' ';
      return 1;
    }
    if (c === ESC) return this.esc(b, i);
    if (c === GS) return this.gs(b, i);
    if (c === DLE) return this.dle(b, i);
    if (c === FS) {
      const n = fsCommandLength(b, i);
      if (n !== INCOMPLETE) this.out.commands.push('skip');
      return n;
    }
    return 1;
  }

  private esc(b: Buffer, i: number): number {
    const n = escCommandLength(b, i, this.dialect);
    if (n === INCOMPLETE) return n;
    const cmd = String.fromCharCode(b[i + 1] ?? 0);
    const star = this.dialect === 'star';
    if (cmd === '@') this.out.commands.push('init');
    else if (star && cmd === 'k') this.starRaster(b, i);
    else if (star && cmd === 'd') this.cut();
    else if (!star && (cmd === 'd' || cmd === 'J')) this.feed();
    else if (!star && (cmd === 'i' || cmd === 'm')) this.cut();
    else if (cmd === 'a') this.out.commands.push(star ? 'feed' : 'align');
    else if (cmd === 'E' || cmd === '!') this.out.commands.push(cmd === 'E' ? 'bold' : 'mode');
    else this.out.commands.push('skip');
    return n;
  }

  private gs(b: Buffer, i: number): number {
    const n = gsCommandLength(b, i);
    if (n === INCOMPLETE) return n;
    const cmd = String.fromCharCode(b[i + 1] ?? 0);
    if (cmd === 'v' && b[i + 2] === 0x30) this.epsonRaster(b, i);
    else if (cmd === 'V') this.cut();
    else if (cmd === '!') this.out.commands.push('size');
    else if (cmd === '(' && b[i + 2] === 0x6b) this.qrFunction(b, i);
    else this.out.commands.push('skip');
    return n;
  }

  private dle(b: Buffer, i: number): number {
    const kind = b[i + 1];
    if (kind === undefined) return INCOMPLETE;
    if (kind === 0x04 || kind === 0x05) {
      const arg = b[i + 2];
      if (arg === undefined) return INCOMPLETE;
      if (kind === 0x04) {
        this.out.statusRequests.push(arg);
        this.out.commands.push('status');
        this.options.onStatusRequest?.(arg);
      }
      return 3;
    }
    if (kind === 0x14) return i + 5 <= b.length ? 5 : INCOMPLETE;
    return 1;
  }

  private epsonRaster(b: Buffer, i: number): void {
    const stride = (b[i + 4] ?? 0) + 256 * (b[i + 5] ?? 0);
    const rows = (b[i + 6] ?? 0) + 256 * (b[i + 7] ?? 0);
    this.endLine();
    this.out.commands.push('raster');
    if (stride === 0 || rows === 0) return;
    this.stitcher.add({ width: stride * 8, height: rows, mono: new Uint8Array(b.subarray(i + 8, i + 8 + stride * rows)) });
  }

  private starRaster(b: Buffer, i: number): void {
    const stride = (b[i + 2] ?? 0) + 256 * (b[i + 3] ?? 0);
    this.endLine();
    this.out.commands.push('raster');
    if (stride === 0) return;
    this.stitcher.add({ width: stride * 8, height: 24, mono: new Uint8Array(b.subarray(i + 4, i + 4 + stride * 24)) });
  }

  private qrFunction(b: Buffer, i: number): void {
    const len = (b[i + 3] ?? 0) + 256 * (b[i + 4] ?? 0);
    const cn = b[i + 5];
    const fn = b[i + 6];
    if (cn !== 49) {
      this.out.commands.push('skip');
      return;
    }
    if (fn === 80 && len >= 3) {
      this.storedQr = b.subarray(i + 8, i + 5 + len).toString('utf8');
      this.out.commands.push('qr-store');
    } else if (fn === 81) {
      this.endLine();
      this.stitcher.flush();
      if (this.storedQr !== undefined) this.out.qrPayloads.push(this.storedQr);
      this.out.commands.push('qr-print');
    } else {
      this.out.commands.push('qr-setting');
    }
  }

  private feed(): void {
    this.endLine();
    this.stitcher.flush();
    this.out.commands.push('feed');
  }

  private cut(): void {
    this.endLine();
    this.stitcher.flush();
    this.out.cuts += 1;
    this.out.commands.push('cut');
  }

  private endLine(): void {
    if (this.line.trim()) this.out.text.push(this.line);
    this.line = '';
  }
}

export function decodeEscPos(bytes: Buffer | Uint8Array, options: DecoderOptions = {}): DecodedReceipt {
  const d = new EscPosStreamDecoder(options);
  d.push(Buffer.from(bytes));
  return d.finish();
}
