// The technician's test page: every script the kiosk prints (Arabic, Tifinagh, French), a QR
// code, a Code 128 barcode and a density ramp, so one page shows whether fonts, fine modules
// and the whole print head burn as they should. Every print ends with a cut.
import type { Receipt } from './receipt-model.js';

export const TEST_PAGE_QR = 'BORNE-TEST-PAGE';
export const TEST_PAGE_BARCODE = 'BORNE-128';

export interface TestPageInfo {
  /** Kiosk id, printed so a page found later says which kiosk made it. */
  kioskId: string;
  /** Already formatted on the office's clock (e.g. "2026-11-26 12:30"). */
  printedAt: string;
}

export const TEST_PAGE_ARABIC = 'صفحة اختبار الطابعة';
export const TEST_PAGE_TIFINAGH = 'ⵜⴰⵙⵏⴰ ⵏ ⵓⵔⵎⵎⵓⵙ';
export const TEST_PAGE_FRENCH = "Page d'essai de l'imprimante";

export function printerTestPage(info: TestPageInfo): Receipt {
  return {
    // Latin first in the font list; Arabic and Tifinagh lines fall back glyph by glyph.
    language: 'fr',
    direction: 'ltr',
    blocks: [
      { kind: 'text', text: TEST_PAGE_FRENCH, size: 'large', align: 'center', bold: true },
      { kind: 'text', text: TEST_PAGE_ARABIC, size: 'large', align: 'center' },
      { kind: 'text', text: TEST_PAGE_TIFINAGH, size: 'large', align: 'center' },
      { kind: 'rule' },
      { kind: 'pair', label: 'Borne', value: info.kioskId },
      { kind: 'pair', label: 'Date', value: info.printedAt },
      { kind: 'text', text: 'ÀÂÇÉÈÊËÎÏÔÙÛÜ àâçéèêëîïôùûü 0123456789', size: 'small' },
      { kind: 'text', text: 'الأرقام ٠١٢٣٤٥٦٧٨٩', size: 'small', align: 'end' },
      { kind: 'rule' },
      { kind: 'qr', data: TEST_PAGE_QR },
      { kind: 'space', dots: 16 },
      { kind: 'barcode', data: TEST_PAGE_BARCODE },
      { kind: 'text', text: TEST_PAGE_BARCODE, size: 'small', align: 'center' },
      { kind: 'space', dots: 16 },
      { kind: 'text', text: '0 % · 25 % · 50 % · 75 % · 100 %', size: 'small', align: 'center' },
      { kind: 'ramp' },
      { kind: 'space', dots: 16 },
    ],
  };
}
