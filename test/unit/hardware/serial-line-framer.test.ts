import { afterEach, describe, expect, it, vi } from 'vitest';
import { SerialLineFramer, type FramedLine, type FramerDrop } from '../../../hardware/serial/serial-line-framer.js';

interface Run {
  lines: FramedLine[];
  drops: FramerDrop[];
}

function frame(chunks: readonly Buffer[], opts: { maxLineLength?: number; strip?: boolean } = {}): Run {
  const run: Run = { lines: [], drops: [] };
  const framer = new SerialLineFramer({
    maxLineLength: opts.maxLineLength ?? 64,
    stripUnderscorePadding: opts.strip ?? true,
    onLine: (l) => run.lines.push(l),
    onDrop: (d) => run.drops.push(d),
  });
  for (const chunk of chunks) framer.push(chunk);
  return run;
}

const texts = (run: Run) => run.lines.map((l) => l.text);
const b = (s: string) => Buffer.from(s, 'latin1');

/** Every way of cutting `bytes` in two, plus one byte at a time. */
function chunkings(bytes: Buffer): Buffer[][] {
  const out: Buffer[][] = [[...bytes].map((x) => Buffer.from([x]))];
  for (let i = 0; i <= bytes.length; i++) out.push([bytes.subarray(0, i), bytes.subarray(i)]);
  return out;
}

const STREAMS: Array<[string, string, string[]]> = [
  ['CR', 'LINE-A\rLINE-B\r', ['LINE-A', 'LINE-B']],
  ['LF', 'LINE-A\nLINE-B\n', ['LINE-A', 'LINE-B']],
  ['CRLF', 'LINE-A\r\nLINE-B\r\n', ['LINE-A', 'LINE-B']],
  ['mixed endings and blank lines', 'A1\r\n\r\nB2\n\rC3\r', ['A1', 'B2', 'C3']],
  ['one STX/ETX frame, several lines', '\x02L1<<\rL2<<\rL3<<\x03', ['L1<<', 'L2<<', 'L3<<']],
  ['STX/ETX frame per line, CRLF inside', '\x02L1\r\n\x03\x02L2\x03', ['L1', 'L2']],
  ['_ padding', 'ABC____\r__DEF\r', ['ABC', 'DEF']],
  ['NULs and bells', '\x00A\x00B\x07C\r\x00\x00', ['ABC']],
];

describe('SerialLineFramer', () => {
  afterEach(() => vi.useRealTimers());

  it.each(STREAMS)('splits %s the same way at every chunk boundary', (_name, stream, expected) => {
    for (const chunks of chunkings(b(stream))) {
      expect(texts(frame(chunks))).toEqual(expected);
    }
  });

  it('keeps _ inside codes when padding stripping is off', () => {
    expect(texts(frame([b('__A_B__\r')], { strip: false }))).toEqual(['__A_B__']);
  });

  it('counts bytes above ASCII instead of passing them on', () => {
    const run = frame([Buffer.from([0x41, 0xe9, 0x42, 0xff, 0x0d])]);
    expect(run.lines).toEqual([{ text: 'AB', invalidBytes: 2 }]);
  });

  it('drops an over-long line once, at every chunk boundary, and reads the next one', () => {
    const stream = b(`${'X'.repeat(20)}\rOK\r`);
    for (const chunks of chunkings(stream)) {
      const run = frame(chunks, { maxLineLength: 10 });
      expect(texts(run)).toEqual(['OK']);
      expect(run.drops).toEqual([{ reason: 'over-long', length: 11 }]);
    }
  });

  it('never buffers an endless line', () => {
    const lines: string[] = [];
    const drops: FramerDrop[] = [];
    const framer = new SerialLineFramer({ maxLineLength: 100, onLine: (l) => lines.push(l.text), onDrop: (d) => drops.push(d) });
    for (let i = 0; i < 1000; i++) framer.push(Buffer.alloc(1000, 0x41));
    framer.push(b('\rAFTER\r'));
    expect(drops).toHaveLength(1);
    expect(lines).toEqual(['AFTER']);
  });

  it('ends an unterminated line after the idle time, not before', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const framer = new SerialLineFramer({ maxLineLength: 64, idleFlushMs: 100, onLine: (l) => lines.push(l.text) });
    framer.push(b('ABC'));
    vi.advanceTimersByTime(60);
    framer.push(b('DEF'));
    vi.advanceTimersByTime(60);
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(lines).toEqual(['ABCDEF']);
  });

  it('flush() emits the pending line and reset() forgets it', () => {
    const lines: string[] = [];
    const framer = new SerialLineFramer({ maxLineLength: 64, onLine: (l) => lines.push(l.text) });
    framer.push(b('KEEP'));
    framer.flush();
    framer.push(b('LOSE'));
    framer.reset();
    framer.push(b('NEXT\r'));
    expect(lines).toEqual(['KEEP', 'NEXT']);
  });
});
