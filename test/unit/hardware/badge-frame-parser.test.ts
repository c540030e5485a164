// Badge frames cut from a byte stream: every malformed case a 125 kHz reader or a noisy
// cable can produce, and the same frames however the bytes were chunked.
import { describe, expect, it } from 'vitest';
import { badgeChecksum, decodeBadgeFrameBody, encodeBadgeFrame } from '../../../hardware/badge-reader/badge-frame.js';
import { BadgeFrameParser, MAX_BADGE_FRAME_BODY } from '../../../hardware/badge-reader/badge-frame-parser.js';

const ID = '0F00A1B2C3';
// 0F ^ 00 ^ A1 ^ B2 ^ C3 = 0xDF
const FRAME = Buffer.from(`\x02${ID}DF\r\n\x03`, 'latin1');
const bytes = (s: string) => Buffer.from(s, 'latin1');

function parseAll(...chunks: Uint8Array[]) {
  const parser = new BadgeFrameParser();
  return chunks.flatMap((c) => parser.push(c));
}

describe('badge frame checksum and encoding', () => {
  it('is the XOR of the five id bytes', () => {
    expect(badgeChecksum(ID)).toBe('DF');
    expect(badgeChecksum('0000000000')).toBe('00');
    expect(badgeChecksum('FF00000000')).toBe('FF');
  });

  it('encodes exactly what a reader sends', () => {
    expect(encodeBadgeFrame(ID)).toEqual(FRAME);
    expect(encodeBadgeFrame(ID.toLowerCase())).toEqual(FRAME);
    expect(() => encodeBadgeFrame('12345')).toThrow(/10 hexadecimal/);
  });
});

describe('decodeBadgeFrameBody', () => {
  it('accepts CR LF, CR alone or no ending, and lower-case hex', () => {
    for (const body of [`${ID}DF\r\n`, `${ID}DF\r`, `${ID}DF\n`, `${ID}DF`, `${ID.toLowerCase()}df\r\n`]) {
      expect(decodeBadgeFrameBody(body)).toEqual({ ok: true, badgeId: ID });
    }
  });

  it('names a checksum mismatch without giving the id', () => {
    const result = decodeBadgeFrameBody(`${ID}DE\r\n`);
    expect(result).toEqual({ ok: false, reason: 'checksum' });
    expect(JSON.stringify(result)).not.toContain(ID);
  });

  it('calls malformed every body that is not 12 hex digits', () => {
    for (const body of ['', '\r\n', `${ID}D\r\n`, `${ID}DF0\r\n`, `0F00A1B2CZDF\r\n`, `${ID} DF\r\n`, `${ID}DF\n\r`, `${ID}DF\r\n\r\n`, '\xff'.repeat(12)]) {
      expect(decodeBadgeFrameBody(body), JSON.stringify(body)).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});

describe('BadgeFrameParser', () => {
  it('reads one whole frame', () => {
    expect(parseAll(FRAME)).toEqual([{ ok: true, badgeId: ID }]);
  });

  it('gives the same frames whatever the chunking, down to one byte at a time', () => {
    const stream = Buffer.concat([FRAME, FRAME, encodeBadgeFrame('1234567890')]);
    const expected = [
      { ok: true, badgeId: ID },
      { ok: true, badgeId: ID },
      { ok: true, badgeId: '1234567890' },
    ];
    expect(parseAll(stream)).toEqual(expected);
    expect(parseAll(...[...stream].map((b) => Uint8Array.of(b)))).toEqual(expected);
    for (let cut = 1; cut < stream.length; cut++) {
      expect(parseAll(stream.subarray(0, cut), stream.subarray(cut))).toEqual(expected);
    }
  });

  it('skips garbage before, between and after frames', () => {
    const stream = Buffer.concat([bytes('noise\r\n\x00\xff'), FRAME, bytes('\x03\x03junk'), FRAME, bytes('tail\r\n')]);
    expect(parseAll(stream)).toEqual([
      { ok: true, badgeId: ID },
      { ok: true, badgeId: ID },
    ]);
  });

  it('reports a bad checksum and goes on with the next frame', () => {
    expect(parseAll(encodeBadgeFrame(ID, { corruptChecksum: true }), FRAME)).toEqual([
      { ok: false, reason: 'checksum' },
      { ok: true, badgeId: ID },
    ]);
  });

  it('reports a frame cut short by the next STX as incomplete, and still reads the next one', () => {
    expect(parseAll(bytes(`\x02${ID.slice(0, 4)}`), FRAME)).toEqual([
      { ok: false, reason: 'incomplete' },
      { ok: true, badgeId: ID },
    ]);
  });

  it('reports short, long and non-hex bodies as malformed', () => {
    expect(parseAll(bytes('\x02\x03'), bytes(`\x02${ID}\r\n\x03`), bytes(`\x02${ID}DFDF\r\n\x03`), bytes('\x02HELLO-WORLD!\r\n\x03'))).toEqual([
      { ok: false, reason: 'malformed' },
      { ok: false, reason: 'malformed' },
      { ok: false, reason: 'malformed' },
      { ok: false, reason: 'malformed' },
    ]);
  });

  it('gives up a runaway frame once, drops the rest of it, and resynchronises on the next STX', () => {
    const runaway = bytes(`\x02${'A'.repeat(MAX_BADGE_FRAME_BODY * 10)}\x03`);
    expect(parseAll(runaway, FRAME)).toEqual([{ ok: false, reason: 'malformed' }, { ok: true, badgeId: ID }]);
    // A runaway frame that never ends is cut by the next STX without a second report.
    expect(parseAll(bytes(`\x02${'9'.repeat(100)}`), FRAME)).toEqual([{ ok: false, reason: 'malformed' }, { ok: true, badgeId: ID }]);
  });

  it('forgets a half frame on reset, so it never joins the bytes after a reconnect', () => {
    const parser = new BadgeFrameParser();
    expect(parser.push(FRAME.subarray(0, 7))).toEqual([]);
    parser.reset();
    // The tail alone has no STX: nothing, not a corrupted read.
    expect(parser.push(FRAME.subarray(7))).toEqual([]);
    expect(parser.push(FRAME)).toEqual([{ ok: true, badgeId: ID }]);
  });
});
