// Turns receipt blocks into positioned drawing operations for a given paper width. Layout is
// done first (measuring only) so the canvas can be created at the exact receipt height.
import { create as createQr } from 'qrcode';
import { CODE128_QUIET_MODULES, code128Modules, code128Width } from './code128.js';
import { cssFont } from './receipt-fonts.js';
import {
  textSizeDots,
  type BarcodeBlock,
  type PairBlock,
  type QrBlock,
  type RampBlock,
  type Receipt,
  type TextBlock,
} from './receipt-model.js';

export type DrawOp =
  | { op: 'rect'; x: number; y: number; w: number; h: number; white?: boolean }
  /** A patch of ordered dither: `inkPercent` of its dots burnt (0, 25, 50, 75 or 100). */
  | { op: 'dither'; x: number; y: number; w: number; h: number; inkPercent: number }
  | {
      op: 'text';
      text: string;
      font: string;
      x: number;
      y: number;
      align: 'start' | 'center' | 'end';
      white?: boolean;
      /** Horizontal squeeze (< 1) of a line that must keep its height but would not fit across. */
      scaleX?: number;
      /** Set when the line's own direction differs from the receipt's. */
      direction?: 'ltr' | 'rtl';
    };

export interface Layout {
  height: number;
  ops: DrawOp[];
}

/** The slice of CanvasRenderingContext2D layout needs; tests can pass a fake. */
export interface Measurer {
  font: string;
  direction: 'ltr' | 'rtl' | 'inherit';
  measureText(text: string): { width: number; actualBoundingBoxAscent: number; actualBoundingBoxDescent: number };
}

export const MARGIN_DOTS = 8;
export const DEFAULT_BARCODE_HEIGHT_DOTS = 96;
export const DEFAULT_BARCODE_MODULE_DOTS = 3;
export const DEFAULT_RAMP_BAND_DOTS = 40;
export const RAMP_LEVELS = [0, 25, 50, 75, 100] as const;
export const DEFAULT_QR_MODULE_DOTS = 6;
const QR_QUIET_MODULES = 4;

function directionOf(language: Receipt['language']): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** Greedy word wrap; a word wider than the line is broken between characters. */
export function wrapText(m: Measurer, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter((w) => w.length > 0);
    let current = '';
    for (const word of words) {
      const candidate = current ? `${current} ${word}` : word;
      if (m.measureText(candidate).width <= maxWidth) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = '';
      if (m.measureText(word).width <= maxWidth) {
        current = word;
        continue;
      }
      for (const ch of Array.from(word)) {
        if (current && m.measureText(current + ch).width > maxWidth) {
          lines.push(current);
          current = '';
        }
        current += ch;
      }
    }
    lines.push(current);
  }
  return lines;
}

export function layoutReceipt(receipt: Receipt, width: number, m: Measurer): Layout {
  m.direction = receipt.direction;
  const ops: DrawOp[] = [];
  const inner = width - 2 * MARGIN_DOTS;
  const startX = receipt.direction === 'rtl' ? width - MARGIN_DOTS : MARGIN_DOTS;
  const endX = receipt.direction === 'rtl' ? MARGIN_DOTS : width - MARGIN_DOTS;
  const anchor = (align: 'start' | 'center' | 'end'): number =>
    align === 'start' ? startX : align === 'end' ? endX : Math.round(width / 2);
  let y = MARGIN_DOTS;

  // Line box from the real ink extent, so tall Naskh marks and descenders are never clipped.
  const lineBox = (text: string, px: number): { ascent: number; height: number } => {
    const t = m.measureText(text || 'M');
    const ascent = Math.ceil(Math.max(px * 0.95, t.actualBoundingBoxAscent));
    const descent = Math.ceil(Math.max(px * 0.3, t.actualBoundingBoxDescent));
    return { ascent: ascent + Math.round(px * 0.15), height: ascent + descent + Math.round(px * 0.3) };
  };

  const pushLines = (lines: string[], font: string, px: number, align: 'start' | 'center' | 'end', white = false): void => {
    m.font = font;
    for (const line of lines) {
      const box = lineBox(line, px);
      if (line) ops.push({ op: 'text', text: line, font, x: anchor(align), y: y + box.ascent, align, white });
      y += box.height;
    }
  };

  const text = (b: TextBlock): void => {
    if (b.size === 'display') {
      display(b);
      return;
    }
    const px = textSizeDots[b.size ?? 'normal'];
    const language = b.language ?? receipt.language;
    const font = cssFont(px, b.bold ?? false, language);
    const direction = directionOf(language);
    if (direction === receipt.direction) {
      m.font = font;
      pushLines(wrapText(m, b.text, inner), font, px, b.align ?? 'start');
      return;
    }
    m.direction = direction;
    m.font = font;
    const first = ops.length;
    pushLines(wrapText(m, b.text, inner), font, px, b.align ?? 'start');
    for (const op of ops.slice(first)) if (op.op === 'text') op.direction = direction;
    m.direction = receipt.direction;
  };

  // The queue number: as tall as its size says whatever its length, so it is squeezed across
  // instead of wrapped or shrunk; its box is its ink, the font's line gap would waste paper.
  const display = (b: TextBlock): void => {
    const px = textSizeDots.display;
    // Latin capitals and digits whatever the receipt's language: the number on the screen and
    // on the counter's display.
    const font = cssFont(px, b.bold ?? true, 'fr');
    m.direction = 'ltr';
    m.font = font;
    const t = m.measureText(b.text);
    m.direction = receipt.direction;
    const scaleX = Math.min(1, inner / Math.max(1, t.width));
    const pad = Math.round(px * 0.08);
    const ascent = Math.ceil(t.actualBoundingBoxAscent);
    const op: DrawOp = { op: 'text', text: b.text, font, x: anchor(b.align ?? 'center'), y: y + pad + ascent, align: b.align ?? 'center', direction: 'ltr' };
    ops.push(scaleX < 1 ? { ...op, scaleX } : op);
    y += ascent + Math.ceil(t.actualBoundingBoxDescent) + 2 * pad;
  };

  const pair = (b: PairBlock): void => {
    const px = textSizeDots[b.size ?? 'normal'];
    const font = cssFont(px, b.bold ?? false, receipt.language);
    m.font = font;
    const gap = px;
    if (m.measureText(b.label).width + gap + m.measureText(b.value).width <= inner) {
      const box = lineBox(`${b.label} ${b.value}`, px);
      ops.push({ op: 'text', text: b.label, font, x: startX, y: y + box.ascent, align: 'start' });
      ops.push({ op: 'text', text: b.value, font, x: endX, y: y + box.ascent, align: 'end' });
      y += box.height;
      return;
    }
    pushLines(wrapText(m, b.label, inner), font, px, 'start');
    pushLines(wrapText(m, b.value, inner), font, px, 'end');
  };

  const qr = (b: QrBlock): void => {
    const matrix = createQr(b.data, { errorCorrectionLevel: 'M' }).modules;
    const span = matrix.size + 2 * QR_QUIET_MODULES;
    // Integer dots per module keep every module square and sharp on the print head.
    const dots = Math.max(1, Math.min(b.moduleSize ?? DEFAULT_QR_MODULE_DOTS, Math.floor(width / span)));
    const left = Math.floor((width - matrix.size * dots) / 2);
    const top = y + QR_QUIET_MODULES * dots;
    for (let r = 0; r < matrix.size; r++) {
      for (let c = 0; c < matrix.size; c++) {
        if (matrix.get(r, c)) ops.push({ op: 'rect', x: left + c * dots, y: top + r * dots, w: dots, h: dots });
      }
    }
    y += span * dots;
  };

  const barcode = (b: BarcodeBlock): void => {
    const span = code128Width(b.data);
    const dots = Math.max(1, Math.min(b.moduleSize ?? DEFAULT_BARCODE_MODULE_DOTS, Math.floor(width / span)));
    const height = b.heightDots ?? DEFAULT_BARCODE_HEIGHT_DOTS;
    let x = Math.floor((width - span * dots) / 2) + CODE128_QUIET_MODULES * dots;
    y += 8;
    code128Modules(b.data).forEach((modules, i) => {
      // Even positions are bars, odd ones the spaces between them.
      if (i % 2 === 0) ops.push({ op: 'rect', x, y, w: modules * dots, h: height });
      x += modules * dots;
    });
    y += height + 8;
  };

  const ramp = (b: RampBlock): void => {
    const band = b.bandDots ?? DEFAULT_RAMP_BAND_DOTS;
    // A frame around the ramp so the 0 % band shows where it is.
    ops.push({ op: 'rect', x: MARGIN_DOTS, y, w: inner, h: 2 });
    y += 2;
    for (const inkPercent of RAMP_LEVELS) {
      ops.push({ op: 'dither', x: MARGIN_DOTS, y, w: inner, h: band, inkPercent });
      y += band;
    }
    ops.push({ op: 'rect', x: MARGIN_DOTS, y, w: inner, h: 2 });
    y += 2;
  };

  if (receipt.copyMark) {
    const px = textSizeDots.large;
    const font = cssFont(px, true, receipt.language);
    m.font = font;
    const lines = wrapText(m, receipt.copyMark, inner);
    const top = y;
    const barIndex = ops.length;
    pushLines(lines, font, px, 'center', true);
    ops.splice(barIndex, 0, { op: 'rect', x: 0, y: top, w: width, h: y - top });
    y += MARGIN_DOTS;
  }

  for (const b of receipt.blocks) {
    switch (b.kind) {
      case 'text':
        text(b);
        break;
      case 'pair':
        pair(b);
        break;
      case 'qr':
        qr(b);
        break;
      case 'rule':
        y += 8;
        ops.push({ op: 'rect', x: MARGIN_DOTS, y, w: inner, h: 2 });
        y += 10;
        break;
      case 'space':
        y += b.dots ?? 16;
        break;
      case 'barcode':
        barcode(b);
        break;
      case 'ramp':
        ramp(b);
        break;
    }
  }
  return { height: Math.max(1, Math.ceil(y + MARGIN_DOTS)), ops };
}
