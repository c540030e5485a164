import { describe, expect, it } from 'vitest';
import { Code128Error, code128CheckValue, code128Modules, code128Values, code128Width } from '../../../hardware/printer/code128.js';

describe('Code 128 set B', () => {
  it('computes the modulo 103 check symbol', () => {
    // Start B (104) + 'A' (33) x 1 = 137; 137 mod 103 = 34.
    expect(code128Values('A')).toEqual([104, 33, 34, 106]);
    // 104 + 'P'(48)x1 + 'J'(42)x2 + 'J'(42)x3 + '1'(17)x4 + '2'(18)x5 + '3'(19)x6 + 'C'(35)x7 = 879; 879 mod 103 = 55.
    expect(code128CheckValue([104, 48, 42, 42, 17, 18, 19, 35])).toBe(55);
    expect(code128Values('PJJ123C').at(-2)).toBe(55);
  });

  it('draws the standard start B, stop and letter patterns', () => {
    const m = code128Modules('A');
    expect(m.slice(0, 6).join('')).toBe('211214');
    expect(m.slice(6, 12).join('')).toBe('111323');
    expect(m.slice(-7).join('')).toBe('2331112');
    // 3 symbols of 11 modules, the stop of 13, quiet zones of 10 on each side.
    expect(code128Width('A')).toBe(3 * 11 + 13 + 20);
  });

  it('refuses what set B cannot hold', () => {
    expect(() => code128Values('')).toThrow(Code128Error);
    expect(() => code128Values('é')).toThrow(/printable ASCII/);
    expect(() => code128Values('x'.repeat(61))).toThrow(/at most/);
  });
});
