import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../../main/office/backoff.js';

const policy = { baseMs: 1000, capMs: 60_000 };

describe('outbox retry spacing', () => {
  it('doubles after each failure, from half to all of each step', () => {
    const low = [1, 2, 3, 4, 5].map((n) => backoffDelayMs(n, policy, () => 0));
    const high = [1, 2, 3, 4, 5].map((n) => backoffDelayMs(n, policy, () => 1));
    expect(low).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(high).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('never waits longer than the cap, even after a week of outage', () => {
    for (const n of [7, 10, 50, 1000, 1e9]) expect(backoffDelayMs(n, policy, () => 1)).toBe(60_000);
    expect(backoffDelayMs(1000, policy, () => 0)).toBe(30_000);
  });

  it('spreads kiosks that failed at the same moment', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const delays = Array.from({ length: 40 }, () => backoffDelayMs(4, policy, random));
    expect(new Set(delays).size).toBeGreaterThan(30);
    for (const d of delays) {
      expect(d).toBeGreaterThanOrEqual(4000);
      expect(d).toBeLessThanOrEqual(8000);
    }
  });
});
