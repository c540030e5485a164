// MRZ: layouts, check digits, line assembly and the byte pipeline of the ID reader.
import fc from 'fast-check';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { mrzCheckDigit } from '../../hardware/id-reader/mrz-check-digit.js';
import { MrzLineAssembler } from '../../hardware/id-reader/mrz-line-assembler.js';
import { parseMrz, type MrzParseResult } from '../../hardware/id-reader/mrz-parse.js';
import { MrzReadPipeline } from '../../hardware/id-reader/mrz-read-pipeline.js';
import { concatBytes, cutFractions, cutInto, latin1 } from './byte-chunks.js';
import { anyMrzDocument, icaoCheckDigit, MRZ_ALPHABET, MRZ_NOW, type GeneratedMrz } from './mrz-documents.js';
import type { PropertySpec } from './property-spec.js';

const parse = (lines: readonly string[]): MrzParseResult => parseMrz(lines, { now: MRZ_NOW });

function fail(message: string): never {
  throw new Error(message);
}

function readsBack(doc: GeneratedMrz, r: MrzParseResult): void {
  const e = doc.expected;
  if (!r.ok) fail(`refused: ${[...r.failedFields, ...r.problems].join('; ')}`);
  const f = r.fields;
  const got = {
    format: r.format,
    documentCode: f.documentCode,
    issuingState: f.issuingState,
    documentNumber: f.documentNumber,
    birthIso: f.birthDate?.iso ?? null,
    expiryIso: f.expiryDate?.iso ?? null,
    sex: f.sex,
    nationality: f.nationality,
    surname: f.surname,
    givenNames: f.givenNames,
    optional1: f.optional1,
  };
  if (JSON.stringify(got) !== JSON.stringify(e)) fail(`read ${JSON.stringify(got)}, expected ${JSON.stringify(e)}`);
}

/** What a clerk would see of a read: layout and fields. */
const meaning = (r: MrzParseResult): string => JSON.stringify([r.format, r.fields]);

/**
 * Substitutions that ICAO 9303 itself makes equivalent: '<' and 'X' both say "sex
 * unspecified" where no check digit covers the sex (TD1, TD2, TD3), and an empty TD3
 * personal number may carry '<' or '0' as its check digit.
 */
function sameByStandard(doc: GeneratedMrz, line: number, index: number, from: string, to: string): boolean {
  const { format } = doc.expected;
  const pair = [from, to].sort().join('');
  const sexIndex = format === 'TD1' ? 7 : format === 'TD2' || format === 'TD3' ? 20 : -1;
  if (line === 1 && index === sexIndex && pair === '<X') return true;
  return format === 'TD3' && line === 1 && index === 42 && pair === '0<';
}

const noisyChar = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...MRZ_ALPHABET.split('')) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) });

function withReaderNoise(lines: readonly string[], spaces: readonly number[], underscores: number, blanks: number): string[] {
  const out = lines.map((line, i) => {
    const at = Math.min(line.length, spaces[i] ?? line.length);
    return `${'_'.repeat(underscores)}${line.slice(0, at)} ${line.slice(at)}\t${'_'.repeat(underscores)}`;
  });
  for (let i = 0; i < blanks; i++) out.splice(i % (out.length + 1), 0, i % 2 ? '   ' : '__');
  return out;
}

type Framing = 'cr' | 'lf' | 'crlf' | 'stx-etx' | 'joined';

function frame(lines: readonly string[], framing: Framing, noise: readonly number[]): Uint8Array {
  const body =
    framing === 'stx-etx'
      ? `\x02${lines.join('\r')}\x03`
      : framing === 'joined'
        ? `\x02${lines.join('')}\x03`
        : lines.map((l) => l + { cr: '\r', lf: '\n', crlf: '\r\n' }[framing]).join('');
  const bytes = [...latin1(body)];
  // NUL and DEL are line noise a reader may emit anywhere: the framer drops them.
  for (const n of noise) bytes.splice(n % (bytes.length + 1), 0, n % 2 ? 0x00 : 0x7f);
  return Uint8Array.from(bytes);
}

export const MRZ_PROPERTIES: PropertySpec[] = [
  {
    parser: 'mrz-parse',
    name: 'a valid TD1, TD2, TD3 or French ID zone parses ok and reads back every field',
    runs: 4000,
    build: () => fc.property(anyMrzDocument, (doc) => readsBack(doc, parse(doc.lines))),
  },
  {
    parser: 'mrz-parse',
    name: 'one character changed in a valid zone fails a check or reads as a different document',
    runs: 6000,
    build: () =>
      fc.property(anyMrzDocument, fc.nat(), fc.nat(), noisyChar, (doc, lineDraw, indexDraw, to) => {
        const line = lineDraw % doc.lines.length;
        const text = doc.lines[line] ?? '';
        const index = indexDraw % text.length;
        const from = text.charAt(index);
        fc.pre(from !== to);
        const mutated = [...doc.lines];
        mutated[line] = text.slice(0, index) + to + text.slice(index + 1);
        const before = parse(doc.lines);
        const after = parse(mutated);
        if (after.ok && meaning(after) === meaning(before) && !sameByStandard(doc, line, index, from, to)) {
          fail(`line ${line + 1} position ${index + 1} '${from}' -> '${to}' went unnoticed`);
        }
      }),
  },
  {
    parser: 'mrz-parse',
    name: "reader noise (spaces, '_' padding, blank lines) never changes what is read",
    runs: 2000,
    build: () =>
      fc.property(anyMrzDocument, fc.array(fc.nat({ max: 44 }), { maxLength: 3 }), fc.nat({ max: 3 }), fc.nat({ max: 3 }), (doc, spaces, underscores, blanks) => {
        const noisy = parse(withReaderNoise(doc.lines, spaces, underscores, blanks));
        if (meaning(noisy) !== meaning(parse(doc.lines)) || !noisy.ok) fail('noise changed the read');
      }),
  },
  {
    parser: 'mrz-parse',
    name: 'arbitrary lines never throw; ok means every check passed and no problem was found',
    runs: 4000,
    build: () => {
      const length = fc.constantFrom(0, 1, 29, 30, 31, 35, 36, 43, 44, 45);
      const line = fc.oneof(
        length.chain((n) => fc.array(fc.constantFrom(...MRZ_ALPHABET.split('')), { minLength: n, maxLength: n }).map((c) => c.join(''))),
        fc.string({ unit: 'binary', maxLength: 50 }),
      );
      return fc.property(fc.array(line, { maxLength: 4 }), (lines) => {
        const r = parse(lines);
        if (r.ok !== (r.format !== 'unknown' && r.failedFields.length === 0 && r.problems.length === 0)) fail('ok disagrees with checks');
        if (r.checks.some((c) => !c.ok) !== r.failedFields.length > 0) fail('failedFields disagrees with checks');
      });
    },
  },
  {
    parser: 'mrz-check-digit',
    name: 'check digit: matches the standard, ignores trailing fillers, catches any substitution not worth a multiple of 10',
    runs: 5000,
    build: () => {
      const text = fc.array(fc.constantFrom(...MRZ_ALPHABET.split('')), { minLength: 1, maxLength: 44 }).map((c) => c.join(''));
      const value = (ch: string): number => MRZ_ALPHABET.indexOf(ch) === 36 ? 0 : MRZ_ALPHABET.indexOf(ch) < 26 ? MRZ_ALPHABET.indexOf(ch) + 10 : MRZ_ALPHABET.indexOf(ch) - 26;
      return fc.property(text, fc.nat(), fc.constantFrom(...MRZ_ALPHABET.split('')), fc.nat({ max: 10 }), (t, at, to, fillers) => {
        const digit = mrzCheckDigit(t);
        if (String(digit) !== icaoCheckDigit(t)) fail('differs from the standard');
        if (mrzCheckDigit(t + '<'.repeat(fillers)) !== digit) fail('trailing fillers changed it');
        const i = at % t.length;
        const changed = t.slice(0, i) + to + t.slice(i + 1);
        const caught = mrzCheckDigit(changed) !== digit;
        if ((value(to) - value(t.charAt(i))) % 10 !== 0 && !caught) fail(`substitution at ${i} not caught`);
        if (mrzCheckDigit(`${t.slice(0, i)}a${t.slice(i + 1)}`) !== null) fail('a character outside A-Z 0-9 < got a digit');
      });
    },
  },
  {
    parser: 'mrz-line-assembler',
    name: 'line assembler: a document sent line by line, run together or padded, among reader chatter, comes out once and whole',
    runs: 3000,
    build: () => {
      // Chatter: lengths no MRZ layout uses, or MRZ lengths with too few MRZ characters to be a misread.
      const chatter = fc.oneof(
        fc.string({ maxLength: 28, unit: fc.constantFrom(...'OK>READY ok\tv1.2'.split('')) }),
        fc.constantFrom(30, 36, 44).map((n) => 'status ok; '.repeat(5).slice(0, n)),
      );
      return fc.property(anyMrzDocument, fc.constantFrom('lines', 'joined', 'padded'), fc.array(fc.tuple(fc.nat(), chatter), { maxLength: 3 }), (doc, how, noise) => {
        const documents: string[][] = [];
        const failures: string[] = [];
        const assembler = new MrzLineAssembler({ interLineTimeoutMs: 60_000, onDocument: (l) => documents.push(l), onFailure: (r) => failures.push(r) });
        const sent = how === 'joined' ? [doc.lines.join('')] : how === 'padded' ? doc.lines.map((l) => `__${l}_ `) : [...doc.lines];
        // Chatter goes before the first line or after the last, as a reader's banner or status would.
        for (const [at, text] of noise) sent.splice(at % 2 === 0 ? 0 : sent.length, 0, text);
        for (const line of sent) assembler.pushLine(line);
        assembler.reset();
        if (failures.length || documents.length !== 1 || JSON.stringify(documents[0]) !== JSON.stringify(doc.lines)) {
          fail(`documents ${JSON.stringify(documents)} failures ${failures.join(',')}`);
        }
      });
    },
  },
  {
    parser: 'mrz-read-pipeline',
    name: 'ID-reader bytes: CR, LF, CRLF or STX-ETX framing, NUL/DEL noise and any chunking give the same card',
    runs: 2000,
    build: () =>
      fc.property(
        anyMrzDocument,
        fc.constantFrom<Framing>('cr', 'lf', 'crlf', 'stx-etx', 'joined'),
        fc.array(fc.nat(), { maxLength: 4 }),
        cutFractions,
        (doc, framing, noise, cuts) => {
          const cards: MrzParseResult[] = [];
          const unreadable: string[] = [];
          const pipeline = new MrzReadPipeline({
            interLineTimeoutMs: 60_000,
            idleFlushMs: 60_000,
            logger: silentLogger,
            onCard: (e) => cards.push(e.result),
            onUnreadable: (e) => unreadable.push(e.reason),
            onBusyChange: () => undefined,
          });
          const bytes = concatBytes([frame(doc.lines, framing, noise)]);
          for (const chunk of cutInto(bytes, cuts)) pipeline.pushBytes(chunk);
          pipeline.reset();
          if (unreadable.length || cards.length !== 1) fail(`cards ${cards.length}, unreadable ${unreadable.join(',')}`);
          if (!cards[0]?.ok || meaning(cards[0]) !== meaning(parseMrz(doc.lines))) fail('the card read differs from the document');
        },
      ),
  },
];
