// Main owns the citizen's visit: the idle limits are enforced here too, on main's clock, so a
// frozen or vanished page cannot keep a visit (and the staff lock-out it means) alive.
import { describe, expect, it } from 'vitest';
import { MAX_HOLD_MS, SessionService, type VisitEndReason } from '../../../main/services/session-service.js';

const LIMITS = { warningAfterSeconds: 30, resetAfterWarningSeconds: 20, resultScreenSeconds: 8, marginSeconds: 15 };
/** 30 s + 20 s on screen, then main's 15 s margin. */
const LIMIT_MS = 65_000;

function serviceWithClock() {
  let nowMs = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sessions = new SessionService(() => new Date(nowMs), LIMITS);
  const ended: Array<{ sessionId: string; reason: VisitEndReason }> = [];
  sessions.onEnded((sessionId, reason) => ended.push({ sessionId, reason }));
  return { sessions, ended, advance: (ms: number) => (nowMs += ms) };
}

describe('SessionService: the visit in main', () => {
  it('ends a visit nobody touches once the idle limit and the margin have passed, and wipes it', () => {
    const { sessions, ended, advance } = serviceWithClock();
    const s = sessions.start('fr');
    s.identityView = { method: 'card-number', documentKind: 'id-card', maskedNumber: 'BE****56', surname: 'BENALI', birthDate: '1974-08-12' };
    advance(LIMIT_MS - 1);
    expect(sessions.expireIfInactive()).toBeUndefined();
    expect(sessions.isActive(s.id)).toBe(true);
    advance(1);
    expect(sessions.expireIfInactive()).toBe(s.id);
    expect(sessions.current()).toBeUndefined();
    expect(s.identityView).toBeNull();
    expect(s.signal.aborted).toBe(true);
    expect(ended).toEqual([{ sessionId: s.id, reason: 'no-activity' }]);
  });

  it('counts each touch report from the page as activity', () => {
    const { sessions, advance } = serviceWithClock();
    const s = sessions.start('ar');
    advance(60_000);
    sessions.touch(s.id, { slowTimings: false });
    advance(LIMIT_MS - 1);
    expect(sessions.expireIfInactive()).toBeUndefined();
    advance(1);
    expect(sessions.expireIfInactive()).toBe(s.id);
  });

  it('doubles the screen part of the limit while the page is in speak mode', () => {
    const { sessions, advance } = serviceWithClock();
    const s = sessions.start('ar');
    sessions.touch(s.id, { slowTimings: true });
    advance(2 * 50_000 + 15_000 - 1);
    expect(sessions.expireIfInactive()).toBeUndefined();
    advance(1);
    expect(sessions.expireIfInactive()).toBe(s.id);
  });

  it('never ends a visit while main is working for it; the answer restarts the count', () => {
    const { sessions, advance } = serviceWithClock();
    const s = sessions.start('fr');
    const release = sessions.hold(s.id);
    advance(5 * LIMIT_MS);
    expect(sessions.expireIfInactive()).toBeUndefined();
    release();
    advance(LIMIT_MS - 1);
    expect(sessions.expireIfInactive()).toBeUndefined();
    advance(1);
    expect(sessions.expireIfInactive()).toBe(s.id);
  });

  it('a request that never answers holds the visit for MAX_HOLD_MS at most', () => {
    const { sessions, advance } = serviceWithClock();
    const s = sessions.start('fr');
    sessions.hold(s.id);
    advance(MAX_HOLD_MS - 1);
    expect(sessions.expireIfInactive()).toBeUndefined();
    advance(1);
    expect(sessions.expireIfInactive()).toBe(s.id);
  });

  it("ignores another visit's touches and holds", () => {
    const { sessions, advance } = serviceWithClock();
    const first = sessions.start('fr');
    const second = sessions.start('fr');
    const release = sessions.hold(first.id);
    sessions.touch(first.id, { slowTimings: true });
    advance(LIMIT_MS);
    expect(sessions.expireIfInactive()).toBe(second.id);
    release();
  });

  it('ends whatever visit is live when the page reloads, with the reason', () => {
    const { sessions, ended } = serviceWithClock();
    expect(sessions.endCurrent('page-loaded')).toBe(false);
    const s = sessions.start('en');
    expect(sessions.endCurrent('page-loaded')).toBe(true);
    expect(sessions.isActive(s.id)).toBe(false);
    expect(ended).toEqual([{ sessionId: s.id, reason: 'page-loaded' }]);
  });

  it('has no limit of its own when none is configured (unit fixtures)', () => {
    let nowMs = 0;
    const sessions = new SessionService(() => new Date(nowMs));
    const s = sessions.start('fr');
    nowMs += 24 * 3600_000;
    expect(sessions.expireIfInactive()).toBeUndefined();
    expect(sessions.isActive(s.id)).toBe(true);
  });
});
