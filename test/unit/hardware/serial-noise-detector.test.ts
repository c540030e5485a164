// The "garbled bytes" warning under a steady stream of random bytes: raised once and kept, not
// flapping back to ready on every short run of printable bytes (each change is a log line and
// an event to the screens); and a real read after the noise still clears it.
import { describe, expect, it } from 'vitest';
import { SerialNoiseDetector } from '../../../hardware/serial/serial-noise-detector.js';

/** Deterministic random bytes (xorshift32), so a failure replays. */
function randomChunks(seed: number, chunks: number, size: number): Buffer[] {
  let x = seed >>> 0 || 1;
  const out: Buffer[] = [];
  for (let c = 0; c < chunks; c++) {
    const b = Buffer.alloc(size);
    for (let i = 0; i < size; i++) {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      b[i] = x & 0xff;
    }
    out.push(b);
  }
  return out;
}

function detector(): { d: SerialNoiseDetector; changes: boolean[]; clock: { t: number } } {
  const changes: boolean[] = [];
  const clock = { t: 1_000_000 };
  const d = new SerialNoiseDetector((noisy) => changes.push(noisy), () => clock.t);
  return { d, changes, clock };
}

describe('serial noise detector', () => {
  for (const seed of [1, 7, 2026]) {
    it(`4 MB of random bytes in a steady stream (seed ${seed}): warned once, no flapping`, () => {
      const { d, changes, clock } = detector();
      for (const chunk of randomChunks(seed, 1024, 4096)) {
        d.push(chunk);
        clock.t += 30; // 4 KB every 30 ms, with no pause a read could start after
      }
      expect(changes[0]).toBe(true);
      // Before: a change every two thousand bytes or so, over 2 000 here.
      expect(changes.length).toBeLessThanOrEqual(3);
    });
  }

  it('a barcode after the noise stops clears the warning', () => {
    const { d, changes, clock } = detector();
    for (const chunk of randomChunks(3, 4, 4096)) d.push(chunk);
    expect(changes.at(-1)).toBe(true);
    clock.t += 500;
    d.push(Buffer.from('CLEAN-042\r'));
    expect(changes.at(-1)).toBe(false);
  });

  it('a badge frame right behind the noise (no pause) clears it: STX starts a line', () => {
    const { d, changes } = detector();
    for (const chunk of randomChunks(4, 4, 4096)) d.push(Buffer.concat([chunk, Buffer.from([0xff])]));
    expect(changes.at(-1)).toBe(true);
    d.push(Buffer.from('\x020F00A1B2C3F2\r\n\x03'));
    expect(changes.at(-1)).toBe(false);
  });

  it('the printable tail of a noisy line is not a clean read', () => {
    const { d, changes } = detector();
    for (const chunk of randomChunks(5, 2, 4096)) d.push(chunk);
    expect(changes.at(-1)).toBe(true);
    d.push(Buffer.from([0xf8, 0x00, ...Buffer.from('ABCDEFGHIJ\r')]));
    expect(changes.at(-1)).toBe(true);
  });
});
