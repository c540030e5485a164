import { describe, expect, it } from 'vitest';
import {
  blockingReason,
  decodeStatusAnswers,
  decodeStatusByte,
  describeCondition,
  emptyCondition,
  encodeStatusByte,
  isValidStatusByte,
  statusRequestBytes,
  type PrinterCondition,
  type StatusRequest,
} from '../../../hardware/printer/printer-status.js';

// The Epson real-time status tables, one line per variable bit: what each bit set alone means.
const MEANING: Record<StatusRequest, Partial<Record<number, keyof PrinterCondition>>> = {
  1: { 2: 'drawerPinHigh', 3: 'offline', 5: 'waitingOnlineRecovery', 6: 'feedButtonPressed' },
  2: { 2: 'coverOpen', 3: 'feedingByButton', 5: 'paperOut', 6: 'error' },
  3: { 2: 'recoverableError', 3: 'cutterError', 5: 'unrecoverable', 6: 'autoRecoverableError' },
  4: { 2: 'paperNearEnd', 3: 'paperNearEnd', 5: 'paperOut', 6: 'paperOut' },
};
const FIXED_ON = [1, 4];
const FIXED_OFF = [0, 7];
const REQUESTS: StatusRequest[] = [1, 2, 3, 4];

function raised(part: Partial<PrinterCondition> | undefined): string[] {
  return Object.entries(part ?? {})
    .filter(([, v]) => v)
    .map(([k]) => k)
    .sort();
}

describe('DLE EOT request', () => {
  it('asks with 10 04 n', () => {
    for (const n of REQUESTS) expect([...statusRequestBytes(n)]).toEqual([0x10, 0x04, n]);
  });
});

describe('DLE EOT answer: fixed bits', () => {
  it('0x12 (bits 1 and 4 only) is a valid answer meaning all is well, for every n', () => {
    for (const n of REQUESTS) {
      const part = decodeStatusByte(n, 0x12);
      expect(part).toBeDefined();
      expect(raised(part)).toEqual([]);
    }
  });

  it('exactly the 16 bytes with bits 1 and 4 set and bits 0 and 7 clear are answers', () => {
    const expected: number[] = [];
    for (const b2 of [0, 0x04]) for (const b3 of [0, 0x08]) for (const b5 of [0, 0x20]) for (const b6 of [0, 0x40]) expected.push(0x12 | b2 | b3 | b5 | b6);
    const valid = Array.from({ length: 256 }, (_, b) => b).filter(isValidStatusByte);
    expect(valid).toEqual(expected.sort((a, b) => a - b));
  });

  for (const bit of FIXED_ON) {
    it(`a byte with fixed bit ${bit} clear is not an answer (noise, echo, a print byte)`, () => {
      const b = 0x12 & ~(1 << bit);
      expect(isValidStatusByte(b)).toBe(false);
      for (const n of REQUESTS) expect(decodeStatusByte(n, b)).toBeUndefined();
    });
  }

  for (const bit of FIXED_OFF) {
    it(`a byte with fixed bit ${bit} set is not an answer`, () => {
      const b = 0x12 | (1 << bit);
      expect(isValidStatusByte(b)).toBe(false);
      for (const n of REQUESTS) expect(decodeStatusByte(n, b)).toBeUndefined();
    });
  }

  it('an invalid byte raises nothing when merged with good answers', () => {
    const c = decodeStatusAnswers([
      { n: 2, byte: 0xff },
      { n: 4, byte: 0x12 },
    ]);
    expect(c).toEqual(emptyCondition());
  });
});

describe('DLE EOT answer: every variable bit set alone', () => {
  for (const n of REQUESTS) {
    for (const bit of [2, 3, 5, 6]) {
      const flag = MEANING[n][bit];
      it(`n=${n} bit ${bit} (0x${(0x12 | (1 << bit)).toString(16)}) means ${flag}`, () => {
        const part = decodeStatusByte(n, 0x12 | (1 << bit));
        expect(raised(part)).toEqual([flag]);
      });
    }
  }

  it('n=4 near end and paper end read on either of their two bits, and together', () => {
    expect(raised(decodeStatusByte(4, 0x1e))).toEqual(['paperNearEnd']);
    expect(raised(decodeStatusByte(4, 0x72))).toEqual(['paperOut']);
    expect(raised(decodeStatusByte(4, 0x7e))).toEqual(['paperNearEnd', 'paperOut']);
  });

  it('all four variable bits at once raise all four meanings', () => {
    expect(raised(decodeStatusByte(1, 0x7e))).toEqual(['drawerPinHigh', 'feedButtonPressed', 'offline', 'waitingOnlineRecovery']);
    expect(raised(decodeStatusByte(2, 0x7e))).toEqual(['coverOpen', 'error', 'feedingByButton', 'paperOut']);
    expect(raised(decodeStatusByte(3, 0x7e))).toEqual(['autoRecoverableError', 'cutterError', 'recoverableError', 'unrecoverable']);
  });
});

describe('what the kiosk does with a condition', () => {
  it('names the reason a print cannot start, most specific first', () => {
    const c = decodeStatusAnswers([
      { n: 1, byte: 0x1a },
      { n: 2, byte: 0x32 },
      { n: 4, byte: 0x7e },
    ]);
    expect(c).toMatchObject({ offline: true, paperOut: true, paperNearEnd: true, coverOpen: false });
    expect(blockingReason(c)).toBe('paper-out');
    const only = (flag: keyof PrinterCondition): PrinterCondition => ({ ...emptyCondition(), [flag]: true });
    expect(blockingReason({ ...only('coverOpen'), offline: true })).toBe('cover-open');
    expect(blockingReason({ ...only('cutterError'), error: true })).toBe('cutter-error');
    expect(blockingReason(only('unrecoverable'))).toBe('error');
    expect(blockingReason(only('recoverableError'))).toBe('error');
    expect(blockingReason(only('autoRecoverableError'))).toBe('error');
    expect(blockingReason(only('error'))).toBe('error');
    expect(blockingReason(only('offline'))).toBe('offline');
    // Warnings and buttons do not stop a print.
    for (const f of ['paperNearEnd', 'feedButtonPressed', 'feedingByButton', 'drawerPinHigh', 'waitingOnlineRecovery'] as const) {
      expect(blockingReason(only(f))).toBeUndefined();
    }
  });

  it('describes a condition in technician words', () => {
    expect(describeCondition(emptyCondition())).toBe('ok');
    expect(describeCondition({ ...emptyCondition(), paperNearEnd: true })).toBe('paper near end');
    expect(describeCondition({ ...emptyCondition(), paperOut: true, paperNearEnd: true, offline: true })).toBe('paper out');
    expect(describeCondition({ ...emptyCondition(), offline: true })).toBe('offline');
    expect(describeCondition({ ...emptyCondition(), unrecoverable: true, error: true, offline: true })).toBe('unrecoverable error');
  });

  it('the simulator answers each condition with bytes that decode back to it', () => {
    const flags: Array<keyof PrinterCondition> = [
      'offline',
      'coverOpen',
      'paperNearEnd',
      'paperOut',
      'cutterError',
      'unrecoverable',
      'recoverableError',
      'autoRecoverableError',
      'feedButtonPressed',
      'feedingByButton',
    ];
    for (const flag of flags) {
      const c = { ...emptyCondition(), [flag]: true };
      const answers = REQUESTS.map((n) => ({ n, byte: encodeStatusByte(n, c) }));
      for (const a of answers) expect(isValidStatusByte(a.byte)).toBe(true);
      expect(decodeStatusAnswers(answers)[flag]).toBe(true);
    }
    const ok = REQUESTS.map((n) => ({ n, byte: encodeStatusByte(n, emptyCondition()) }));
    expect(decodeStatusAnswers(ok)).toEqual(emptyCondition());
  });
});
