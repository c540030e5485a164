// Test-print receipts in each kiosk language: used by diagnostics ("print a test page"), the
// virtual printer's demo and the tests. Invented content, no personal data.
import type { Receipt, ReceiptLanguage } from './receipt-model.js';

export function sampleReceipt(language: ReceiptLanguage, qrData = 'BORNE-TEST-0001'): Receipt {
  switch (language) {
    case 'ar':
      return {
        language,
        direction: 'rtl',
        blocks: [
          { kind: 'text', text: 'مقاطعة أنفا', size: 'large', align: 'center', bold: true },
          { kind: 'text', text: 'تذكرة الانتظار', align: 'center' },
          { kind: 'rule' },
          { kind: 'text', text: 'A042', size: 'huge', align: 'center', bold: true },
          { kind: 'pair', label: 'الخدمة', value: 'الحالة المدنية' },
          { kind: 'pair', label: 'الشباك', value: '3' },
          { kind: 'pair', label: 'التاريخ', value: '2025-03-14 10:32' },
          {
            kind: 'text',
            text: 'يرجى الاحتفاظ بهذه التذكرة إلى حين المناداة على رقمكم، وشكرا على صبركم.',
            size: 'small',
          },
          { kind: 'qr', data: qrData },
          { kind: 'text', text: 'طباعة تجريبية', size: 'small', align: 'center' },
        ],
      };
    case 'zgh':
      return {
        language,
        direction: 'ltr',
        blocks: [
          { kind: 'text', text: 'ⵜⴰⵎⵙⵙⵓⴷⵙⵜ ⵏ ⴰⵏⴼⴰ', size: 'large', align: 'center', bold: true },
          { kind: 'rule' },
          { kind: 'text', text: 'A042', size: 'huge', align: 'center', bold: true },
          { kind: 'pair', label: 'ⴰⵙⵏⴰⵡ', value: '3' },
          { kind: 'text', text: 'ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ ⴷ ⵜⴰⵏⵎⵎⵉⵔⵜ', align: 'center' },
          { kind: 'qr', data: qrData },
        ],
      };
    case 'fr':
    case 'en':
      return {
        language,
        direction: 'ltr',
        blocks: [
          { kind: 'text', text: 'Arrondissement Anfa', size: 'large', align: 'center', bold: true },
          { kind: 'text', text: language === 'fr' ? "Ticket d'attente" : 'Queue ticket', align: 'center' },
          { kind: 'rule' },
          { kind: 'text', text: 'A042', size: 'huge', align: 'center', bold: true },
          { kind: 'pair', label: language === 'fr' ? 'Service' : 'Service', value: language === 'fr' ? 'État civil' : 'Civil status' },
          { kind: 'pair', label: language === 'fr' ? 'Guichet' : 'Counter', value: '3' },
          {
            kind: 'text',
            text:
              language === 'fr'
                ? "Veuillez conserver ce ticket jusqu'à l'appel de votre numéro. Merci de votre patience."
                : 'Please keep this ticket until your number is called. Thank you for your patience.',
            size: 'small',
          },
          { kind: 'qr', data: qrData },
        ],
      };
  }
}
