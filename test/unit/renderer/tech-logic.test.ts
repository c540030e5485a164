// The technician screens' rules that need no screen: the hidden gesture, what it opens, how
// ages and versions are put into words, and the two-second refresh of the device view.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeviceDiagnostics } from '../../../main/contract/kiosk-contract.js';
import { INITIAL_STAFF_MODE, staffModeReducer, type StaffModeState } from '../../../renderer/staff/staff-mode-state.js';
import { CornerTapCounter } from '../../../renderer/tech/corner-gesture.js';
import { devicesInOrder } from '../../../renderer/tech/devices-screen.js';
import { RefreshLoop } from '../../../renderer/tech/refresh-loop.js';
import { ageInUnits, chromiumFromUserAgent, officeTimeOfDay } from '../../../renderer/tech/tech-format.js';
import { formatOfficeDateTime } from '../../../renderer/i18n/locale-format.js';

const ATTEMPT = 'attempt_0123456789abcdef';

describe('hidden corner gesture', () => {
  const tapAt = (counter: CornerTapCounter, times: number[], inCorner = true) => times.map((at) => counter.tap(inCorner, at));

  it('opens on the fifth corner tap within three seconds, and starts over after', () => {
    const counter = new CornerTapCounter();
    expect(tapAt(counter, [0, 500, 1000, 1500, 2900])).toEqual([false, false, false, false, true]);
    expect(tapAt(counter, [3000, 3100, 3200, 3300])).toEqual([false, false, false, false]);
  });

  it('does not open when the five taps take longer than three seconds', () => {
    const counter = new CornerTapCounter();
    expect(tapAt(counter, [0, 1000, 2000, 3000, 3500])).toEqual([false, false, false, false, false]);
    // The late taps still count: a sixth one within the window of the last five opens it.
    expect(counter.tap(true, 3900)).toBe(true);
  });

  it('starts the count over when a tap lands elsewhere on the screen', () => {
    const counter = new CornerTapCounter();
    tapAt(counter, [0, 100, 200, 300]);
    expect(counter.tap(false, 400)).toBe(false);
    expect(counter.tap(true, 500)).toBe(false);
    expect(tapAt(counter, [600, 700, 800, 900])).toEqual([false, false, false, true]);
  });
});

describe('gesture in the staff mode state', () => {
  const gesture = (state: StaffModeState, result: Parameters<typeof staffModeReducer>[1] & { type: 'gesture' }) => staffModeReducer(state, result);

  it('opens a technician PIN keypad for the attempt main gave', () => {
    const next = gesture(INITIAL_STAFF_MODE, { type: 'gesture', result: { kind: 'pin', attemptId: ATTEMPT }, attractShown: true });
    expect(next.phase).toEqual({ phase: 'pin', attemptId: ATTEMPT, displayName: '', role: 'technician', gesture: true });
  });

  it('says when the gesture PIN is locked, and shows nothing at all when unavailable', () => {
    const locked = gesture(INITIAL_STAFF_MODE, { type: 'gesture', result: { kind: 'locked', until: '2026-11-26T10:15:00Z' }, attractShown: true });
    expect(locked.phase.phase).toBe('none');
    expect(locked.notice).toEqual({ kind: 'locked', until: '2026-11-26T10:15:00Z', gesture: true });
    expect(gesture(INITIAL_STAFF_MODE, { type: 'gesture', result: { kind: 'unavailable' }, attractShown: true })).toBe(INITIAL_STAFF_MODE);
  });

  it('is ignored once a citizen has started, or over a badge PIN screen', () => {
    expect(gesture(INITIAL_STAFF_MODE, { type: 'gesture', result: { kind: 'pin', attemptId: ATTEMPT }, attractShown: false })).toBe(INITIAL_STAFF_MODE);
    const badgePin = staffModeReducer(INITIAL_STAFF_MODE, {
      type: 'badge', attractShown: true, event: { kind: 'sign-in', attemptId: 'attempt_fedcba9876543210', displayName: 'Amina', role: 'staff' },
    });
    expect(gesture(badgePin, { type: 'gesture', result: { kind: 'pin', attemptId: ATTEMPT }, attractShown: true })).toBe(badgePin);
  });

  it('signs the technician in from the gesture PIN like from a badge', () => {
    const pin = gesture(INITIAL_STAFF_MODE, { type: 'gesture', result: { kind: 'pin', attemptId: ATTEMPT }, attractShown: true });
    const session = staffModeReducer(pin, {
      type: 'signed-in',
      verdict: { kind: 'ok', staffToken: 'token_0123456789abcdef', account: { displayName: 'Youssef Alami', role: 'technician' }, idleSeconds: 120 },
    });
    expect(session.phase).toEqual({ phase: 'session', session: { staffToken: 'token_0123456789abcdef', displayName: 'Youssef Alami', role: 'technician', idleSeconds: 120 } });
  });
});

describe('technician words', () => {
  it('gives an age in its largest whole unit', () => {
    expect(ageInUnits(0)).toEqual({ unit: 'seconds', count: 0 });
    expect(ageInUnits(59)).toEqual({ unit: 'seconds', count: 59 });
    expect(ageInUnits(125)).toEqual({ unit: 'minutes', count: 2 });
    expect(ageInUnits(3 * 3600 + 5)).toEqual({ unit: 'hours', count: 3 });
    expect(ageInUnits(5 * 86400)).toEqual({ unit: 'days', count: 5 });
  });

  it('finds Chromium in the page user agent', () => {
    expect(chromiumFromUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36')).toBe('131.0.6778.33');
    expect(chromiumFromUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBeNull();
  });

  it('puts times on the office clock whatever the machine zone', () => {
    expect(officeTimeOfDay('2026-11-26T09:05:07Z', 'Africa/Casablanca')).toBe('10:05:07');
    // In the screen's language, never as an ISO date; digits Western in Arabic too.
    expect(formatOfficeDateTime('2026-11-26T23:30:00Z', 'Africa/Casablanca', 'fr')).toBe('27 novembre 2026 à 00:30');
    expect(formatOfficeDateTime('2026-11-26T23:30:00Z', 'Africa/Casablanca', 'ar')).toMatch(/^27 نونبر 2026.* 00:30$/);
    expect(officeTimeOfDay('not a date', 'UTC')).toBe('not a date');
  });

  it('lists devices that need a technician first', () => {
    const device = (id: string, state: DeviceDiagnostics['state']): DeviceDiagnostics => ({
      id, kind: 'printer', driver: 'escpos', address: 'simulated', state, lastEventAt: null, counters: { reads: 0, prints: 0, errors: 0 }, lastError: null,
    });
    const order = devicesInOrder([device('a', 'ready'), device('b', 'offline'), device('c', 'closed'), device('d', 'fault')]).map((d) => d.id);
    expect(order).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('refresh loop', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads at once, then again after each interval, and stops when the screen closes', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const seen: number[] = [];
    const loop = new RefreshLoop<number>({ load: () => Promise.resolve(++calls), onData: (n) => seen.push(n), onError: () => {} }, 2000);
    loop.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([1]);
    await vi.advanceTimersByTimeAsync(2000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen).toEqual([1, 2, 3]);
    loop.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('keeps one request at a time, reports failures and goes on refreshing', async () => {
    vi.useFakeTimers();
    const pending: ((n: number) => void)[] = [];
    let fail = true;
    const seen: string[] = [];
    const loop = new RefreshLoop<number>(
      {
        load: () => (fail ? Promise.reject(new Error('down')) : new Promise<number>((resolve) => pending.push(resolve))),
        onData: (n) => seen.push(`data ${n}`),
        onError: () => seen.push('error'),
      },
      2000,
    );
    loop.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(['error']);
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    // A refresh press while a request is out queues one more, not a second request now.
    loop.refreshNow();
    loop.refreshNow();
    expect(pending).toHaveLength(1);
    pending[0]?.(7);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(['error', 'data 7']);
    expect(pending).toHaveLength(2);
    loop.stop();
    pending[1]?.(8);
    await vi.advanceTimersByTimeAsync(0);
    // Dropped: the screen was closed before the answer came.
    expect(seen).toEqual(['error', 'data 7']);
  });
});
