// What a citizen reads on each kind of receipt: the office in Arabic and French, date, time,
// the counter to go to, and the wait only when there is one to tell.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Receipt, ReceiptBlock } from '../../../../hardware/printer/receipt-model.js';
import { SAMPLE_OFFICE_NAMES, sampleReceipts, type SampleReceipt } from '../../../../main/build/receipt-samples.js';
import type { Language } from '../../../../main/contract/kiosk-contract.js';
import { buildReportReceipt } from '../../../../main/services/procedures/report-receipt.js';
import { createReceiptTranslator, type ReceiptTranslator } from '../../../../main/services/receipt-text.js';

const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');
const texts = (r: Receipt): string[] => r.blocks.flatMap((b) => (b.kind === 'text' ? [plain(b.text)] : b.kind === 'pair' ? [plain(b.label), plain(b.value)] : []));
const pairs = (r: Receipt): Map<string, string> => new Map(r.blocks.flatMap((b) => (b.kind === 'pair' ? [[plain(b.label), plain(b.value)] as const] : [])));
const sample = (list: SampleReceipt[], kind: SampleReceipt['kind']): Receipt => {
  const found = list.find((s) => s.kind === kind);
  if (!found) throw new Error(kind);
  return found.receipt;
};

describe('what each receipt says', () => {
  let translate: ReceiptTranslator;
  beforeAll(async () => {
    translate = await createReceiptTranslator();
  });

  it('heads every kind with the office in Arabic then French, each in its own script’s direction', () => {
    for (const language of ['ar', 'fr', 'zgh', 'en'] as const satisfies readonly Language[]) {
      for (const { kind, receipt } of sampleReceipts(translate, { language })) {
        const [ar, fr] = receipt.blocks as [ReceiptBlock, ReceiptBlock];
        expect(ar, `${kind} ${language}`).toMatchObject({ kind: 'text', text: SAMPLE_OFFICE_NAMES.ar, align: 'center', bold: true });
        expect(fr, `${kind} ${language}`).toMatchObject({ kind: 'text', text: SAMPLE_OFFICE_NAMES.fr, align: 'center', bold: true });
        // The other language's line carries its language, so it is drawn in its own direction.
        if (language !== 'ar') expect(ar).toMatchObject({ language: 'ar' });
        if (language === 'ar') expect(fr).toMatchObject({ language: 'fr' });
      }
    }
  });

  it('gives date and time on the office clock on every kind, in the citizen’s language', () => {
    const fr = sampleReceipts(translate, { language: 'fr' });
    for (const { kind, receipt } of fr) {
      const p = pairs(receipt);
      expect(p.get('Heure'), kind).toBe('10:32');
      expect([p.get('Date'), p.get('Payé le')], kind).toContain('16 novembre 2026');
    }
    const ar = pairs(sample(sampleReceipts(translate, { language: 'ar' }), 'ticket'));
    expect(ar.get('الساعة')).toBe('10:32');
    expect(ar.get('التاريخ')).toMatch(/^16 .+ 2026$/);
  });

  it('names the counter to go to: the ticket’s, the collection counter, the complaints and local-taxes counters', () => {
    const fr = sampleReceipts(translate, { language: 'fr' });
    expect(pairs(sample(fr, 'ticket')).get('Guichet')).toBe('1');
    expect(pairs(sample(fr, 'legalisation-ticket')).get('Guichet')).toBe('3');
    expect(pairs(sample(fr, 'civil-status')).get('Guichet de retrait')).toBe('2');
    expect(pairs(sample(fr, 'report')).get('Guichet')).toBe('6');
    expect(pairs(sample(fr, 'tax-payment')).get('Guichet')).toBe('5');
    expect(pairs(sample(fr, 'payment-check')).get('Guichet')).toBe('5');
  });

  it('invents no counter when the office has none for the service', () => {
    const report = sample(sampleReceipts(translate, { language: 'fr' }), 'report');
    const view = { reference: 'RC-2026-000318', transmission: 'delivered' as const, category: 'lighting' as const, answerDeadline: '2027-01-15', qr: 'BORNE/R/RC-2026-000318' };
    const without = buildReportReceipt(
      { view, kind: 'complaint', place: { arrondissement: 'Hay Mohammadi', neighbourhood: 'Derb Moulay Cherif' }, landmark: '', language: 'fr', at: new Date('2026-11-16T09:32:00Z') },
      { translate, officeNames: SAMPLE_OFFICE_NAMES, timeZone: 'Africa/Casablanca' },
    );
    expect(pairs(report).has('Guichet')).toBe(true);
    expect(pairs(without).has('Guichet')).toBe(false);
  });

  it('prints the estimated wait only when there is one, never "0 min"', () => {
    const waiting = texts(sample(sampleReceipts(translate, { language: 'fr', estimatedWaitMinutes: 18 }), 'ticket'));
    expect(waiting).toContain('Attente estimée\u00a0: 18 min');
    for (const language of ['ar', 'fr', 'zgh', 'en'] as const) {
      const none = texts(sample(sampleReceipts(translate, { language, estimatedWaitMinutes: 0 }), 'ticket'));
      // The sentence up to where the minutes go: no line of the ticket starts with it.
      const lead = translate(language)('receipt.estimatedWait', { minutes: '§' }).split('§')[0] ?? '';
      expect(lead.length, language).toBeGreaterThan(3);
      expect(none.filter((t) => t.startsWith(lead)), language).toEqual([]);
    }
  });

  it('prints the queue number bold at display size, kept in reading order on an Arabic ticket', () => {
    const ticket = sample(sampleReceipts(translate, { language: 'ar' }), 'ticket');
    expect(ticket.blocks).toContainEqual({ kind: 'text', text: '\u2066A-042\u2069', size: 'display', align: 'center', bold: true });
  });
});
