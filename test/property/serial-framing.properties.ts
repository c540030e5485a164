// Serial line framing: what a reader or scanner sends, cut into lines the same way whatever
// the terminators (CR, LF, CRLF, STX...ETX, EOT) and wherever the port cut the byte stream.
import fc from 'fast-check';
import { SerialLineFramer, type FramedLine, type FramerDrop } from '../../hardware/serial/serial-line-framer.js';
import { cutFractions, cutInto, latin1, oneByOne, streamBytes } from './byte-chunks.js';
import type { PropertySpec } from './property-spec.js';

type Output = Array<FramedLine | FramerDrop>;

function frameAll(chunks: readonly Uint8Array[], maxLineLength: number, stripUnderscorePadding = false): Output {
  const out: Output = [];
  const framer = new SerialLineFramer({ maxLineLength, stripUnderscorePadding, onLine: (l) => out.push(l), onDrop: (d) => out.push(d) });
  for (const chunk of chunks) framer.push(chunk);
  framer.reset();
  return out;
}

function fail(message: string): never {
  throw new Error(message);
}

const TERMINATORS: Record<string, [string, string]> = {
  cr: ['', '\r'],
  lf: ['', '\n'],
  crlf: ['', '\r\n'],
  'stx-etx': ['\x02', '\x03'],
  eot: ['', '\x04'],
};

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 });
const framerSpecials = [0x0d, 0x0a, 0x02, 0x03, 0x04, 0x00, 0x7f, 0x5f, 0x80, 0xff];

export const SERIAL_FRAMING_PROPERTIES: PropertySpec[] = [
  {
    parser: 'serial-line-framer',
    name: 'lines sent with any terminators, control-byte noise and any chunking come out exactly, in order',
    runs: 5000,
    build: () =>
      fc.property(
        fc.array(fc.tuple(printable, fc.constantFrom(...Object.keys(TERMINATORS))), { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x00, 0x07, 0x1b, 0x7f)), { maxLength: 6 }),
        cutFractions,
        (lines, noise, cuts) => {
          const bytes = [...latin1(lines.map(([text, t]) => TERMINATORS[t]![0] + text + TERMINATORS[t]![1]).join(''))];
          // NUL, BEL, ESC and DEL are not content: wherever they fall, they vanish.
          for (const [at, b] of noise) bytes.splice(at % (bytes.length + 1), 0, b);
          const out = frameAll(cutInto(Uint8Array.from(bytes), cuts), 64);
          const expected = lines.map(([text]) => text).filter((t) => t !== '');
          const got = out.map((o) => ('text' in o ? o.text : `<drop ${o.length}>`));
          if (JSON.stringify(got) !== JSON.stringify(expected)) fail(`got ${JSON.stringify(got)}`);
        },
      ),
  },
  {
    parser: 'serial-line-framer',
    name: 'on arbitrary bytes, framing never depends on the chunking, and no line breaks the length limit or holds a non-printable character',
    runs: 5000,
    build: () =>
      fc.property(streamBytes(framerSpecials), cutFractions, fc.integer({ min: 1, max: 40 }), fc.boolean(), (bytes, cuts, max, strip) => {
        const whole = frameAll([bytes], max, strip);
        const chunked = frameAll(cutInto(bytes, cuts), max, strip);
        const single = frameAll(oneByOne(bytes), max, strip);
        if (JSON.stringify(chunked) !== JSON.stringify(whole) || JSON.stringify(single) !== JSON.stringify(whole)) fail('chunking changed the lines');
        const highBytes = bytes.filter((b) => b > 0x7e && b !== 0x7f).length;
        let counted = 0;
        for (const o of whole) {
          if (!('text' in o)) continue;
          if (!/^[\x20-\x7e]*$/.test(o.text)) fail(`non-printable in ${JSON.stringify(o.text)}`);
          if (o.text.length + o.invalidBytes > max) fail('line over the limit');
          if (strip && /^_|_$/.test(o.text)) fail('padding left on a line');
          counted += o.invalidBytes;
        }
        if (counted > highBytes) fail('more invalid bytes reported than were sent');
      }),
  },
  {
    parser: 'serial-line-framer',
    name: 'an over-long line is dropped once, and the line after its terminator comes through intact',
    runs: 2000,
    build: () =>
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 80 }), printable, fc.constantFrom('\r', '\n', '\r\n', '\x03'), cutFractions, (max, extra, next, end, cuts) => {
        fc.pre(next.length > 0 && next.length <= max);
        const runaway = 'X'.repeat(max + extra);
        const out = frameAll(cutInto(latin1(`${runaway}${end}${next}\r`), cuts), max);
        const drops = out.filter((o) => !('text' in o));
        const lines = out.filter((o): o is FramedLine => 'text' in o).map((o) => o.text);
        if (drops.length !== 1 || JSON.stringify(lines) !== JSON.stringify([next])) fail(`drops ${drops.length}, lines ${JSON.stringify(lines)}`);
      }),
  },
];
