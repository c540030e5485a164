// The glossary (resources/locales/GLOSSARY.md) names one word per thing in each language and
// the variants to avoid; a locale file that slips one of those variants back in fails here,
// naming the file, the key and the word to use instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../main/contract/kiosk-contract.js';

const LOCALES = join(import.meta.dirname, '../../resources/locales');

interface Variant {
  language: Language;
  avoid: string;
  use: string;
}

/** The rows of the markdown table under `heading`, as arrays of trimmed cells (header and rule skipped). */
function tableRows(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`GLOSSARY.md has no "## ${heading}" section`);
  const section = markdown.slice(start).split('\n').slice(1);
  const rows: string[][] = [];
  for (const line of section) {
    if (line.startsWith('## ')) break;
    if (!line.startsWith('|')) continue;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows.slice(2);
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

function parseGlossary(markdown: string): { terms: string[][]; variants: Variant[] } {
  const terms = tableRows(markdown, 'Chosen words');
  const variants = tableRows(markdown, 'Variants to avoid').map(([language = '', avoid = '', use = '']) => {
    if (!isLanguage(language) || avoid === '' || use === '') throw new Error(`bad variant row: ${language} | ${avoid} | ${use}`);
    return { language, avoid, use };
  });
  return { terms, variants };
}

/** A text as the variants are looked for in it: `{{placeholders}}` are not words. */
const withoutPlaceholders = (text: string) => text.replace(/\{\{\s*[\w.-]+\s*\}\}/g, ' ');

/** Every text of a language's locale files, as file:key → text, placeholders left out. */
function localeTexts(language: Language): Map<string, string> {
  const files = [join(LOCALES, `${language}.json`), ...readdirSync(join(LOCALES, language)).map((name) => join(LOCALES, language, name))];
  const texts = new Map<string, string>();
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') texts.set(where, withoutPlaceholders(value));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`);
  };
  for (const file of files.filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(file, 'utf8')), file.slice(LOCALES.length + 1));
  return texts;
}

/** Where `variant` appears in `texts`, case ignored. */
function variantUses(texts: ReadonlyMap<string, string>, variant: string): string[] {
  const needle = variant.toLocaleLowerCase();
  return [...texts].filter(([, text]) => text.toLocaleLowerCase().includes(needle)).map(([where]) => where);
}

const glossary = parseGlossary(readFileSync(join(LOCALES, 'GLOSSARY.md'), 'utf8'));

describe('locale glossary', () => {
  it('names the kiosk’s terms in all four languages', () => {
    const things = glossary.terms.map(([thing]) => thing);
    for (const thing of ['civil-status documents (home tile)', 'birth certificate extract', 'signature legalisation', 'counter (guichet)', 'arrondissement', 'tracking number (reference on a receipt)', 'queue ticket', 'tax notice']) {
      expect(things, thing).toContain(thing);
    }
    for (const row of glossary.terms) {
      expect(row, row[0]).toHaveLength(1 + LANGUAGES.length);
      expect(row.every((cell) => cell !== ''), row[0]).toBe(true);
    }
  });

  it('lists no variant that is part of the word chosen instead', () => {
    for (const { language, avoid, use } of glossary.variants) {
      expect(use.toLocaleLowerCase().includes(avoid.toLocaleLowerCase()), `${language}: ${avoid} / ${use}`).toBe(false);
    }
  });

  it('finds a variant slipped into a text', () => {
    const texts = new Map([['fr.json:x', withoutPlaceholders('Présentez votre Billet au guichet {{counter}}.')]]);
    expect(variantUses(texts, 'billet')).toEqual(['fr.json:x']);
    expect(variantUses(texts, 'counter')).toEqual([]);
  });

  for (const language of LANGUAGES) {
    it(`keeps the ${language} locale files to the chosen words`, () => {
      const texts = localeTexts(language);
      const found = glossary.variants
        .filter((variant) => variant.language === language)
        .flatMap(({ avoid, use }) => variantUses(texts, avoid).map((where) => `${where}: "${avoid}" → "${use}"`));
      expect(found).toEqual([]);
    });
  }
});
