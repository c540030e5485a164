// The staff screens' rules that need no screen: PIN typing, idle warning, search periods,
// office times and what the printer badge says.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, journalSearchRequest } from '../../../renderer/staff/journal-query.js';
import { erasePinDigit, pinComplete, pressPinDigit } from '../../../renderer/staff/pin-entry.js';
import { officeClock, officeDayOf, shiftDay } from '../../../renderer/staff/staff-format.js';
import { staffIdlePhase } from '../../../renderer/staff/staff-idle.js';
import { PRINTER_UNKNOWN, staffPrinterStateOf } from '../../../renderer/staff/staff-printer-state.js';

const printer = (state: 'ready' | 'busy' | 'warning' | 'fault' | 'offline' | 'closed', reason?: string) => ({
  id: 'printer', kind: 'printer' as const, driver: 'escpos', state, ...(reason ? { reason } : {}),
});

describe('PIN typing', () => {
  it('takes digits up to eight, erases the last, and is complete from four', () => {
    let pin = '';
    for (const digit of '123456789') pin = pressPinDigit(pin, digit);
    expect(pin).toBe('12345678');
    expect(pressPinDigit('12', 'a')).toBe('12');
    expect(erasePinDigit('246')).toBe('24');
    expect(pinComplete('246')).toBe(false);
    expect(pinComplete('2468')).toBe(true);
  });
});

describe('staff idle clock', () => {
  it('warns 20 s before the end and ends at idleSeconds', () => {
    const tap = 0;
    expect(staffIdlePhase(tap, 99_000, 120)).toEqual({ phase: 'active' });
    expect(staffIdlePhase(tap, 100_000, 120)).toEqual({ phase: 'warning', secondsLeft: 20 });
    expect(staffIdlePhase(tap, 119_500, 120)).toEqual({ phase: 'warning', secondsLeft: 1 });
    expect(staffIdlePhase(tap, 120_000, 120)).toEqual({ phase: 'ended' });
  });
});

describe('journal search request', () => {
  it('turns the period chips into office days, week and month counting today', () => {
    expect(journalSearchRequest(DEFAULT_FILTERS, '2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(journalSearchRequest({ ...DEFAULT_FILTERS, period: 'week' }, '2026-03-01')).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(journalSearchRequest({ ...DEFAULT_FILTERS, period: 'month' }, '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(journalSearchRequest({ ...DEFAULT_FILTERS, period: 'all' }, '2026-03-01')).toEqual({});
  });

  it('sends the number trimmed, the service, the state and the next page cursor', () => {
    const filters = { number: ' A-001 ', period: 'all' as const, service: 'local-taxes' as const, state: 'pending' as const };
    expect(journalSearchRequest(filters, '2026-03-01', 'c2')).toEqual({ number: 'A-001', service: 'local-taxes', state: 'pending', cursor: 'c2' });
  });
});

describe('office time', () => {
  it('shows a lock end and the day on the office clock, not the machine clock', () => {
    expect(officeClock('2026-11-26T09:15:00Z', 'Africa/Casablanca')).toBe('10:15');
    expect(officeClock('2026-11-26T09:15:00Z', 'UTC')).toBe('09:15');
    expect(officeDayOf(new Date('2026-11-26T23:30:00Z'), 'Africa/Casablanca')).toBe('2026-11-27');
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(officeClock('not a date', 'UTC')).toBe('not a date');
  });
});

describe('printer badge', () => {
  it('warns about a roll near its end and names what stops printing', () => {
    expect(staffPrinterStateOf(printer('warning', 'paper-near-end'), PRINTER_UNKNOWN)).toEqual({ paperNearEnd: true, problem: null });
    expect(staffPrinterStateOf(printer('fault', 'paper-out'), PRINTER_UNKNOWN)).toEqual({ paperNearEnd: false, problem: 'paper-out' });
    expect(staffPrinterStateOf(printer('offline'), PRINTER_UNKNOWN).problem).toBe('offline');
    expect(staffPrinterStateOf(printer('fault', 'cover-open'), PRINTER_UNKNOWN).problem).toBe('cover-open');
    const nearEnd = { paperNearEnd: true, problem: null };
    expect(staffPrinterStateOf(printer('busy'), nearEnd)).toBe(nearEnd);
    expect(staffPrinterStateOf(printer('ready'), nearEnd)).toEqual(PRINTER_UNKNOWN);
  });
});
