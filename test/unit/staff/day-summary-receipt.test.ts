import { beforeAll, describe, expect, it } from 'vitest';
import { countInk } from '../../../hardware/printer/mono-bitmap.js';
import type { PairBlock, Receipt } from '../../../hardware/printer/receipt-model.js';
import { renderReceiptBitmap } from '../../../hardware/printer/receipt-raster.js';
import { LANGUAGES, type Language } from '../../../main/contract/kiosk-contract.js';
import type { DaySummary } from '../../../main/contract/staff-schemas.js';
import { createReceiptTranslator, type ReceiptTranslator } from '../../../main/services/receipt-text.js';
import { buildDaySummaryReceipt } from '../../../main/staff/day-summary-receipt.js';

const summary: DaySummary = {
  day: '2026-11-26',
  rows: [
    { kind: 'civil-status', service: 'civil-status', receipts: 3, printed: 3, pending: 0, reprints: 1 },
    { kind: 'tax-payment', service: 'local-taxes', receipts: 2, printed: 2, pending: 0, reprints: 0 },
    { kind: 'ticket', service: 'civil-status', receipts: 12, printed: 11, pending: 1, reprints: 2 },
    { kind: 'ticket', service: 'legalisation', receipts: 5, printed: 5, pending: 0, reprints: 0 },
  ],
  totals: { tickets: 17, receipts: 5, failedPrints: 4, pending: 1, reprints: 3 },
  payments: { count: 2, totalCentimes: 123_450, incidents: 1 },
};

const opts = (language: Language) => ({
  language,
  officeName: 'Arrondissement Ain Chock',
  kioskId: 'KHM01',
  printedAt: new Date('2026-11-26T17:05:00Z'),
  timeZone: 'Africa/Casablanca',
  staffName: 'Fatima Zahra',
});

const pairs = (r: Receipt): Map<string, string> => new Map(r.blocks.flatMap((b) => (b.kind === 'pair' ? [[b.label, b.value] as const] : [])));
const texts = (r: Receipt): string[] => r.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : b.kind === 'pair' ? [b.label, b.value] : []));
const strip = (s: string): string => s.replace(/[\u2066-\u2069]/g, '');

describe('end-of-day summary receipt', () => {
  let translate: ReceiptTranslator;
  beforeAll(async () => {
    translate = await createReceiptTranslator();
  });

  it('gives the day, the kiosk, who printed it and every figure, per service in the kiosk order (fr)', () => {
    const r = buildDaySummaryReceipt(summary, opts('fr'), translate);
    expect(r.direction).toBe('ltr');
    expect(texts(r)).toContain('Récapitulatif de fin de journée');
    const p = pairs(r);
    expect(p.get('Journée')).toBe('26 novembre 2026');
    expect(strip(p.get('Borne') ?? '')).toBe('KHM01');
    expect(strip(p.get('Imprimé par') ?? '')).toBe('Fatima Zahra');
    expect(p.get('Imprimé le')).toContain('18:05');
    const services = r.blocks.flatMap((b) => (b.kind === 'pair' && /^\d+ \/ \d+$/.test(b.value) ? [[b.label, strip(b.value)]] : []));
    expect(services).toEqual([
      ['État civil', '12 / 3'],
      ['Légalisation de signature', '5 / 0'],
      ['Taxes locales', '0 / 2'],
    ]);
    expect(strip(p.get('Tickets délivrés') ?? '')).toBe('17');
    expect(strip(p.get('Reçus délivrés') ?? '')).toBe('5');
    expect(strip(p.get('Impressions échouées') ?? '')).toBe('4');
    expect(strip(p.get('En attente d’impression') ?? '')).toBe('1');
    expect(strip(p.get('Réimpressions') ?? '')).toBe('3');
    expect(strip(p.get('Paiements') ?? '')).toBe('2');
    expect(p.get('Total encaissé')).toMatch(/^1\D?234,50 DH$/);
    expect(strip(p.get('Incidents de paiement') ?? '')).toBe('1');
  });

  it('is right-to-left in Arabic, with amounts in dirhams and Western digits', () => {
    const r = buildDaySummaryReceipt(summary, opts('ar'), translate);
    expect(r.direction).toBe('rtl');
    const p = pairs(r);
    expect(texts(r)).toContain('ملخص نهاية اليوم');
    expect(p.get('مجموع المبالغ المؤداة')).toMatch(/^1\D?234[.,٫]50 درهم$/);
    expect(strip(p.get('الحالة المدنية') ?? '')).toBe('12 / 3');
  });

  it('says so when nothing was issued, and still prints the zero totals', () => {
    const empty: DaySummary = { day: '2026-11-27', rows: [], totals: { tickets: 0, receipts: 0, failedPrints: 0, pending: 0, reprints: 0 }, payments: { count: 0, totalCentimes: 0, incidents: 0 } };
    const r = buildDaySummaryReceipt(empty, opts('fr'), translate);
    expect(texts(r)).toContain('Rien n’a été délivré ce jour-là.');
    expect(pairs(r).get('Total encaissé')).toBe('0,00 DH');
  });

  it('has every label translated in all four languages (no raw keys on paper)', () => {
    for (const language of LANGUAGES) {
      const all = texts(buildDaySummaryReceipt(summary, opts(language), translate));
      expect(all.filter((s) => s.includes('day-summary.') || s.includes('services.')), language).toEqual([]);
    }
  });

  it('draws on paper in Arabic and French: labels right in Arabic, left in French', async () => {
    for (const language of ['ar', 'fr'] as const) {
      const bitmap = await renderReceiptBitmap(buildDaySummaryReceipt(summary, opts(language), translate), { paperWidthDots: 576 });
      expect(bitmap.width).toBe(576);
      // More than twenty lines of text, all inked.
      expect(bitmap.height).toBeGreaterThan(20 * 24);
      expect(countInk(bitmap)).toBeGreaterThan(10_000);
    }
    // A label-only line shows where the labels go.
    const label = async (language: 'ar' | 'fr', text: string) => {
      const one: DaySummary = { ...summary, rows: [] };
      const r = buildDaySummaryReceipt(one, opts(language), translate);
      const block = r.blocks.find((b): b is PairBlock => b.kind === 'pair' && b.label === text);
      expect(block, text).toBeDefined();
      const b = await renderReceiptBitmap({ ...r, blocks: block ? [{ ...block, value: '' }] : [] }, { paperWidthDots: 576 });
      return { left: countInk(b, 0, 288), right: countInk(b, 288, 576) };
    };
    const ar = await label('ar', 'في انتظار الطبع');
    const fr = await label('fr', 'En attente d’impression');
    expect(ar.right).toBeGreaterThan(ar.left * 3);
    expect(fr.left).toBeGreaterThan(fr.right * 3);
  });
});
