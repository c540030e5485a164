// Machine-readable zones with valid check digits for any holder and dates, built the ICAO 9303
// way, so tests can make an expired card or a passport that is still valid.
import { mrzCheckDigit } from '../../../../hardware/id-reader/mrz-check-digit.js';

const pad = (text: string, length: number) => text.padEnd(length, '<').slice(0, length);
const cd = (text: string) => String(mrzCheckDigit(text));

export interface MrzHolder {
  documentNumber: string;
  birth: string; // YYMMDD
  expiry: string; // YYMMDD
  state?: string;
  surname?: string;
  givenNames?: string;
  optional?: string;
}

export function td1Lines(h: MrzHolder): string[] {
  const state = h.state ?? 'MAR';
  const doc = pad(h.documentNumber, 9);
  const line1 = `ID${state}${doc}${cd(doc)}${pad(h.optional ?? 'BK123456', 15)}`;
  const line2Start = `${h.birth}${cd(h.birth)}F${h.expiry}${cd(h.expiry)}${state}${pad('', 11)}`;
  const composite = line1.slice(5, 30) + line2Start.slice(0, 7) + line2Start.slice(8, 15) + line2Start.slice(18, 29);
  const line3 = pad(`${h.surname ?? 'BENALI'}<<${(h.givenNames ?? 'FATIMA ZAHRA').replace(/ /g, '<')}`, 30);
  return [line1, line2Start + cd(composite), line3];
}

export function td3Lines(h: MrzHolder): string[] {
  const state = h.state ?? 'MAR';
  const line1 = pad(`P<${state}${h.surname ?? 'BENALI'}<<${(h.givenNames ?? 'FATIMA ZAHRA').replace(/ /g, '<')}`, 44);
  const doc = pad(h.documentNumber, 9);
  const personal = pad('', 14);
  const start = `${doc}${cd(doc)}${state}${h.birth}${cd(h.birth)}F${h.expiry}${cd(h.expiry)}${personal}${cd(personal)}`;
  const composite = start.slice(0, 10) + start.slice(13, 20) + start.slice(21, 43);
  return [line1, start + cd(composite)];
}
