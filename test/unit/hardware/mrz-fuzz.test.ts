import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import type { IdCardEvent, IdUnreadableEvent } from '../../../hardware/id-reader/id-reader.js';
import { MockIdReader } from '../../../hardware/id-reader/id-reader-mock.js';
import { parseMrz } from '../../../hardware/id-reader/mrz-parse.js';
import { MRZ_SPECIMENS } from '../../../hardware/simulators/mrz-specimens.js';

/** Small seeded generator so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MRZ_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';

function randomString(rand: () => number, length: number, alphabetOnly: boolean): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    s += alphabetOnly
      ? MRZ_ALPHABET.charAt(Math.floor(rand() * MRZ_ALPHABET.length))
      : String.fromCharCode(Math.floor(rand() * 256));
  }
  return s;
}

describe('parseMrz on garbage', () => {
  it('never throws on 2000 random inputs and stays coherent', () => {
    const rand = prng(9303);
    const lengths = [0, 1, 29, 30, 31, 36, 44, 90];
    for (let i = 0; i < 2000; i++) {
      const lineCount = Math.floor(rand() * 4) + 1;
      const alphabetOnly = rand() < 0.5;
      const lines = Array.from({ length: lineCount }, () => {
        const len = lengths[Math.floor(rand() * lengths.length)] ?? 30;
        return randomString(rand, len, alphabetOnly);
      });
      const r = parseMrz(lines);
      expect(['TD1', 'TD2', 'TD3', 'FR-ID', 'unknown']).toContain(r.format);
      if (r.ok) expect(r.failedFields).toEqual([]);
      if (r.format === 'unknown') expect(r.ok).toBe(false);
      if (!r.ok) expect(r.failedFields.length + r.problems.length).toBeGreaterThan(0);
    }
  });

  it('never throws on input that is not a list of strings', () => {
    for (const bad of [null, undefined, 42, 'I<UTO', [null, 3, {}], [Symbol('x')]]) {
      expect(parseMrz(bad as unknown as string[]).format).toBe('unknown');
    }
  });

  it('rejects random replacements of a check digit', () => {
    const rand = prng(44);
    const lines = MRZ_SPECIMENS['icao-td3'].lines;
    for (let i = 0; i < 200; i++) {
      const col = [9, 19, 27, 42, 43][Math.floor(rand() * 5)] ?? 9;
      const line2 = lines[1] ?? '';
      const original = line2.charAt(col);
      const replacement = MRZ_ALPHABET.charAt(Math.floor(rand() * MRZ_ALPHABET.length));
      if (replacement === original) continue;
      const r = parseMrz([lines[0] ?? '', line2.slice(0, col) + replacement + line2.slice(col + 1)]);
      expect(r.ok).toBe(false);
    }
  });
});

describe('the read pipeline on random bytes', () => {
  afterEach(() => vi.useRealTimers());

  it('survives 2000 random chunks and still reads a card afterwards', async () => {
    vi.useFakeTimers();
    const rand = prng(2026);
    const reader = new MockIdReader(silentLogger, { interLineTimeoutMs: 400 });
    const cards: IdCardEvent[] = [];
    const unreadable: IdUnreadableEvent[] = [];
    reader.on('card', (e) => cards.push(e));
    reader.on('unreadable', (e) => unreadable.push(e));
    await reader.open();
    for (let i = 0; i < 2000; i++) {
      const chunk = Buffer.from(randomString(rand, Math.floor(rand() * 64), rand() < 0.3), 'latin1');
      expect(() => reader.insertRaw(chunk)).not.toThrow();
      if (rand() < 0.1) vi.advanceTimersByTime(500);
    }
    vi.advanceTimersByTime(1000);
    cards.length = 0;
    const specimen = MRZ_SPECIMENS['mar-cnie-td1'].lines;
    reader.insertRaw(Buffer.from(`\r${specimen.join('\r')}\r`, 'latin1'));
    expect(cards).toHaveLength(1);
    expect(cards[0]?.result).toMatchObject({ ok: true, format: 'TD1' });
    expect(reader.status().state).toBe('ready');
  });
});
