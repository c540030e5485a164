// Draws a receipt as a one-bit bitmap at the printer's dot width. Everything is printed as an
// image because code-page text cannot join Arabic letters nor run right to left.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { layoutReceipt } from './receipt-layout.js';
import { registerReceiptFonts } from './receipt-fonts.js';
import { bytesPerRow, monoToPng, rgbaToMono } from './mono-bitmap.js';
import type { Receipt } from './receipt-model.js';

export type PaperWidthDots = 384 | 576;

export interface ReceiptBitmap {
  width: number;
  height: number;
  /** The thresholded image, exactly what the printer burns. */
  png: Buffer;
  /** 1 bit per dot, rows of ceil(width/8) bytes, MSB = leftmost, 1 = black. */
  mono: Uint8Array;
}

export interface RenderOptions {
  paperWidthDots: PaperWidthDots;
}

/** Printable width at 203 dpi: 58 mm rolls print 48 mm (384 dots), 80 mm rolls 72 mm (576). */
export function paperWidthDots(mm: 58 | 80): PaperWidthDots {
  return mm === 58 ? 384 : 576;
}

/** Longest receipt we agree to draw (about 2.5 m); beyond that something upstream went wrong. */
const MAX_HEIGHT_DOTS = 20000;

export async function renderReceiptBitmap(receipt: Receipt, options: RenderOptions): Promise<ReceiptBitmap> {
  registerReceiptFonts();
  const width = options.paperWidthDots;
  const scratch = createCanvas(8, 8).getContext('2d');
  const layout = layoutReceipt(receipt, width, scratch);
  const height = Math.min(layout.height, MAX_HEIGHT_DOTS);

  const canvas = createCanvas(width, height);
  const ctx: SKRSContext2D = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.direction = receipt.direction;
  ctx.textBaseline = 'alphabetic';
  for (const op of layout.ops) {
    // Dither patches are set in the one-bit image below: anti-aliasing would blur dots into grey.
    if (op.op === 'dither') continue;
    ctx.fillStyle = op.white ? '#ffffff' : '#000000';
    if (op.op === 'rect') {
      ctx.fillRect(op.x, op.y, op.w, op.h);
    } else {
      ctx.font = op.font;
      ctx.textAlign = op.align;
      ctx.direction = op.direction ?? receipt.direction;
      if (op.scaleX === undefined) {
        ctx.fillText(op.text, op.x, op.y);
      } else {
        // Squeezed about its anchor, so a centred line stays centred.
        ctx.save();
        ctx.translate(op.x, 0);
        ctx.scale(op.scaleX, 1);
        ctx.fillText(op.text, 0, op.y);
        ctx.restore();
      }
    }
  }

  const rgba = ctx.getImageData(0, 0, width, height).data;
  const mono = rgbaToMono(rgba, width, height);
  for (const op of layout.ops) if (op.op === 'dither') ditherInto(mono, width, height, op);
  // Yield once so a long receipt does not hold the event loop for the whole render + encode.
  await new Promise<void>((resolve) => setImmediate(resolve));
  return { width, height, mono, png: monoToPng({ width, height, mono }) };
}

/** 4x4 Bayer matrix: a dot is burnt when its threshold is below the band's share of 16. */
const BAYER_4 = [
  [0, 8, 2, 10],
  [12, 4, 14, 6],
  [3, 11, 1, 9],
  [15, 7, 13, 5],
] as const;

function ditherInto(
  mono: Uint8Array,
  width: number,
  height: number,
  patch: { x: number; y: number; w: number; h: number; inkPercent: number },
): void {
  const stride = bytesPerRow(width);
  const level = Math.round((patch.inkPercent / 100) * 16);
  for (let y = Math.max(0, patch.y); y < Math.min(height, patch.y + patch.h); y++) {
    const row = BAYER_4[y & 3] ?? BAYER_4[0];
    for (let x = Math.max(0, patch.x); x < Math.min(width, patch.x + patch.w); x++) {
      if ((row[x & 3] ?? 16) >= level) continue;
      const j = y * stride + (x >> 3);
      mono[j] = (mono[j] ?? 0) | (0x80 >> (x & 7));
    }
  }
}
