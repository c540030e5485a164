import { describe, expect, it } from 'vitest';
import { code128Modules } from '../../../hardware/printer/code128.js';
import { countInk, isInk } from '../../../hardware/printer/mono-bitmap.js';
import {
  printerTestPage,
  TEST_PAGE_ARABIC,
  TEST_PAGE_BARCODE,
  TEST_PAGE_TIFINAGH,
} from '../../../hardware/printer/printer-test-page.js';
import { receiptSchema, type Receipt } from '../../../hardware/printer/receipt-model.js';
import { renderReceiptBitmap, type ReceiptBitmap } from '../../../hardware/printer/receipt-raster.js';

const render = (r: Receipt): Promise<ReceiptBitmap> => renderReceiptBitmap(r, { paperWidthDots: 576 });
const page = printerTestPage({ kioskId: 'KIOSK-07', printedAt: '2026-11-26 12:30' });

/** Runs of equal dots along row y, starting with the first black one. */
function runs(b: ReceiptBitmap, y: number): number[] {
  const out: number[] = [];
  let x = 0;
  while (x < b.width && !isInk(b, x, y)) x++;
  while (x < b.width) {
    const ink = isInk(b, x, y);
    let n = 0;
    while (x < b.width && isInk(b, x, y) === ink) {
      n++;
      x++;
    }
    out.push(n);
  }
  return out;
}

describe('printer test page', () => {
  it('is a valid receipt', () => {
    expect(receiptSchema.safeParse(page).success).toBe(true);
  });

  it('draws the barcode bar for bar', async () => {
    const b = await render(page);
    const expected = code128Modules(TEST_PAGE_BARCODE);
    let found = false;
    for (let y = 0; y < b.height && !found; y++) {
      const r = runs(b, y);
      // The last run is the paper after the stop bar.
      const bars = r.slice(0, expected.length);
      const unit = bars[0] !== undefined ? bars[0] / (expected[0] ?? 1) : 0;
      found = unit >= 1 && bars.length === expected.length && bars.every((w, i) => w === (expected[i] ?? 0) * unit);
    }
    expect(found).toBe(true);
  });

  it('draws a density ramp of 25, 50, 75 and 100 % ink bands', async () => {
    const b = await render(page);
    const share = new Map<number, number>();
    // Ordered dither spreads its dots over 4 x 4 cells: measure 4 rows at a time.
    for (let y = 0; y + 4 <= b.height; y += 4) {
      const ink = countInk({ width: b.width, height: 4, mono: b.mono.subarray(y * 72, (y + 4) * 72) }, 16, 560);
      const pct = Math.round((ink / (4 * 544)) * 100);
      share.set(pct, (share.get(pct) ?? 0) + 1);
    }
    for (const pct of [25, 50, 75, 100]) expect(share.get(pct) ?? 0).toBeGreaterThanOrEqual(8);
  });

  it('inks its Arabic and Tifinagh lines with real glyphs', async () => {
    const lineOf = (text: string): Receipt => ({ ...page, blocks: [{ kind: 'text', text, size: 'large' }] });
    for (const [text, other] of [
      [TEST_PAGE_ARABIC, 'بببببب ببببببب'],
      [TEST_PAGE_TIFINAGH, 'ⴰⴰⴰⴰⴰ ⴰ ⴰⴰⴰⴰⴰⴰ'],
    ] as const) {
      const a = await render(lineOf(text));
      const b = await render(lineOf(other));
      expect(countInk(a)).toBeGreaterThan(300);
      // A missing glyph draws the same box for every letter: two different words would match.
      expect(Buffer.from(a.mono).equals(Buffer.from(b.mono))).toBe(false);
    }
  });
});
