// Every kind of citizen receipt, printed over TCP to the virtual printer on 58 and 80 mm paper
// and read back from the dots that came out: the queue number tall and bold enough to read at
// arm's length, nothing cut off at the paper's edges, a QR code a phone decodes.
import { beforeAll, describe, expect, it } from 'vitest';
import { isInk, type MonoImage } from '../../hardware/printer/mono-bitmap.js';
import { findQrInImage } from '../../hardware/simulators/escpos-raster-images.js';
import type { Language } from '../../main/contract/kiosk-contract.js';
import { RECEIPT_KINDS, SAMPLE_STATUS_URL, sampleReceipts, type SampleReceipt } from '../../main/build/receipt-samples.js';
import { printOnVirtualPrinter } from '../../main/build/write-receipt-pictures.js';
import { createReceiptTranslator, type ReceiptTranslator } from '../../main/services/receipt-text.js';

const PAPER_DOTS = { 58: 384, 80: 576 } as const;
/** 15 mm at 203 dpi. */
const MIN_NUMBER_ROWS = 120;
/**
 * Thinnest stroke of the bold number at that height (squeezed across on 58 mm). The regular
 * weight's strokes are at most 13 dots on 58 mm and 17 on 80 mm, so these tell the two apart.
 */
const MIN_BOLD_STEM_DOTS = { 58: 15, 80: 20 } as const;

interface Printed {
  sample: SampleReceipt;
  image: MonoImage;
}

/** Runs of consecutive rows holding ink: [first row, height]. */
function inkedRowRuns(img: MonoImage): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let y = 0; y <= img.height; y++) {
    let inked = false;
    for (let x = 0; y < img.height && x < img.width && !inked; x++) inked = isInk(img, x, y);
    if (inked && start < 0) start = y;
    if (!inked && start >= 0) {
      runs.push([start, y - start]);
      start = -1;
    }
  }
  return runs;
}

/** Lengths of the black runs across one row. */
function inkRunsAcross(img: MonoImage, y: number): number[] {
  const runs: number[] = [];
  let run = 0;
  for (let x = 0; x <= img.width; x++) {
    if (x < img.width && isInk(img, x, y)) run++;
    else if (run > 0) {
      runs.push(run);
      run = 0;
    }
  }
  return runs;
}

function inkInColumns(img: MonoImage, from: number, to: number): number {
  let n = 0;
  for (let y = 0; y < img.height; y++) for (let x = from; x < to; x++) if (isInk(img, x, y)) n++;
  return n;
}

describe('citizen receipts on paper', () => {
  let translate: ReceiptTranslator;
  const printed = new Map<string, Printed[]>();

  beforeAll(async () => {
    translate = await createReceiptTranslator();
    for (const mm of [58, 80] as const) {
      // Tamazight and English lines are no wider than French ones: the narrow roll is their test.
      const languages: readonly Language[] = mm === 58 ? ['ar', 'fr', 'zgh', 'en'] : ['ar', 'fr'];
      for (const language of languages) {
        const samples = sampleReceipts(translate, { language, publicStatusUrl: SAMPLE_STATUS_URL });
        const images = await printOnVirtualPrinter(
          samples.map((s) => s.receipt),
          mm,
        );
        printed.set(`${mm}-${language}`, samples.map((sample, i) => ({ sample, image: images[i]! })));
      }
    }
  }, 120_000);

  const all = (): Array<Printed & { mm: 58 | 80; language: string }> =>
    [...printed.entries()].flatMap(([key, list]) => {
      const [mm, language] = key.split('-') as [string, string];
      return list.map((p) => ({ ...p, mm: Number(mm) as 58 | 80, language }));
    });

  it('prints every kind in every language on 58 mm paper, Arabic and French on 80 mm', () => {
    expect(all()).toHaveLength(RECEIPT_KINDS.length * (4 + 2));
    for (const { image, mm } of all()) expect(image.width).toBe(PAPER_DOTS[mm]);
  });

  it('prints the queue number at least 15 mm tall and bold, on 58 mm paper as on 80 mm', () => {
    const tickets = all().filter((p) => p.sample.queueNumber);
    expect(tickets.length).toBe(2 * (4 + 2));
    for (const { image, sample, mm, language } of tickets) {
      const where = `${sample.kind} ${language} ${mm} mm`;
      // The number is the first tall line of ink: everything above it is text of at most ~50 rows.
      const number = inkedRowRuns(image).find(([, h]) => h > 60);
      expect(number, where).toBeDefined();
      const [top, height] = number!;
      expect(height, where).toBeGreaterThanOrEqual(MIN_NUMBER_ROWS);
      // ...and it is not the QR code, which comes further down.
      expect(top, where).toBeLessThan(image.height / 2);
      const stems = inkRunsAcross(image, top + Math.floor(height / 3));
      expect(stems.length, where).toBeGreaterThanOrEqual(4);
      expect(Math.min(...stems), where).toBeGreaterThanOrEqual(MIN_BOLD_STEM_DOTS[mm]);
    }
  });

  it('keeps every dot inside the paper: nothing runs to the edges', () => {
    for (const { image, sample, mm, language } of all()) {
      const edge = inkInColumns(image, 0, 4) + inkInColumns(image, image.width - 4, image.width);
      expect(edge, `${sample.kind} ${language} ${mm} mm`).toBe(0);
    }
  });

  it('prints a QR code a phone reads as the office status page of the receipt', () => {
    for (const { image, sample, mm, language } of all()) {
      const where = `${sample.kind} ${language} ${mm} mm`;
      expect(findQrInImage(image), where).toBe(sample.qr);
      if (sample.qr) expect(sample.qr, where).toMatch(/^https:\/\/bureau\.casablanca\.ma\/suivi\/(AR|RC|PT)-2026-\d{6}$|^https:\/\/bureau\.casablanca\.ma\/suivi\/2026-11-16_[AB]-0\d\d$/);
    }
    }, 60_000);

  it('prints the number for the kiosk scanner in the QR code when the office has no status page', async () => {
    for (const mm of [58, 80] as const) {
      const samples = sampleReceipts(translate, { language: mm === 58 ? 'fr' : 'ar' });
      const images = await printOnVirtualPrinter(
        samples.map((s) => s.receipt),
        mm,
      );
      const read = images.map((image) => findQrInImage(image));
      expect(read).toEqual(['BORNE/T/2026-11-16/A-042', 'BORNE/T/2026-11-16/B-007', 'BORNE/R/AR-2026-004217', 'BORNE/R/RC-2026-000318', 'BORNE/R/PT-2026-001907', undefined]);
    }
  }, 60_000);
});
