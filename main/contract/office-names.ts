// The office's name in each kiosk language. Arabic and French are required: both are printed
// on every receipt, as on the office's own papers and signs. Tamazight and English are
// optional, and a screen in either falls back to the name a reader of it most likely reads.
import { z } from 'zod';

/**
 * The pattern says in JSON Schema what the trim says to zod: a name of spaces alone is no
 * name. \S and String.prototype.trim share one definition of white space.
 */
export const officeNameTextSchema = z.string().trim().min(1).max(80).regex(/\S/, { message: 'must not be blank' });
const name = officeNameTextSchema;

export const officeNamesSchema = z
  .object({
    ar: name.describe('Office name in Arabic, e.g. مقاطعة الحي المحمدي'),
    fr: name.describe('Office name in French, e.g. Arrondissement Hay Mohammadi'),
    zgh: name.optional().describe('Office name in Tamazight (Tifinagh); absent: the Arabic name on a Tamazight screen'),
    en: name.optional().describe('Office name in English; absent: the French name on an English screen'),
  })
  .strict();
export type OfficeNames = z.infer<typeof officeNamesSchema>;

type OfficeNameLanguage = keyof OfficeNames;

/** The name for a screen or receipt in `language`. */
export function officeNameIn(names: OfficeNames, language: OfficeNameLanguage): string {
  switch (language) {
    case 'ar':
      return names.ar;
    case 'fr':
      return names.fr;
    case 'zgh':
      return names.zgh ?? names.ar;
    case 'en':
      return names.en ?? names.fr;
  }
}

/**
 * The names a receipt heads with: Arabic, French, then the citizen's own when it is another
 * one the office has a name in. A name equal to one already listed is not repeated (a
 * configuration still giving one name for all languages prints it once).
 */
export function officeNamesForReceipt(names: OfficeNames, language: OfficeNameLanguage): Array<{ language: OfficeNameLanguage; text: string }> {
  const lines: Array<{ language: OfficeNameLanguage; text: string }> = [];
  const add = (lang: OfficeNameLanguage, text: string | undefined): void => {
    if (text && !lines.some((l) => l.text === text)) lines.push({ language: lang, text });
  };
  add('ar', names.ar);
  add('fr', names.fr);
  if (language === 'zgh' || language === 'en') add(language, names[language]);
  return lines;
}
