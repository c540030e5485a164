// Registers the bundled Noto fonts with the canvas once, from the @fontsource packages, so a
// kiosk prints the same glyphs whatever fonts the operating system happens to have.
import { GlobalFonts } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReceiptLanguage } from './receipt-model.js';
import { currentModuleFile } from '../devices/module-location.js';

// Our own family names, so a system font called "Noto Sans" can never stand in for ours.
export const FONT_LATIN = 'Borne Receipt Sans';
export const FONT_LATIN_EXT = 'Borne Receipt Sans Ext';
export const FONT_ARABIC = 'Borne Receipt Naskh';
export const FONT_TIFINAGH = 'Borne Receipt Tifinagh';

interface FontFile {
  pkg: string;
  file: string;
  family: string;
}

// @fontsource splits each font by script; each file only covers its own subset.
const fontFiles: FontFile[] = [
  { pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-400-normal.woff2', family: FONT_LATIN },
  { pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-700-normal.woff2', family: FONT_LATIN },
  { pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-ext-400-normal.woff2', family: FONT_LATIN_EXT },
  { pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-ext-700-normal.woff2', family: FONT_LATIN_EXT },
  { pkg: '@fontsource/noto-naskh-arabic', file: 'noto-naskh-arabic-arabic-400-normal.woff2', family: FONT_ARABIC },
  { pkg: '@fontsource/noto-naskh-arabic', file: 'noto-naskh-arabic-arabic-700-normal.woff2', family: FONT_ARABIC },
  { pkg: '@fontsource/noto-sans-tifinagh', file: 'noto-sans-tifinagh-tifinagh-400-normal.woff2', family: FONT_TIFINAGH },
];

let registered: string[] | undefined;

/** Idempotent; returns the families that loaded. Throws if a font file is missing. */
export function registerReceiptFonts(): string[] {
  if (registered) return registered;
  const require = createRequire(currentModuleFile());
  const families = new Set<string>();
  for (const f of fontFiles) {
    const dir = join(dirname(require.resolve(`${f.pkg}/package.json`)), 'files');
    const key = GlobalFonts.registerFromPath(join(dir, f.file), f.family);
    if (!key) throw new Error(`could not load receipt font ${f.file}`);
    families.add(f.family);
  }
  registered = [...families];
  return registered;
}

/**
 * A CSS font-family list: the script of the receipt's language first, then the others so
 * mixed strings (an Arabic line with a Latin reference number) fall back glyph by glyph.
 */
export function fontFamilyList(language: ReceiptLanguage): string {
  const order =
    language === 'ar'
      ? [FONT_ARABIC, FONT_LATIN, FONT_LATIN_EXT, FONT_TIFINAGH]
      : language === 'zgh'
        ? [FONT_TIFINAGH, FONT_LATIN, FONT_LATIN_EXT, FONT_ARABIC]
        : [FONT_LATIN, FONT_LATIN_EXT, FONT_ARABIC, FONT_TIFINAGH];
  return order.map((f) => `"${f}"`).join(', ');
}

export function cssFont(sizeDots: number, bold: boolean, language: ReceiptLanguage): string {
  return `${bold ? 'bold ' : ''}${sizeDots}px ${fontFamilyList(language)}`;
}
