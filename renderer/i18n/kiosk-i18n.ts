// All kiosk text comes from resources/locales, bundled into the page so that nothing is
// fetched at run time. Main reads the same files for the printed receipt. Each procedure keeps
// its strings in resources/locales/<language>/<feature>.json, found under the key <feature>.
/// <reference types="vite/client" />
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../main/contract/kiosk-contract.js';
import ar from '../../resources/locales/ar.json';
import en from '../../resources/locales/en.json';
import fr from '../../resources/locales/fr.json';
import zgh from '../../resources/locales/zgh.json';

const featureFiles = import.meta.glob<Record<string, unknown>>('../../resources/locales/*/*.json', {
  eager: true,
  import: 'default',
});

function withFeatures(language: Language, base: object): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [path, strings] of Object.entries(featureFiles)) {
    const match = /\/locales\/([a-z]+)\/([a-z0-9-]+)\.json$/.exec(path);
    if (match?.[1] === language && match[2]) merged[match[2]] = strings;
  }
  return merged;
}

export const kioskResources = {
  ar: { translation: withFeatures('ar', ar) },
  fr: { translation: withFeatures('fr', fr) },
  zgh: { translation: withFeatures('zgh', zgh) },
  en: { translation: withFeatures('en', en) },
} as const;

/** Right-to-left languages among the kiosk's. */
export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** Locale for dates and times: Moroccan variants where they exist (Western digits in both). */
export function dateLocaleOf(language: Language): string {
  switch (language) {
    case 'ar':
      return 'ar-MA';
    case 'fr':
      return 'fr-MA';
    case 'zgh':
      return 'zgh';
    case 'en':
      return 'en-GB';
  }
}

export function createKioskI18n(initial: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: kioskResources,
    lng: initial,
    // Few citizens read Tifinagh; a missing Amazigh string is better shown in Arabic.
    fallbackLng: { zgh: ['ar'], default: ['fr'] },
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnEmptyString: false,
  });
  return instance;
}

/** Keeps <html lang dir> in step with the screen language so the browser shapes and mirrors. */
export function applyDocumentLanguage(doc: Document, language: Language): void {
  doc.documentElement.lang = language;
  doc.documentElement.dir = directionOf(language);
}
