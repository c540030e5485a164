// The French national ID card issued 1988-2021: 2x36 like TD2 but its own layout.
// Line 1: 'ID' 'FRA' surname(25) administrative code(6).
// Line 2: document number(12) check, given names(14), birth date(6) check, sex, final check
// over all of line 1 and the first 35 characters of line 2.
import { CheckRecorder, fillersToSpaces, parseMrzDate, parseSex, pos, stripFillers } from './mrz-fields.js';
import type { LayoutParse } from './mrz-td1.js';

/** Its line 2 has a check digit where TD2 has the last letter of the nationality. */
export function looksLikeFrenchId(line1: string, line2: string): boolean {
  return line1.startsWith('IDFRA') && /^\d$/.test(pos(line2, 13, 13));
}

export function parseFrenchId(line1: string, line2: string, now: Date): LayoutParse {
  const problems: string[] = [];
  const recorder = new CheckRecorder();

  const documentNumber = pos(line2, 1, 12);
  recorder.verify('documentNumber', documentNumber, pos(line2, 13, 13));
  const birthRaw = pos(line2, 28, 33);
  recorder.verify('birthDate', birthRaw, pos(line2, 34, 34));
  recorder.verify('composite', line1 + pos(line2, 1, 35), pos(line2, 36, 36));

  return {
    fields: {
      documentCode: 'ID',
      issuingState: 'FRA',
      documentNumber: stripFillers(documentNumber),
      birthDate: parseMrzDate(birthRaw, 'birth', now, 'birth date', problems),
      sex: parseSex(pos(line2, 35, 35), problems),
      expiryDate: null,
      // Only French nationals hold this card; the MRZ has no nationality field of its own.
      nationality: 'FRA',
      surname: fillersToSpaces(pos(line1, 6, 30)),
      givenNames: fillersToSpaces(pos(line2, 14, 27)),
      optional1: stripFillers(pos(line1, 31, 36)),
      optional2: '',
    },
    recorder,
    problems,
  };
}
