// The self-test report on paper, in the technician's language: every check named with its
// verdict in words, what failed explained, the saved file named; drawn by the printer's renderer.
import { beforeAll, describe, expect, it } from 'vitest';
import { countInk } from '../../../hardware/printer/mono-bitmap.js';
import { receiptSchema, type Receipt } from '../../../hardware/printer/receipt-model.js';
import { renderReceiptBitmap } from '../../../hardware/printer/receipt-raster.js';
import { LANGUAGES, selfTestReportSchema, type SelfTestReport } from '../../../main/contract/kiosk-contract.js';
import { buildSelfTestReceipt } from '../../../main/diagnostics/self-test-receipt.js';
import { createReceiptTranslator, type ReceiptTranslator } from '../../../main/services/receipt-text.js';

const report: SelfTestReport = selfTestReportSchema.parse({
  format: 'borne-self-test/1',
  kioskId: 'KHM01',
  office: 'Arrondissement Sidi Moumen',
  startedAt: '2026-11-26T10:00:00.000Z',
  finishedAt: '2026-11-26T10:00:04.000Z',
  technician: 'tech-01',
  overall: 'fail',
  checks: [
    { id: 'device:printer', kind: 'device', subject: 'printer', name: 'Device printer (escpos)', verdict: 'fail', detail: 'offline: connection refused', durationMs: 1 },
    { id: 'device:id-reader', kind: 'device', subject: 'id-reader', name: 'Device id-reader (serial)', verdict: 'pass', detail: 'ready', durationMs: 1 },
    { id: 'printer-status', kind: 'printer-status', name: 'Printer status asked now', verdict: 'fail', detail: 'the printer did not answer its status request', durationMs: 3000 },
    { id: 'disk', kind: 'disk', name: 'Free disk space', verdict: 'warn', detail: '512 MB free on the drive of /data: getting low', durationMs: 2 },
    { id: 'database', kind: 'database', name: 'Database integrity', verdict: 'pass', detail: 'PRAGMA quick_check: ok', durationMs: 5 },
  ],
});

const pairs = (r: Receipt): Map<string, string> => new Map(r.blocks.flatMap((b) => (b.kind === 'pair' ? [[b.label, b.value.replace(/[\u2066-\u2069]/g, '')] as const] : [])));
const texts = (r: Receipt): string[] => r.blocks.flatMap((b) => (b.kind === 'text' ? [b.text.replace(/[\u2066-\u2069]/g, '')] : b.kind === 'pair' ? [b.label, b.value] : []));

describe('self-test receipt', () => {
  let translate: ReceiptTranslator;
  beforeAll(async () => {
    translate = await createReceiptTranslator();
  });

  it('lists each check with its verdict in French, explains what is wrong and names the file', () => {
    const r = buildSelfTestReceipt(report, { language: 'fr', timeZone: 'Africa/Casablanca', fileName: 'self-test-KHM01-2026-11-26-110004.json' }, translate);
    expect(receiptSchema.safeParse(r).success).toBe(true);
    expect(r.direction).toBe('ltr');
    const p = pairs(r);
    expect(texts(r)).toContain('Rapport d’autotest');
    expect(p.get('Résultat global')).toBe('ÉCHEC');
    expect(p.get('Imprimante de reçus')).toBe('ÉCHEC');
    expect(p.get('Lecteur de carte d’identité')).toBe('OK');
    expect(p.get('État de l’imprimante (demandé maintenant)')).toBe('ÉCHEC');
    expect(p.get('Espace disque libre')).toBe('Attention');
    expect(p.get('Technicien')).toBe('tech-01');
    expect(p.get('Borne')).toBe('KHM01');
    expect(texts(r)).toContain('offline: connection refused');
    // A passing check needs no explanation on paper.
    expect(texts(r)).not.toContain('PRAGMA quick_check: ok');
    expect(texts(r).some((s) => s.includes('self-test-KHM01-2026-11-26-110004.json'))).toBe(true);
  });

  it('is right-to-left in Arabic with Arabic verdicts, and says when no file was saved', () => {
    const r = buildSelfTestReceipt(report, { language: 'ar', timeZone: 'Africa/Casablanca' }, translate);
    expect(r.direction).toBe('rtl');
    const p = pairs(r);
    expect(p.get('النتيجة العامة')).toBe('فشل');
    expect(p.get('قاعدة البيانات')).toBeUndefined();
    expect(p.get('سلامة قاعدة البيانات')).toBe('سليم');
    expect(texts(r)).toContain('تعذر حفظ التقرير في ملف.');
  });

  it('has no raw translation key on paper in any language', () => {
    for (const language of LANGUAGES) {
      const all = texts(buildSelfTestReceipt(report, { language, timeZone: 'Africa/Casablanca', fileName: 'x.json' }, translate));
      expect(all.filter((s) => /tech-self-test\.|tech\.kinds\./.test(s)), language).toEqual([]);
    }
  });

  it('draws on paper in Arabic and French with the printer renderer', async () => {
    for (const language of ['ar', 'fr'] as const) {
      const r = buildSelfTestReceipt(report, { language, timeZone: 'Africa/Casablanca', fileName: 'self-test-KHM01.json' }, translate);
      const bitmap = await renderReceiptBitmap(r, { paperWidthDots: 576 });
      expect(bitmap.width).toBe(576);
      expect(bitmap.height).toBeGreaterThan(15 * 24);
      expect(countInk(bitmap)).toBeGreaterThan(10_000);
    }
  });
});
