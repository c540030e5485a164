// A receipt number as the citizen types it or a scanner reads it: with or without its hyphens,
// with spaces, in lower case, in Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹) digits.
// Both the renderer's field and main's lookup bring it to the printed form with this one
// function, so whatever the keyboard or the scanner sends, the same number is looked up.

// Hyphen-like characters a copied or scanned number may carry instead of "-".
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Direction marks travel with numbers copied out of Arabic text; they are invisible.
const DIRECTION_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Year and sequence: `AR-2026-000001`, `KHM01-2026-000123`.
const COMPACT_REFERENCE = /^([A-Z][A-Z0-9]*?)(\d{4})(\d{6})$/;

/** Western digits for Arabic-Indic (U+0660-0669) and Eastern Arabic-Indic (U+06F0-06F9) ones. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * The printed form of a receipt number (`AR-2026-000001`), or the text in capitals without
 * separators when it does not have the shape of one: the lookup then says the number is unknown.
 */
export function normaliseReferenceNumber(input: string): string {
  const compact = westernDigits(input).replace(DIRECTION_MARKS, '').replace(SEPARATORS, '').toUpperCase();
  const match = COMPACT_REFERENCE.exec(compact);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : compact;
}
