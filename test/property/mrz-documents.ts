// Generators of valid machine-readable zones (ICAO 9303 TD1, TD2, TD3 and the old French ID
// card), built field by field with their check digits, together with what a correct parser
// must read back. Written independently of hardware/id-reader so that it can judge it.
import fc from 'fast-check';
import type { MrzFormat, MrzSex } from '../../hardware/id-reader/mrz-types.js';

/** Reference date for the century of two-digit years in every generated document. */
export const MRZ_NOW = new Date(Date.UTC(2026, 0, 15));

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
export const MRZ_ALPHABET = `${LETTERS}${DIGITS}<`;

const charOf = (alphabet: string): fc.Arbitrary<string> => fc.constantFrom(...alphabet.split(''));
const word = (alphabet: string, min: number, max: number): fc.Arbitrary<string> =>
  fc.array(charOf(alphabet), { minLength: min, maxLength: max }).map((cs) => cs.join(''));

/** ICAO check digit, computed here from the standard's definition (weights 7, 3, 1). */
export function icaoCheckDigit(text: string): string {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const value = ch === '<' ? 0 : DIGITS.includes(ch) ? Number(ch) : LETTERS.indexOf(ch) + 10;
    sum += value * [7, 3, 1][i % 3]!;
  }
  return String(sum % 10);
}

const pad = (text: string, length: number): string => text.padEnd(length, '<');

export interface ExpectedMrz {
  format: Exclude<MrzFormat, 'unknown'>;
  documentCode: string;
  issuingState: string;
  documentNumber: string;
  birthIso: string;
  expiryIso: string | null;
  sex: MrzSex;
  nationality: string;
  surname: string;
  givenNames: string;
  optional1: string;
}

export interface GeneratedMrz {
  lines: string[];
  expected: ExpectedMrz;
}

interface MrzDateParts {
  raw: string;
  iso: string;
}

/** A calendar date in the window where the two-digit year maps back to one century. */
function dateIn(fromYear: number, toYear: number): fc.Arbitrary<MrzDateParts> {
  return fc
    .date({ min: new Date(Date.UTC(fromYear, 0, 1)), max: new Date(Date.UTC(toYear, 11, 31)), noInvalidDate: true })
    .map((d) => {
      const iso = d.toISOString().slice(0, 10);
      return { iso, raw: iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10) };
    });
}

const nowYear = MRZ_NOW.getUTCFullYear();
// Birth: the latest century not in the future. Expiry: this century unless > 50 years ahead.
const birthDate = dateIn(nowYear - 99, nowYear - 1);
const expiryDate = dateIn(nowYear - 49, nowYear + 30);

const sexChar = charOf('FMX<');
const sexOf = (ch: string): MrzSex => (ch === 'F' || ch === 'M' ? ch : 'X');

/** A state code as printed: three letters, or fewer padded with '<' (D<< for Germany). */
const stateCode = fc.oneof(word(LETTERS, 3, 3), word(LETTERS, 1, 2).map((s) => pad(s, 3)));

/** A raw field of `length` MRZ characters, fillers likely at its end as issuers write them. */
const rawField = (length: number): fc.Arbitrary<string> =>
  fc.oneof(word(MRZ_ALPHABET, length, length), word(`${LETTERS}${DIGITS}`, 0, length).map((s) => pad(s, length)));

/** A document number that fills its field: letters and digits, then fillers. */
const documentNumber = (length: number): fc.Arbitrary<string> => word(`${LETTERS}${DIGITS}`, 1, length).map((s) => pad(s, length));

interface Names {
  surname: string[];
  given: string[];
}

const nameParts = (min: number, max: number): fc.Arbitrary<string[]> => fc.array(word(LETTERS, 1, 8), { minLength: min, maxLength: max });
const names: fc.Arbitrary<Names> = fc.record({ surname: nameParts(1, 2), given: nameParts(0, 2) });

/** SURNAME<<GIVEN<NAMES in `length` characters, or null when these names do not fit. */
function nameZone(n: Names, length: number): string | null {
  const text = n.surname.join('<') + (n.given.length ? `<<${n.given.join('<')}` : '');
  return text.length <= length ? pad(text, length) : null;
}

const documentCode = (first: string): fc.Arbitrary<string> => fc.tuple(charOf(first), charOf(`${LETTERS}<`)).map(([a, b]) => a + b);

const strip = (field: string): string => field.replace(/<+$/, '');

export const td1: fc.Arbitrary<GeneratedMrz> = fc
  .record({
    code: documentCode('ACI'),
    state: stateCode,
    number: documentNumber(9),
    // Long numbers (over 9 characters) go on in the optional field, with their own check digit.
    extra: fc.option(word(`${LETTERS}${DIGITS}`, 1, 5), { nil: undefined }),
    optional1: rawField(15),
    birth: birthDate,
    sex: sexChar,
    expiry: expiryDate,
    nationality: stateCode,
    optional2: rawField(11),
    names,
  })
  .filter((r) => nameZone(r.names, 30) !== null)
  .map((r) => {
    let numberField = r.number;
    let check = icaoCheckDigit(r.number);
    let optional = r.optional1;
    let fullNumber = strip(r.number);
    if (r.extra !== undefined) {
      const base = r.number.replace(/</g, '0');
      fullNumber = base + r.extra;
      numberField = base;
      check = '<';
      optional = pad(`${r.extra}${icaoCheckDigit(fullNumber)}<${r.optional1.slice(r.extra.length + 2)}`, 15).slice(0, 15);
    }
    const line1 = r.code + r.state + numberField + check + optional;
    const birth = r.birth.raw + icaoCheckDigit(r.birth.raw);
    const expiry = r.expiry.raw + icaoCheckDigit(r.expiry.raw);
    const line2NoComposite = birth + r.sex + expiry + r.nationality + r.optional2;
    const composite = icaoCheckDigit(line1.slice(5, 30) + birth + expiry + r.optional2);
    const line2 = line2NoComposite + composite;
    const line3 = nameZone(r.names, 30) ?? '';
    const optional1 = r.extra !== undefined ? strip(optional.slice(r.extra.length + 2)) : strip(optional);
    return {
      lines: [line1, line2, line3],
      expected: {
        format: 'TD1' as const,
        documentCode: strip(r.code),
        issuingState: strip(r.state),
        documentNumber: fullNumber,
        birthIso: r.birth.iso,
        expiryIso: r.expiry.iso,
        sex: sexOf(r.sex),
        nationality: strip(r.nationality),
        surname: r.names.surname.join(' '),
        givenNames: r.names.given.join(' '),
        optional1,
      },
    };
  });

function twoLine(format: 'TD2' | 'TD3'): fc.Arbitrary<GeneratedMrz> {
  const length = format === 'TD3' ? 44 : 36;
  const optionalLength = format === 'TD3' ? 14 : 7;
  return fc
    .record({
      code: documentCode(format === 'TD3' ? 'P' : 'ACI'),
      state: stateCode,
      names,
      number: documentNumber(9),
      nationality: stateCode,
      birth: birthDate,
      sex: sexChar,
      expiry: expiryDate,
      optional: rawField(optionalLength),
      emptyOptionalCheck: fc.constantFrom('<', '0'),
    })
    .filter((r) => nameZone(r.names, length - 5) !== null)
    .map((r) => {
      const line1 = r.code + r.state + (nameZone(r.names, length - 5) ?? '');
      const numberAndCheck = r.number + icaoCheckDigit(r.number);
      const birth = r.birth.raw + icaoCheckDigit(r.birth.raw);
      const expiry = r.expiry.raw + icaoCheckDigit(r.expiry.raw);
      let optional = r.optional;
      if (format === 'TD3') {
        const empty = /^<*$/.test(r.optional);
        optional += empty ? r.emptyOptionalCheck : icaoCheckDigit(r.optional);
      }
      const tail = numberAndCheck + r.nationality + birth + r.sex + expiry + optional;
      const composite = icaoCheckDigit(numberAndCheck + birth + expiry + optional);
      return {
        lines: [line1, tail + composite],
        expected: {
          format,
          documentCode: strip(r.code),
          issuingState: strip(r.state),
          documentNumber: strip(r.number),
          birthIso: r.birth.iso,
          expiryIso: r.expiry.iso,
          sex: sexOf(r.sex),
          nationality: strip(r.nationality),
          surname: r.names.surname.join(' '),
          givenNames: r.names.given.join(' '),
          optional1: strip(r.optional),
        },
      };
    });
}

export const td2 = twoLine('TD2');
export const td3 = twoLine('TD3');

export const frenchId: fc.Arbitrary<GeneratedMrz> = fc
  .record({
    surname: nameParts(1, 2).filter((p) => p.join('<').length <= 25),
    given: nameParts(1, 2).filter((p) => p.join('<<').length <= 14),
    admin: rawField(6),
    number: word(DIGITS, 12, 12),
    birth: birthDate,
    sex: sexChar,
  })
  .map((r) => {
    const line1 = `IDFRA${pad(r.surname.join('<'), 25)}${r.admin}`;
    const birth = r.birth.raw + icaoCheckDigit(r.birth.raw);
    const body = r.number + icaoCheckDigit(r.number) + pad(r.given.join('<<'), 14) + birth + r.sex;
    return {
      lines: [line1, body + icaoCheckDigit(line1 + body)],
      expected: {
        format: 'FR-ID' as const,
        documentCode: 'ID',
        issuingState: 'FRA',
        documentNumber: r.number,
        birthIso: r.birth.iso,
        expiryIso: null,
        sex: sexOf(r.sex),
        nationality: 'FRA',
        surname: r.surname.join(' '),
        givenNames: r.given.join(' '),
        optional1: strip(r.admin),
      },
    };
  });

export const anyMrzDocument: fc.Arbitrary<GeneratedMrz> = fc.oneof(td1, td2, td3, frenchId);
