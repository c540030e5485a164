import { beforeAll, describe, expect, it } from 'vitest';
import { encodeReceipt } from '../../../hardware/printer/escpos-encoder.js';
import { renderReceiptBitmap, type ReceiptBitmap } from '../../../hardware/printer/receipt-raster.js';
import { sampleReceipt } from '../../../hardware/printer/sample-receipts.js';
import { decodeEscPos } from '../../../hardware/simulators/escpos-decoder.js';

const QR = 'https://borne.example/t/A042?o=anfa';
let bitmap: ReceiptBitmap;

beforeAll(async () => {
  bitmap = await renderReceiptBitmap(sampleReceipt('ar', QR), { paperWidthDots: 576 });
});

/** Offsets of every GS v 0 header in the stream, read command by command. */
function rasterHeights(bytes: Buffer): number[] {
  const heights: number[] = [];
  for (let i = 0; i + 8 <= bytes.length; ) {
    if (bytes[i] === 0x1d && bytes[i + 1] === 0x76 && bytes[i + 2] === 0x30) {
      const stride = (bytes[i + 4] ?? 0) + 256 * (bytes[i + 5] ?? 0);
      const rows = (bytes[i + 6] ?? 0) + 256 * (bytes[i + 7] ?? 0);
      heights.push(rows);
      i += 8 + stride * rows;
    } else i += 1;
  }
  return heights;
}

describe('ESC/POS encoding', () => {
  it('round-trips the exact pixels and the QR payload (Epson)', () => {
    const bytes = encodeReceipt(bitmap, { model: 'epson' });
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    const d = decodeEscPos(bytes);
    expect(d.images).toHaveLength(1);
    const img = d.images[0]!;
    expect([img.width, img.height]).toEqual([bitmap.width, bitmap.height]);
    expect(Buffer.from(img.mono).equals(Buffer.from(bitmap.mono))).toBe(true);
    expect(d.qrPayloads).toEqual([QR]);
  });

  it('round-trips in Star Line Mode (24-row strips, padded to a whole strip)', () => {
    const bytes = encodeReceipt(bitmap, { model: 'star' });
    const d = decodeEscPos(bytes, { dialect: 'star' });
    expect(d.images).toHaveLength(1);
    const img = d.images[0]!;
    expect(img.width).toBe(bitmap.width);
    expect(img.height).toBe(Math.ceil(bitmap.height / 24) * 24);
    expect(Buffer.from(img.mono.subarray(0, bitmap.mono.length)).equals(Buffer.from(bitmap.mono))).toBe(true);
    expect(img.mono.subarray(bitmap.mono.length).every((b) => b === 0)).toBe(true);
    expect(d.qrPayloads).toEqual([QR]);
    expect(d.cuts).toBe(1);
  });

  it('sends the image in bands no taller than asked, covering every row', () => {
    for (const bandRows of [24, 256]) {
      const heights = rasterHeights(encodeReceipt(bitmap, { model: 'epson', bandRows }));
      expect(heights.length).toBe(Math.ceil(bitmap.height / bandRows));
      expect(Math.max(...heights)).toBeLessThanOrEqual(bandRows);
      expect(heights.reduce((a, b) => a + b, 0)).toBe(bitmap.height);
    }
    // Banding changes nothing on paper.
    const d = decodeEscPos(encodeReceipt(bitmap, { model: 'epson', bandRows: 24 }));
    expect(Buffer.from(d.images[0]!.mono).equals(Buffer.from(bitmap.mono))).toBe(true);
  });

  it('feeds, then makes a partial cut as the last thing printed', () => {
    const epson = encodeReceipt(bitmap, { model: 'epson' });
    const printed = decodeEscPos(epson).commands.filter((c) => c !== 'init');
    expect(printed.slice(-2)).toEqual(['feed', 'cut']);
    expect(printed.filter((c) => c === 'cut')).toHaveLength(1);
    // GS V 1 = partial cut, followed only by ESC @ (reset for the next job).
    expect([...epson.subarray(-5)]).toEqual([0x1d, 0x56, 0x01, 0x1b, 0x40]);
    const star = encodeReceipt(bitmap, { model: 'star' });
    expect([...star.subarray(-5)]).toEqual([0x1b, 0x64, 0x03, 0x1b, 0x40]);
  });
});
