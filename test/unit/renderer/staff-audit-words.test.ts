// What a clerk reads in the audit list: the stored machine words told in the screen's language.
import { describe, expect, it } from 'vitest';
import { auditDetailWords } from '../../../renderer/staff/audit/audit-detail-words.js';
import { createReceiptTranslator } from '../../../main/services/receipt-text.js';

const translate = await createReceiptTranslator();
/** Isolates (LRI ... PDI) keep numbers and dates in reading order; compare without them. */
const words = (text: string, t: ReturnType<typeof translate>, language = 'fr'): string => auditDetailWords(text, t, language).replace(/[\u2066\u2069]/g, '');

describe('audit details in words', () => {
  it('tells refusals, searches and print outcomes in French', () => {
    const t = translate('fr');
    expect(words('wrong-pin attempts-left=4', t)).toBe('code PIN erroné · essais restants : 4');
    expect(words('locked until=2026-11-26T12:25:00.000Z', t)).toBe('badge bloqué');
    expect(words('number=A-014 service=civil-status state=pending', t)).toBe('n° A-014 · service : État civil · état : Non imprimés');
    expect(words('not-printed:paper-out reprint=3', t)).toBe('non imprimé : l’imprimante n’a plus de papier · copie n° 3');
    expect(words('printed=2 (A-001,B-002) remaining=0', t)).toBe('imprimés : 2 · (A-001,B-002) · en attente : 0');
    expect(words('2026-12-07', t)).toBe('7 déc. 2026');
  });

  it('speaks Arabic on an Arabic screen and keeps what it does not know as it is', () => {
    const t = translate('ar');
    expect(words('unknown-badge', t, 'ar')).toBe('شارة غير معروفة');
    expect(words('found=2', t, 'ar')).toBe('عدد النتائج: 2');
    expect(words('A-002', t, 'ar')).toBe('A-002');
    // A day in the words and digits of the screen, not as the log stores it.
    expect(auditDetailWords('from=2026-11-20', t, 'ar')).toBe('من 20 نونبر 2026');
    expect(words('mystery=1 zzz', t, 'ar')).toBe('mystery=1 · zzz');
  });
});
