// ICAO 9303 part 5: TD1, three lines of 30 (ID cards, the Moroccan CNIE).
import {
  CheckRecorder,
  checkDocumentCode,
  parseMrzDate,
  parseNameZone,
  parseSex,
  pos,
  stripFillers,
} from './mrz-fields.js';
import type { MrzFields } from './mrz-types.js';

export interface LayoutParse {
  fields: MrzFields;
  recorder: CheckRecorder;
  problems: string[];
}

/**
 * A document number longer than 9 characters puts '<' in the check position and carries on
 * in the optional field that follows, ending with its own check digit. Returns the full
 * number (as used for the check), its check digit and the optional data after them.
 */
export function splitDocumentNumber(
  base: string,
  checkChar: string,
  optional: string,
  problems: string[],
): { number: string; check: string; optional: string } {
  if (checkChar !== '<' || optional.startsWith('<') || optional === '') {
    return { number: base, check: checkChar, optional };
  }
  const end = optional.indexOf('<');
  const run = end === -1 ? optional : optional.slice(0, end);
  if (run.length < 2) problems.push('long document number has no check digit');
  // ICAO puts one filler after that check digit; it belongs to the number, not the optional data.
  return { number: base + run.slice(0, -1), check: run.slice(-1), optional: optional.slice(run.length + 1) };
}

export function parseTd1(line1: string, line2: string, line3: string, now: Date): LayoutParse {
  const problems: string[] = [];
  const recorder = new CheckRecorder();

  const documentCode = pos(line1, 1, 2);
  checkDocumentCode(documentCode, problems);
  const doc = splitDocumentNumber(pos(line1, 6, 14), pos(line1, 15, 15), pos(line1, 16, 30), problems);
  recorder.verify('documentNumber', doc.number, doc.check);

  const birthRaw = pos(line2, 1, 6);
  recorder.verify('birthDate', birthRaw, pos(line2, 7, 7));
  const expiryRaw = pos(line2, 9, 14);
  recorder.verify('expiryDate', expiryRaw, pos(line2, 15, 15));
  const composite = pos(line1, 6, 30) + pos(line2, 1, 7) + pos(line2, 9, 15) + pos(line2, 19, 29);
  recorder.verify('composite', composite, pos(line2, 30, 30));

  const names = parseNameZone(line3);
  const fields: MrzFields = {
    documentCode: stripFillers(documentCode),
    issuingState: stripFillers(pos(line1, 3, 5)),
    documentNumber: stripFillers(doc.number),
    birthDate: parseMrzDate(birthRaw, 'birth', now, 'birth date', problems),
    sex: parseSex(pos(line2, 8, 8), problems),
    expiryDate: parseMrzDate(expiryRaw, 'expiry', now, 'expiry date', problems),
    nationality: stripFillers(pos(line2, 16, 18)),
    surname: names.surname,
    givenNames: names.givenNames,
    optional1: stripFillers(doc.optional),
    optional2: stripFillers(pos(line2, 19, 29)),
  };
  return { fields, recorder, problems };
}
