// Which staff screen the kiosk shows after each badge, verdict and session end.
import { describe, expect, it } from 'vitest';
import { INITIAL_STAFF_MODE, staffModeReducer, type StaffModeAction, type StaffModeState } from '../../../renderer/staff/staff-mode-state.js';

const ATTEMPT = 'attempt_0123456789abcdef';
const signIn: StaffModeAction = {
  type: 'badge',
  attractShown: true,
  event: { kind: 'sign-in', attemptId: ATTEMPT, displayName: 'Amina Idrissi', role: 'staff' },
};
const ok: StaffModeAction = {
  type: 'signed-in',
  verdict: { kind: 'ok', staffToken: 'token_0123456789abcdef', account: { displayName: 'Amina Idrissi', role: 'staff' }, idleSeconds: 120 },
};
const run = (...actions: StaffModeAction[]): StaffModeState => actions.reduce(staffModeReducer, INITIAL_STAFF_MODE);

describe('staff mode state', () => {
  it('opens the PIN screen for a known badge on the attract screen, then the session on a good PIN', () => {
    const pin = run(signIn);
    expect(pin.phase).toEqual({ phase: 'pin', attemptId: ATTEMPT, displayName: 'Amina Idrissi', role: 'staff' });
    const session = staffModeReducer(pin, ok);
    expect(session.phase).toEqual({
      phase: 'session',
      session: { staffToken: 'token_0123456789abcdef', displayName: 'Amina Idrissi', role: 'staff', idleSeconds: 120 },
    });
  });

  it('ignores a badge while a citizen is served and while a clerk is signed in', () => {
    expect(run({ ...signIn, attractShown: false })).toEqual(INITIAL_STAFF_MODE);
    const session = run(signIn, ok);
    expect(staffModeReducer(session, { ...signIn, event: { kind: 'unknown' } })).toBe(session);
    expect(staffModeReducer(session, signIn)).toBe(session);
  });

  it('shows locked, unknown and unreadable badges as notices, each one restarting the timer', () => {
    const locked = run({ type: 'badge', attractShown: true, event: { kind: 'locked', until: '2026-11-26T10:15:00Z' } });
    expect(locked.phase.phase).toBe('none');
    expect(locked.notice).toEqual({ kind: 'locked', until: '2026-11-26T10:15:00Z' });
    const again = staffModeReducer(locked, { type: 'badge', attractShown: true, event: { kind: 'unreadable' } });
    expect(again.notice).toEqual({ kind: 'unreadable' });
    expect(again.noticeSerial).toBeGreaterThan(locked.noticeSerial);
    // The timer of the first notice must not clear the second.
    expect(staffModeReducer(again, { type: 'notice-expired', serial: locked.noticeSerial }).notice).toEqual({ kind: 'unreadable' });
    expect(staffModeReducer(again, { type: 'notice-expired', serial: again.noticeSerial }).notice).toBeNull();
  });

  it('starts over with a new attempt when another badge is presented on the PIN screen', () => {
    const second = staffModeReducer(run(signIn), { ...signIn, event: { kind: 'sign-in', attemptId: 'attempt_fedcba9876543210', displayName: 'Youssef Alami', role: 'technician' } });
    expect(second.phase).toMatchObject({ phase: 'pin', attemptId: 'attempt_fedcba9876543210', displayName: 'Youssef Alami' });
  });

  it('goes back to the attract screen with a notice when the session ends, and when the PIN screen closes', () => {
    const ended = staffModeReducer(run(signIn, ok), { type: 'session-ended', reason: 'idle' });
    expect(ended.phase.phase).toBe('none');
    expect(ended.notice).toEqual({ kind: 'session-ended', reason: 'idle' });
    expect(staffModeReducer(run(signIn), { type: 'pin-closed' }).phase.phase).toBe('none');
    // A session-ended event for a session already closed on screen changes nothing.
    expect(staffModeReducer(ended, { type: 'session-ended', reason: 'signed-out' })).toBe(ended);
  });
});
