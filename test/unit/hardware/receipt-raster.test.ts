import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { countInk, monoToRgba } from '../../../hardware/printer/mono-bitmap.js';
import { registerReceiptFonts, FONT_TIFINAGH } from '../../../hardware/printer/receipt-fonts.js';
import { paperWidthDots, renderReceiptBitmap, type ReceiptBitmap } from '../../../hardware/printer/receipt-raster.js';
import type { Receipt, ReceiptBlock } from '../../../hardware/printer/receipt-model.js';
import { sampleReceipt } from '../../../hardware/printer/sample-receipts.js';

function receipt(language: Receipt['language'], blocks: ReceiptBlock[]): Receipt {
  return { language, direction: language === 'ar' ? 'rtl' : 'ltr', blocks };
}

const render = (r: Receipt, w: 384 | 576 = 576): Promise<ReceiptBitmap> => renderReceiptBitmap(r, { paperWidthDots: w });
const half = (b: ReceiptBitmap): { left: number; right: number } => ({
  left: countInk(b, 0, b.width / 2),
  right: countInk(b, b.width / 2, b.width),
});

describe('receipt bitmap', () => {
  it('is 384 dots wide on 58 mm paper and 576 on 80 mm, packed 1 bit per dot', async () => {
    expect(paperWidthDots(58)).toBe(384);
    expect(paperWidthDots(80)).toBe(576);
    for (const mm of [58, 80] as const) {
      const b = await render(sampleReceipt('fr'), paperWidthDots(mm));
      expect(b.width).toBe(paperWidthDots(mm));
      expect(b.mono.length).toBe((b.width / 8) * b.height);
      const png = PNG.sync.read(b.png);
      expect([png.width, png.height]).toEqual([b.width, b.height]);
    }
  });

  it('right-aligns a short Arabic line and left-aligns a short French one', async () => {
    const ar = half(await render(receipt('ar', [{ kind: 'text', text: 'مرحبا بكم' }])));
    const fr = half(await render(receipt('fr', [{ kind: 'text', text: 'Bienvenue' }])));
    expect(ar.left + ar.right).toBeGreaterThan(200);
    expect(ar.right).toBeGreaterThan(ar.left * 5);
    expect(fr.left).toBeGreaterThan(fr.right * 5);
  });

  it('puts "end" on the left in right-to-left receipts', async () => {
    const ar = half(await render(receipt('ar', [{ kind: 'text', text: 'مرحبا', align: 'end' }])));
    expect(ar.left).toBeGreaterThan(ar.right * 5);
  });

  it('mirrors label and value of a pair in right-to-left receipts', async () => {
    const long = 'الحالة المدنية للمواطنين';
    const ar = half(await render(receipt('ar', [{ kind: 'pair', label: long, value: '3' }])));
    const fr = half(await render(receipt('fr', [{ kind: 'pair', label: 'Service de l’état civil', value: '3' }])));
    expect(ar.right).toBeGreaterThan(ar.left * 2);
    expect(fr.left).toBeGreaterThan(fr.right * 2);
  });

  it('wraps long text within the paper instead of cutting it off', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `mot${i}`).join(' ');
    const one = await render(receipt('fr', [{ kind: 'text', text: 'mot0' }]), 384);
    const many = await render(receipt('fr', [{ kind: 'text', text: words }]), 384);
    expect(many.height).toBeGreaterThan(one.height * 4);
    // No ink in the outer 4 dots on either side: nothing ran off the paper.
    expect(countInk(many, 0, 4) + countInk(many, many.width - 4, many.width)).toBe(0);
  });

  it('draws Tifinagh glyphs from the bundled font, not missing-glyph boxes', async () => {
    expect(registerReceiptFonts()).toContain(FONT_TIFINAGH);
    const a = await render(receipt('zgh', [{ kind: 'text', text: 'ⵜⴰⵎⴰⵣⵉⵖⵜ', size: 'huge' }]));
    const b = await render(receipt('zgh', [{ kind: 'text', text: 'ⴰⵣⵓⵍⴼⵍⵍⴰⵡ', size: 'huge' }]));
    // Private-use code points have no glyph anywhere: whatever is drawn for them is "tofu".
    const tofu = await render(receipt('zgh', [{ kind: 'text', text: '\ue000\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008', size: 'huge' }]));
    expect(countInk(a)).toBeGreaterThan(300);
    expect(countInk(b)).toBeGreaterThan(300);
    // Missing glyphs all look alike; real glyphs differ from each other and from them.
    expect(Buffer.from(a.mono).equals(Buffer.from(b.mono))).toBe(false);
    expect(Buffer.from(a.mono).equals(Buffer.from(tofu.mono))).toBe(false);
  });

  it('draws a QR code that a reader decodes from the printed bitmap', async () => {
    for (const w of [384, 576] as const) {
      const b = await render(sampleReceipt('ar', 'https://borne.example/r/ABC-123'), w);
      const found = jsQR(monoToRgba(b), b.width, b.height);
      expect(found?.data).toBe('https://borne.example/r/ABC-123');
    }
  });

  it('prints a copy mark as a black banner at the top', async () => {
    const plain = await render(receipt('fr', [{ kind: 'text', text: 'x' }]));
    const copy = await render({ ...receipt('fr', [{ kind: 'text', text: 'x' }]), copyMark: 'DUPLICATA' });
    expect(copy.height).toBeGreaterThan(plain.height);
    // The banner spans the full width: the first dot of row 20 is black.
    expect((copy.mono[20 * (copy.width / 8)] ?? 0) & 0x80).toBe(0x80);
  });
});
