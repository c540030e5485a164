// Badge frames: STX, 10 hex digits, XOR checksum, CR LF, ETX; and one read per presentation.
import fc from 'fast-check';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { BadgeFrameParser } from '../../hardware/badge-reader/badge-frame-parser.js';
import { badgeChecksum, decodeBadgeFrameBody, encodeBadgeFrame, type BadgeFrameResult } from '../../hardware/badge-reader/badge-frame.js';
import { BadgeReadPipeline, DEFAULT_BADGE_HOLD_GAP_MS } from '../../hardware/badge-reader/badge-read-pipeline.js';
import { concatBytes, cutFractions, cutInto, oneByOne, streamBytes } from './byte-chunks.js';
import type { PropertySpec } from './property-spec.js';

const HEX = '0123456789abcdefABCDEF';
const badgeId = fc.array(fc.constantFrom(...HEX.split('')), { minLength: 10, maxLength: 10 }).map((c) => c.join(''));

function fail(message: string): never {
  throw new Error(message);
}

function parseAll(chunks: readonly Uint8Array[]): BadgeFrameResult[] {
  const parser = new BadgeFrameParser();
  return chunks.flatMap((c) => parser.push(c));
}

/** XOR of the five id bytes, from the reader's datasheet, independently of the code under test. */
function xorOf(id: string): number {
  let x = 0;
  for (let i = 0; i < 10; i += 2) x ^= Number.parseInt(id.slice(i, i + 2), 16);
  return x;
}

// Bytes between frames: anything but STX, which would open a frame.
const interFrameNoise = fc.array(fc.integer({ min: 0, max: 255 }).filter((b) => b !== 0x02), { maxLength: 6 }).map((a) => Uint8Array.from(a));

interface Presentation {
  id: string;
  frames: number;
  startsBadly: boolean;
  /** Milliseconds between two frames of the presentation: below the hold gap. */
  interval: number;
  /** Silence before it: long enough to end the previous presentation, or short when the id changes. */
  pauseBefore: number;
}

export const BADGE_PROPERTIES: PropertySpec[] = [
  {
    parser: 'badge-frame',
    name: 'a frame of any badge id decodes back to that id (upper-case), its checksum being the XOR of the id bytes',
    runs: 5000,
    build: () =>
      fc.property(badgeId, (id) => {
        const frame = encodeBadgeFrame(id);
        const r = parseAll([frame]);
        if (r.length !== 1 || !r[0]?.ok || r[0].badgeId !== id.toUpperCase()) fail(`decoded ${JSON.stringify(r)}`);
        if (Number.parseInt(badgeChecksum(id.toUpperCase()), 16) !== xorOf(id)) fail('checksum is not the XOR of the id bytes');
      }),
  },
  {
    parser: 'badge-frame',
    name: 'a corrupted checksum, or any single id digit changed, is refused as a checksum error',
    runs: 5000,
    build: () =>
      fc.property(badgeId, fc.nat({ max: 9 }), fc.constantFrom(...'0123456789ABCDEF'.split('')), (id, at, digit) => {
        const upper = id.toUpperCase();
        fc.pre(upper.charAt(at) !== digit);
        const corrupted = parseAll([encodeBadgeFrame(id, { corruptChecksum: true })]);
        if (corrupted[0]?.ok !== false || corrupted[0].reason !== 'checksum') fail('corrupted checksum accepted');
        const changed = `${upper.slice(0, at)}${digit}${upper.slice(at + 1)}`;
        const r = decodeBadgeFrameBody(`${changed}${badgeChecksum(upper)}\r\n`);
        if (r.ok || r.reason !== 'checksum') fail(`changed id ${changed} gave ${JSON.stringify(r)}`);
      }),
  },
  {
    parser: 'badge-frame-parser',
    name: 'frames with line noise between them, however chunked, decode to the same results, one per frame',
    runs: 4000,
    build: () =>
      fc.property(fc.array(fc.tuple(badgeId, fc.boolean(), interFrameNoise), { maxLength: 6 }), cutFractions, (frames, cuts) => {
        const bytes = concatBytes(frames.flatMap(([id, bad, noise]) => [noise, encodeBadgeFrame(id, { corruptChecksum: bad })]));
        const expected = frames.map(([id, bad]) => (bad ? { ok: false, reason: 'checksum' } : { ok: true, badgeId: id.toUpperCase() }));
        const got = parseAll(cutInto(bytes, cuts));
        if (JSON.stringify(got) !== JSON.stringify(expected)) fail(`got ${JSON.stringify(got)}`);
      }),
  },
  {
    parser: 'badge-frame-parser',
    name: 'on arbitrary bytes, results never depend on the chunking and a good result is always a well-formed id',
    runs: 5000,
    build: () =>
      fc.property(streamBytes([0x02, 0x03, 0x0d, 0x0a, 0x30, 0x41]), cutFractions, (bytes, cuts) => {
        const whole = parseAll([bytes]);
        if (JSON.stringify(parseAll(cutInto(bytes, cuts))) !== JSON.stringify(whole)) fail('chunking changed the results');
        if (JSON.stringify(parseAll(oneByOne(bytes))) !== JSON.stringify(whole)) fail('byte-by-byte changed the results');
        if (whole.length > bytes.filter((b) => b === 0x02 || b === 0x03).length) fail('more results than frame delimiters');
        for (const r of whole) if (r.ok && !/^[0-9A-F]{10}$/.test(r.badgeId)) fail(`bad id ${r.badgeId}`);
      }),
  },
  {
    parser: 'badge-read-pipeline',
    name: 'a badge held in front of the reader gives one read per presentation; a presentation that starts badly is reported unreadable once',
    runs: 3000,
    build: () => {
      const gap = DEFAULT_BADGE_HOLD_GAP_MS;
      const presentation: fc.Arbitrary<Presentation> = fc.record({
        id: fc.constantFrom('0A1B2C3D4E', '1234567890', 'FFEE001122'),
        frames: fc.integer({ min: 1, max: 30 }),
        startsBadly: fc.boolean(),
        interval: fc.integer({ min: 0, max: gap - 1 }),
        pauseBefore: fc.oneof(fc.integer({ min: gap, max: 10 * gap }), fc.integer({ min: 0, max: gap - 1 })),
      });
      return fc.property(fc.array(presentation, { maxLength: 6 }), cutFractions, (presentations, cuts) => {
        const events: string[] = [];
        let now = 0;
        const pipeline = new BadgeReadPipeline({
          logger: silentLogger,
          now: () => now,
          onBadge: (e) => events.push(`badge ${e.badgeId}`),
          onUnreadable: (e) => events.push(`unreadable ${e.reason}`),
        });
        const expected: string[] = [];
        let previous: Presentation | undefined;
        for (const p of presentations) {
          // A short pause only separates two presentations of different badges.
          const pause = previous && previous.id === p.id ? Math.max(p.pauseBefore, gap) : p.pauseBefore;
          const endsPrevious = previous === undefined || pause >= gap;
          now += pause;
          if (p.startsBadly && endsPrevious) expected.push('unreadable checksum');
          expected.push(`badge ${p.id}`);
          for (let i = 0; i < p.frames + (p.startsBadly ? 1 : 0); i++) {
            if (i > 0) now += p.interval;
            const bad = p.startsBadly && i === 0;
            for (const chunk of cutInto(encodeBadgeFrame(p.id, { corruptChecksum: bad }), cuts)) pipeline.pushBytes(chunk);
          }
          previous = p;
        }
        if (JSON.stringify(events) !== JSON.stringify(expected)) fail(`events ${JSON.stringify(events)}, expected ${JSON.stringify(expected)}`);
      });
    },
  },
];
