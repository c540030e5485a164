// Receipts are printed in the citizen's language from the same i18next resources as the
// screen, so a service is called the same on paper as on the tile the citizen touched.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../contract/kiosk-contract.js';
import { resourcesDir } from '../config/resource-paths.js';

export type ReceiptTranslator = (language: Language) => TFunction;

export async function createReceiptTranslator(): Promise<ReceiptTranslator> {
  const resources: Record<string, { translation: object }> = {};
  for (const lang of LANGUAGES) {
    resources[lang] = { translation: readLocale(lang) };
  }
  const i18n = createInstance();
  await i18n.init({ resources, lng: 'ar', fallbackLng: 'fr', interpolation: { escapeValue: false }, showSupportNotice: false } as Parameters<typeof i18n.init>[0]);
  return (language) => i18n.getFixedT(language);
}

/** `<lang>.json` plus each `<lang>/<feature>.json` under the key `<feature>`, as the renderer does. */
function readLocale(lang: Language): object {
  const dir = join(resourcesDir(), 'locales');
  const merged = JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as Record<string, unknown>;
  const featureDir = join(dir, lang);
  if (existsSync(featureDir)) {
    for (const file of readdirSync(featureDir).filter((name) => name.endsWith('.json')).sort()) {
      merged[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(featureDir, file), 'utf8')) as unknown;
    }
  }
  return merged;
}

const INTL_LOCALE: Record<Language, string> = { ar: 'ar-MA', fr: 'fr-MA', zgh: 'zgh-MA', en: 'en-GB' };

export function formatReceiptDate(at: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(at);
}

/** The office's calendar day, written out in the receipt's language with Western digits. */
export function formatReceiptDay(at: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(`${INTL_LOCALE[language]}-u-nu-latn`, { dateStyle: 'long', timeZone }).format(at);
}

/** HH:MM on the office's clock, 24-hour, as the counters' displays and the screen show it. */
export function formatReceiptTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(at);
}

/** Keeps "A-014" in reading order inside right-to-left text (bidi would print "014-A"). */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
