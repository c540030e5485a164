import { describe, expect, it } from 'vitest';
import type { Receipt } from '../../../../hardware/printer/receipt-model.js';
import type { Language, ServiceId } from '../../../../main/contract/kiosk-contract.js';
import { createReceiptTranslator } from '../../../../main/services/receipt-text.js';
import { buildTicketReceipt } from '../../../../main/services/ticket-receipt.js';

async function ticket(serviceId: ServiceId, language: Language): Promise<string[]> {
  const receipt: Receipt = buildTicketReceipt(
    {
      ticket: { number: 'B-004', serviceId, counter: '3', issuedAt: '2026-11-26T09:15:00.000Z', issuedAtOfficeTime: '10:15', waitingAhead: 2, estimatedWaitMinutes: 8 },
      language,
      officeNames: { ar: 'مقاطعة الحي المحمدي', fr: 'Arrondissement Hay Mohammadi' },
      timeZone: 'Africa/Casablanca',
      day: '2026-11-26',
    },
    await createReceiptTranslator(),
  );
  return receipt.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
}

describe('what-to-bring checklist on counter tickets', () => {
  it('prints the document to sign (unsigned) and the CNIE on a legalisation ticket', async () => {
    const texts = await ticket('legalisation', 'fr');
    expect(texts).toEqual(
      expect.arrayContaining([
        'À apporter au guichet',
        '• Le document à signer, sans le signer : vous signerez devant l’agent.',
        '• Votre carte nationale d’identité (CNIE), l’original.',
      ]),
    );
  });

  it('prints the original, the photocopies and the CNIE on a certified-copies ticket, in Arabic too', async () => {
    const texts = await ticket('certified-copies', 'ar');
    expect(texts).toEqual(expect.arrayContaining(['ما يجب إحضاره إلى الشباك', '• الوثيقة الأصلية.', '• النسخ المراد مطابقتها للأصل، واضحة ومقروءة.']));
    expect(texts.filter((t) => t.startsWith('• '))).toHaveLength(3);
  });

  it('prints no checklist on other tickets', async () => {
    expect((await ticket('civil-status', 'fr')).some((t) => t.startsWith('• '))).toBe(false);
  });
});
