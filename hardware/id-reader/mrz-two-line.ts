// ICAO 9303 parts 4 and 6: TD3 (passports, 2x44) and TD2 (2x36). Same line-2 layout up to
// the optional data; TD3 adds a check digit for it.
import {
  CheckRecorder,
  checkDocumentCode,
  parseMrzDate,
  parseNameZone,
  parseSex,
  pos,
  stripFillers,
} from './mrz-fields.js';
import { splitDocumentNumber, type LayoutParse } from './mrz-td1.js';

export function parseTwoLine(format: 'TD2' | 'TD3', line1: string, line2: string, now: Date): LayoutParse {
  const problems: string[] = [];
  const recorder = new CheckRecorder();
  const length = format === 'TD3' ? 44 : 36;

  const documentCode = pos(line1, 1, 2);
  checkDocumentCode(documentCode, problems);
  const names = parseNameZone(pos(line1, 6, length));

  // TD3 keeps 14 characters of optional data plus their check digit; TD2 keeps 7, no check.
  const optionalEnd = format === 'TD3' ? 42 : 35;
  const rawOptional = pos(line2, 29, optionalEnd);
  const doc =
    format === 'TD2'
      ? splitDocumentNumber(pos(line2, 1, 9), pos(line2, 10, 10), rawOptional, problems)
      : { number: pos(line2, 1, 9), check: pos(line2, 10, 10), optional: rawOptional };
  recorder.verify('documentNumber', doc.number, doc.check);

  const birthRaw = pos(line2, 14, 19);
  recorder.verify('birthDate', birthRaw, pos(line2, 20, 20));
  const expiryRaw = pos(line2, 22, 27);
  recorder.verify('expiryDate', expiryRaw, pos(line2, 28, 28));

  if (format === 'TD3') {
    const optionalCheck = pos(line2, 43, 43);
    // An empty personal number may carry '<' instead of a check digit (ICAO 9303-4 4.2.2.2).
    const emptyWithFiller = optionalCheck === '<' && /^<*$/.test(rawOptional);
    if (emptyWithFiller) recorder.record('optional1', true);
    else recorder.verify('optional1', rawOptional, optionalCheck);
  }
  const composite = pos(line2, 1, 10) + pos(line2, 14, 20) + pos(line2, 22, length - 1);
  recorder.verify('composite', composite, pos(line2, length, length));

  return {
    fields: {
      documentCode: stripFillers(documentCode),
      issuingState: stripFillers(pos(line1, 3, 5)),
      documentNumber: stripFillers(doc.number),
      birthDate: parseMrzDate(birthRaw, 'birth', now, 'birth date', problems),
      sex: parseSex(pos(line2, 21, 21), problems),
      expiryDate: parseMrzDate(expiryRaw, 'expiry', now, 'expiry date', problems),
      nationality: stripFillers(pos(line2, 11, 13)),
      surname: names.surname,
      givenNames: names.givenNames,
      optional1: stripFillers(doc.optional),
      optional2: '',
    },
    recorder,
    problems,
  };
}
