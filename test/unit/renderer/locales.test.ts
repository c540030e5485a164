// The four locale files are what citizens read on screen and on paper: a missing key or
// plural form shows up as a raw key, a lost {{placeholder}} as a missing number.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SERVICE_IDS, type Language } from '../../../main/contract/kiosk-contract.js';
import { kioskResources } from '../../../renderer/i18n/kiosk-i18n.js';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
    return out;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(path, text);
    }
  }
  return out;
}

const flat = Object.fromEntries(
  LANGUAGES.map((language) => [language, flatten(kioskResources[language].translation)]),
) as Record<Language, Map<string, string>>;

const baseKeys = (language: Language) => new Set([...flat[language].keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
const placeholders = (text: string) => new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]));
const pluralBases = [...flat.en.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, ''));

describe('locale files', () => {
  it('have the same keys in all four languages', () => {
    const english = [...baseKeys('en')].sort();
    for (const language of LANGUAGES) expect([...baseKeys(language)].sort(), language).toEqual(english);
  });

  it('have every plural form each language needs', () => {
    const allCategories = ['zero', 'one', 'two', 'few', 'many', 'other'];
    for (const language of LANGUAGES) {
      // CLDR has no plural rules for zgh: Intl falls back to the runtime's default locale,
      // which could be any of ours, so Amazigh carries every form.
      const categories =
        language === 'zgh' ? allCategories : new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const base of new Set(pluralBases)) {
        for (const category of categories) {
          expect(flat[language].has(`${base}_${category}`), `${language}: ${base}_${category}`).toBe(true);
        }
      }
    }
  });

  it('keep the placeholders of the English text (count may be spelled out in words)', () => {
    for (const [key, english] of flat.en) {
      const expected = placeholders(english);
      expected.delete('count');
      for (const language of LANGUAGES) {
        const variants = [...flat[language]].filter(([other]) => other.replace(PLURAL_SUFFIX, '') === key.replace(PLURAL_SUFFIX, ''));
        for (const [variant, text] of variants) {
          const found = placeholders(text);
          found.delete('count');
          expect([...found].sort(), `${language}: ${variant}`).toEqual([...expected].sort());
        }
      }
    }
  });

  it('name every counter service, and provide the receipt labels main prints', () => {
    const receiptKeys = ['title', 'service', 'counter', 'number', 'issuedAt', 'estimatedWait', 'keepTicket'];
    for (const language of LANGUAGES) {
      for (const id of SERVICE_IDS) expect(flat[language].get(`services.${id}.name`), `${language} ${id}`).toBeTruthy();
      for (const key of receiptKeys) expect(flat[language].get(`receipt.${key}`), `${language} receipt.${key}`).toBeTruthy();
      expect(flat[language].get('receipt.estimatedWait')).toContain('{{minutes}}');
    }
  });

  it('are written in the script of their language', () => {
    const arabic = /[\u0600-\u06ff]/;
    const tifinagh = /[\u2d30-\u2d7f]/;
    for (const [key, text] of flat.ar) expect(arabic.test(text), `ar ${key}: ${text}`).toBe(true);
    for (const [key, text] of flat.zgh) {
      expect(tifinagh.test(text), `zgh ${key}: ${text}`).toBe(true);
      // Latin letters would mean an untranslated string. Exceptions: acronyms used as such in
      // Morocco, and samples of what the documents themselves print in Latin (BK123456).
      const withoutSamples = text
        .replace(/\b(QR|CNIE|CNDP|PIN|SMS)\b/g, '').replace(/\{\{\w+\}\}/g, '').replace(/\b[A-Z]{1,4}-?\d[\d-]*\b/g, '');
      expect(/[A-Za-z]/.test(withoutSamples), `zgh ${key}: ${text}`).toBe(false);
    }
  });

  it('produce a complete sentence for every count a queue can show', async () => {
    const t = i18next.createInstance();
    await t.init({ resources: kioskResources, fallbackLng: false, interpolation: { escapeValue: false } });
    const counts = [0, 1, 2, 3, 7, 10, 11, 25, 99, 100, 101, 102, 1000000];
    for (const language of LANGUAGES) {
      const fixed = t.getFixedT(language);
      for (const base of new Set(pluralBases)) {
        for (const count of counts) {
          const text = fixed(base, { count, minutes: count });
          expect(text, `${language} ${base} ${count}`).not.toBe(base);
          expect(text, `${language} ${base} ${count}`).not.toContain('{{');
        }
      }
    }
    expect(t.getFixedT('ar')('ticket.waiting', { count: 2 })).toBe('شخصان في الانتظار');
    expect(t.getFixedT('ar')('ticket.waiting', { count: 5 })).toBe('5 أشخاص في الانتظار');
    expect(t.getFixedT('ar')('ticket.waiting', { count: 11 })).toBe('11 شخصا في الانتظار');
    expect(t.getFixedT('fr')('receipt.waitingAhead', { count: 1 })).toBe('1 personne avant vous');
    expect(t.getFixedT('fr')('receipt.waitingAhead', { count: 4 })).toBe('4 personnes avant vous');
  });
});
