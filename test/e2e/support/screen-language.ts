// Is every word on a screen in the screen's language? Each visible text node is checked against
// the strings of that language's locale files (resources/locales/<lang>.json and
// <lang>/*.json), with {{placeholders}} as wildcards whose filling must itself pass the check.
// What may stand outside the locale files is kept narrow and listed in `isData`: the driver's
// own English in an element marked lang="en" (the labelled technical detail line), numbers and
// dates as Intl writes them for the language, and data the kiosk under test was configured with.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

const LOCALES = resolve(import.meta.dirname, '../../../resources/locales');
const KIOSK_LANGS = ['ar', 'fr', 'zgh', 'en'] as const;
type KioskLang = (typeof KIOSK_LANGS)[number];

export interface TextNode {
  text: string;
  /** The language of its nearest [lang] ancestor. */
  lang: string;
  /** testid of the nearest ancestor that has one, to find it on screen. */
  where: string;
}

/** Locale strings cut at their placeholders: literal, placeholder, literal, ... */
type Pieces = string[];

function strings(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, into);
  return into;
}

function readLocale(lang: string): string[] {
  const all = strings(JSON.parse(readFileSync(join(LOCALES, `${lang}.json`), 'utf8')), []);
  for (const file of readdirSync(join(LOCALES, lang))) {
    if (file.endsWith('.json')) strings(JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')), all);
  }
  return all;
}

/** Whitespace as one space, without the bidi marks and isolates the screens put around data. */
export function normalise(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u2060-\u2064]/g, '').replace(/\s+/g, ' ').trim();
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasLetter = (s: string): boolean => /\p{L}/u.test(s);

/** Words Intl writes for a language: month, weekday and day-period names, unit labels. */
function intlWords(locale: string): Set<string> {
  const words = new Set<string>();
  const add = (parts: Intl.DateTimeFormatPart[] | Intl.NumberFormatPart[], types: string[]): void => {
    for (const p of parts) if (types.includes(p.type)) for (const w of normalise(p.value).split(' ')) if (w) words.add(w);
  };
  for (let month = 0; month < 12; month++) {
    const at = new Date(Date.UTC(2026, month, 3 + month, 9 + month));
    for (const style of ['long', 'short'] as const) {
      add(new Intl.DateTimeFormat(locale, { month: style, weekday: style, timeZone: 'UTC' }).formatToParts(at), ['month', 'weekday', 'literal']);
      add(new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: 'short', timeZone: 'UTC' }).formatToParts(at), ['month', 'weekday', 'dayPeriod', 'literal']);
    }
  }
  const units = ['millimeter', 'meter', 'millisecond', 'second', 'minute', 'hour', 'day', 'megabyte', 'gigabyte', 'percent'];
  for (const unit of units) {
    for (const unitDisplay of ['short', 'long', 'narrow'] as const) {
      for (const n of [0, 1, 2, 3, 11, 100, 1.5]) add(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay }).formatToParts(n), ['unit', 'literal']);
    }
  }
  return words;
}

export interface LanguageCheck {
  /** The text nodes of one screen that are neither in their language's locale files nor data. */
  foreign(nodes: readonly TextNode[]): TextNode[];
}

/**
 * `data`: words the kiosk under test was configured with and that screens show as they are
 * (device ids, driver names, the kiosk's id): the test knows them, so only those pass.
 */
export function createLanguageCheck(dateLocales: Record<KioskLang, string>, data: readonly string[]): LanguageCheck {
  const byLang = new Map<string, { exact: Set<string>; pieces: Pieces[]; intl: Set<string> }>();
  for (const lang of KIOSK_LANGS) {
    const all = readLocale(lang).map(normalise);
    byLang.set(lang, {
      exact: new Set(all),
      pieces: all.filter((s) => s.includes('{{')).map((s) => s.split(/\{\{[^}]*\}\}/)),
      intl: intlWords(dateLocales[lang]),
    });
  }
  const known = new Set(data);

  function isData(text: string, intl: Set<string>): boolean {
    if (known.has(text)) return true;
    // File names the kiosk wrote (exports, reports), dated as files are.
    if (/^[\w.-]+\.(json|log|csv|txt)$/.test(text)) return true;
    // An ISO date is not a date in anyone's language.
    if (/\d{4}-\d{2}-\d{2}/.test(text)) return false;
    // Numbers, times, numeric dates, marks: nothing to read in a language.
    if (!hasLetter(text)) return true;
    // Receipt, payment and ticket references (TSC-2026-000123, V-68FD8523, A-012): capitals, digits, dashes.
    if (/^[A-Z]{1,4}(-[A-Z0-9]{2,8})+$/.test(text) && /\d/.test(text)) return true;
    // Money as the whole kiosk writes it (formatMoney): dirhams, "DH" or "درهم", as on Moroccan notices.
    if (/^[\d\s.,]+ (DH|درهم)$/.test(text)) return true;
    // Absolute paths (device nodes, folders) and addresses.
    if (/^(\/[^\s/]+)+\/?$/.test(text) || /^[a-z][a-z0-9+.-]*:\/\/\S+$/.test(text)) return true;
    // Versions: 1.4.0, v20.11.1, 126.0.6478.61; the system: "linux 6.8.0-45 (x64)".
    if (/^v?\d+(\.\d+)+([-+][\w.]+)?$/.test(text) || /^[a-z]+ \d[\w.+-]* \((x64|arm64|ia32|arm)\)$/.test(text)) return true;
    // Bytes a device sent, as the printer status and the serial console show them: 0x12, "•• 3C 0D 0A",
    // ASCII control names (CR, LF, STX...) and the ICAO name of a card's MRZ layout (TD1, TD2, TD3).
    if (/^0x[0-9A-F]{2}$/.test(text) || /^(?:(?:••|[0-9A-F]{2})(?: |$))+$/.test(text)) return true;
    if (/^(NUL|STX|ETX|EOT|ENQ|ACK|BEL|BS|TAB|LF|VT|FF|CR|DLE|NAK|ESC|FS|GS|RS|US|DEL|TD[123])$/.test(text)) return true;
    // Dates and quantities as Intl writes them for the language: only Intl's own words around numbers.
    const words = text.split(' ').flatMap((w) => w.split(/(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)/u));
    return words.every((w) => !hasLetter(w) || intl.has(w) || intl.has(w.replace(/[.,:;()]+$/u, '')));
  }

  function inLanguage(text: string, lang: string, depth: number): boolean {
    const locale = byLang.get(lang);
    if (!locale) return false;
    if (locale.exact.has(text) || isData(text, locale.intl)) return true;
    if (depth > 1) return false;
    for (const pieces of locale.pieces) {
      // Every run of pieces between two placeholders (or the ends): a text node may be the part
      // of a sentence before or after a placeholder the screen renders as its own element.
      for (let i = 0; i < pieces.length; i++) {
        for (let j = i; j < pieces.length; j++) {
          const run = pieces.slice(i, j + 1);
          if (!run.some(hasLetter)) continue;
          const body = run.map((p, k) => escape(k === 0 && i > 0 ? p.trimStart() : k === run.length - 1 && j < pieces.length - 1 ? p.trimEnd() : p)).join('(.+?)');
          const match = new RegExp(`^${body}$`, 'u').exec(text);
          if (match && match.slice(1).every((filled) => inLanguage(normalise(filled), lang, depth + 1))) return true;
        }
      }
    }
    return false;
  }

  // A middle dot separates items on one line ("code PIN erroné · essais restants : 4"): each item
  // must be in the language on its own.
  const itemsInLanguage = (text: string, lang: string): boolean =>
    inLanguage(text, lang, 0) || text.split(/\s*·\s*/).every((item) => item === '' || inLanguage(item, lang, 0));
  return {
    foreign: (nodes) => nodes.filter((n) => !itemsInLanguage(normalise(n.text), n.lang)),
  };
}

/**
 * Visible text nodes of the page, each with its language (a language's name on its switch button
 * is checked in that language). Skipped: text inside an element marked lang="en" dir="ltr" (the
 * driver's technical detail, which the screen labels as such) unless English is the page's
 * language, and text no one can see (hidden, zero-sized).
 */
export async function visibleTextNodes(page: Page): Promise<TextNode[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const out: Array<{ text: string; lang: string; where: string }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const el = node.parentElement;
      if (!el || !text.trim() || el.closest('script, style, template, option, [aria-hidden="true"] svg')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) continue;
      // The technical detail line: the driver's English, marked for screen readers and bidi.
      if (pageLang !== 'en' && el.closest('[lang="en"][dir="ltr"]')) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? pageLang;
      const where = el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.tagName.toLowerCase();
      out.push({ text, lang, where });
    }
    return out;
  });
}
