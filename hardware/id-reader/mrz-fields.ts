// Field decoding shared by every MRZ layout: fillers, names, dates, sex, check recording.
import { isValidCheckDigit } from './mrz-check-digit.js';
import type { MrzCheck, MrzDate, MrzSex } from './mrz-types.js';

/** Drops the '<' fillers that pad a field on the right. */
export function stripFillers(field: string): string {
  return field.replace(/<+$/, '');
}

/** A name zone 'SURNAME<<GIVEN<NAMES' into its two parts, fillers turned into spaces. */
export function parseNameZone(zone: string): { surname: string; givenNames: string } {
  const trimmed = stripFillers(zone);
  const split = trimmed.indexOf('<<');
  const surnamePart = split === -1 ? trimmed : trimmed.slice(0, split);
  const givenPart = split === -1 ? '' : trimmed.slice(split + 2);
  return { surname: fillersToSpaces(surnamePart), givenNames: fillersToSpaces(givenPart) };
}

export function fillersToSpaces(text: string): string {
  return text.replace(/<+/g, ' ').trim();
}

export function parseSex(ch: string, problems: string[]): MrzSex {
  if (ch === 'F' || ch === 'M') return ch;
  if (ch === '<' || ch === 'X') return 'X';
  problems.push('sex is not F, M, X or <');
  return 'X';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Decodes YYMMDD. Birth dates take the latest century that is not in the future; expiry
 * dates are assumed to be this century unless that lands more than 50 years ahead.
 */
export function parseMrzDate(
  raw: string,
  kind: 'birth' | 'expiry',
  now: Date,
  label: string,
  problems: string[],
): MrzDate {
  if (!/^\d{6}$/.test(raw)) {
    // '<' marks a part the issuer did not know; anything else is already reported as a bad character.
    return { raw, iso: null };
  }
  const yy = Number(raw.slice(0, 2));
  const month = Number(raw.slice(2, 4));
  const day = Number(raw.slice(4, 6));
  const nowYear = now.getUTCFullYear();
  let year = 2000 + yy;
  if (kind === 'birth' && year > nowYear) year -= 100;
  if (kind === 'expiry' && year > nowYear + 50) year -= 100;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    problems.push(`${label} is not a calendar date`);
    return { raw, iso: null };
  }
  const iso = `${String(year).padStart(4, '0')}-${raw.slice(2, 4)}-${raw.slice(4, 6)}`;
  return { raw, iso };
}

/** Collects check-digit outcomes in the order they are verified. */
export class CheckRecorder {
  readonly checks: MrzCheck[] = [];

  verify(field: string, data: string, digit: string): void {
    this.checks.push({ field, ok: isValidCheckDigit(data, digit) });
  }

  record(field: string, ok: boolean): void {
    this.checks.push({ field, ok });
  }
}

/** The chars of `line` from 1-based position `from` to `to` inclusive, as ICAO numbers them. */
export function pos(line: string, from: number, to: number): string {
  return line.slice(from - 1, to);
}

export function checkDocumentCode(code: string, problems: string[]): void {
  if (!/^[A-Z][A-Z<]$/.test(code)) problems.push('document code is not a letter');
}
