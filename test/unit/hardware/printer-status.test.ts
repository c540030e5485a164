import { describe, expect, it } from 'vitest';
import {
  blockingReason,
  decodeStatusAnswers,
  decodeStatusByte,
  emptyCondition,
  encodeStatusByte,
  isValidStatusByte,
  statusRequestBytes,
  type PrinterCondition,
} from '../../../hardware/printer/printer-status.js';

describe('DLE EOT status', () => {
  it('asks with 10 04 n', () => {
    expect([...statusRequestBytes(1)]).toEqual([0x10, 0x04, 0x01]);
    expect([...statusRequestBytes(4)]).toEqual([0x10, 0x04, 0x04]);
  });

  it('accepts only bytes with bits 1 and 4 set and bits 0 and 7 clear', () => {
    expect(isValidStatusByte(0x12)).toBe(true);
    expect(isValidStatusByte(0x7e)).toBe(true);
    for (const bad of [0x00, 0x13, 0x92, 0x10, 0x02, 0xff]) expect(isValidStatusByte(bad)).toBe(false);
    expect(decodeStatusByte(1, 0xff)).toBeUndefined();
  });

  it('n=1 bit 3 is offline', () => {
    expect(decodeStatusByte(1, 0x12)).toEqual({ offline: false });
    expect(decodeStatusByte(1, 0x1a)).toEqual({ offline: true });
  });

  it('n=2 bit 2 cover open, bit 5 stopped at paper end, bit 6 error', () => {
    expect(decodeStatusByte(2, 0x12)).toEqual({ coverOpen: false, paperOut: false, error: false });
    expect(decodeStatusByte(2, 0x16)).toEqual({ coverOpen: true, paperOut: false, error: false });
    expect(decodeStatusByte(2, 0x32)).toEqual({ coverOpen: false, paperOut: true, error: false });
    expect(decodeStatusByte(2, 0x52)).toEqual({ coverOpen: false, paperOut: false, error: true });
  });

  it('n=3 bit 3 cutter error, bit 5 unrecoverable', () => {
    expect(decodeStatusByte(3, 0x12)).toEqual({ cutterError: false, unrecoverable: false });
    expect(decodeStatusByte(3, 0x1a)).toEqual({ cutterError: true, unrecoverable: false });
    expect(decodeStatusByte(3, 0x32)).toEqual({ cutterError: false, unrecoverable: true });
  });

  it('n=4 bits 2-3 paper near end, bits 5-6 paper out', () => {
    expect(decodeStatusByte(4, 0x12)).toEqual({ paperNearEnd: false, paperOut: false });
    expect(decodeStatusByte(4, 0x1e)).toEqual({ paperNearEnd: true, paperOut: false });
    expect(decodeStatusByte(4, 0x72)).toEqual({ paperNearEnd: false, paperOut: true });
  });

  it('merges answers and names the reason a print cannot start', () => {
    const c = decodeStatusAnswers([
      { n: 1, byte: 0x1a },
      { n: 2, byte: 0x32 },
      { n: 4, byte: 0x7e },
    ]);
    expect(c).toMatchObject({ offline: true, paperOut: true, paperNearEnd: true, coverOpen: false });
    expect(blockingReason(c)).toBe('paper-out');
    expect(blockingReason({ ...emptyCondition(), coverOpen: true, offline: true })).toBe('cover-open');
    expect(blockingReason({ ...emptyCondition(), cutterError: true, error: true })).toBe('cutter-error');
    expect(blockingReason({ ...emptyCondition(), error: true })).toBe('error');
    expect(blockingReason({ ...emptyCondition(), offline: true })).toBe('offline');
    expect(blockingReason({ ...emptyCondition(), paperNearEnd: true })).toBeUndefined();
  });

  it('answers a simulated condition with bytes that decode back to it', () => {
    const flags: Array<keyof PrinterCondition> = ['offline', 'coverOpen', 'paperNearEnd', 'paperOut', 'cutterError', 'unrecoverable'];
    for (const flag of flags) {
      const c = { ...emptyCondition(), [flag]: true };
      const answers = ([1, 2, 3, 4] as const).map((n) => ({ n, byte: encodeStatusByte(n, c) }));
      for (const a of answers) expect(isValidStatusByte(a.byte)).toBe(true);
      expect(decodeStatusAnswers(answers)[flag]).toBe(true);
    }
    const ok = ([1, 2, 3, 4] as const).map((n) => ({ n, byte: encodeStatusByte(n, emptyCondition()) }));
    expect(decodeStatusAnswers(ok)).toEqual(emptyCondition());
  });
});
