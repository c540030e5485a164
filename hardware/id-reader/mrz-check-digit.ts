// ICAO 9303 part 3 check digits: weights 7, 3, 1 repeating; digits count as themselves,
// A-Z as 10-35 and the filler '<' as 0. Anything else makes the digit uncomputable, so a
// garbled read can never pass a check by accident.

const WEIGHTS = [7, 3, 1] as const;

function charValue(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  if (ch === '<') return 0;
  return null;
}

/** The check digit (0-9) of `text`, or null when it holds a character outside A-Z 0-9 <. */
export function mrzCheckDigit(text: string): number | null {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const value = charValue(text.charAt(i));
    if (value === null) return null;
    sum += value * (WEIGHTS[i % 3] ?? 1);
  }
  return sum % 10;
}

/** True when `digit` is the decimal check digit of `text`. */
export function isValidCheckDigit(text: string, digit: string): boolean {
  const expected = mrzCheckDigit(text);
  return expected !== null && digit === String(expected);
}
