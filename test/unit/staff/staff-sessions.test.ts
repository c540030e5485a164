// The one staff session: its token opens every staff request until the clerk signs out, goes
// idle, or another clerk signs in; after that the token is refused as 'staff-session-ended'.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MockBadgeReader } from '../../../hardware/badge-reader/badge-reader-mock.js';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import { type StaffBadgeEvent, type StaffSessionEndReason, staffTokenSchema } from '../../../main/contract/kiosk-contract.js';
import { hashPin } from '../../../main/staff/pin-hash.js';
import { type StaffAccount, StaffAuthenticator } from '../../../main/staff/staff-authenticator.js';
import { staffConfigSchema } from '../../../main/staff/staff-config-schema.js';
import { type StaffAuditEntry, StaffModeService } from '../../../main/staff/staff-mode-service.js';
import { type StaffSessionEnd, StaffSessions } from '../../../main/staff/staff-sessions.js';

const CLERK: StaffAccount = { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff' };
const TECH: StaffAccount = { id: 'tech-01', displayName: 'Youssef T.', role: 'technician' };

let ended: Array<[string, StaffSessionEnd]>;
let sessions: StaffSessions;

beforeEach(() => {
  vi.useFakeTimers();
  ended = [];
  sessions = new StaffSessions({ idleSeconds: 120, onEnded: (s, reason) => ended.push([s.account.id, reason]) });
});

afterEach(() => {
  sessions.close();
  vi.useRealTimers();
});

function refusal(token: string): unknown {
  try {
    sessions.use(token);
    return undefined;
  } catch (err) {
    return err;
  }
}

describe('staff sessions', () => {
  it('gives each sign-in a fresh token the contract accepts', () => {
    const a = sessions.start(CLERK);
    sessions.end(a.token, 'signed-out');
    const b = sessions.start(CLERK);
    expect(staffTokenSchema.safeParse(a.token).success).toBe(true);
    expect(staffTokenSchema.safeParse(b.token).success).toBe(true);
    expect(b.token).not.toBe(a.token);
  });

  it('accepts the token until sign-out, then refuses it as staff-session-ended', () => {
    const s = sessions.start(CLERK);
    expect(sessions.use(s.token).account).toEqual(CLERK);
    expect(sessions.end(s.token, 'signed-out')).toBe(true);
    expect(refusal(s.token)).toMatchObject({ code: 'staff-session-ended' });
    expect(sessions.end(s.token, 'signed-out')).toBe(false);
    expect(ended).toEqual([['clerk-01', 'signed-out']]);
  });

  it('refuses a token it never gave', () => {
    sessions.start(CLERK);
    expect(refusal('AAAAAAAAAAAAAAAAAAAAAAAA')).toMatchObject({ code: 'staff-session-ended' });
  });

  it('ends by itself after the idle time without requests', () => {
    const s = sessions.start(CLERK);
    vi.advanceTimersByTime(119_000);
    expect(ended).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(ended).toEqual([['clerk-01', 'idle']]);
    expect(refusal(s.token)).toMatchObject({ code: 'staff-session-ended' });
    expect(sessions.current()).toBeUndefined();
  });

  it('counts the idle time from the last request', () => {
    const s = sessions.start(CLERK);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(100_000);
      sessions.use(s.token);
    }
    expect(ended).toEqual([]);
    vi.advanceTimersByTime(120_000);
    expect(ended).toEqual([['clerk-01', 'idle']]);
  });

  it('does not revive a session that ended while a print was running', () => {
    const s = sessions.start(CLERK);
    sessions.end(s.token, 'signed-out');
    expect(sessions.touch(s.token)).toBe(false);
    expect(refusal(s.token)).toMatchObject({ code: 'staff-session-ended' });
  });

  it('keeps one session at a time: a new sign-in replaces the previous one', () => {
    const first = sessions.start(CLERK);
    const second = sessions.start(TECH);
    expect(refusal(first.token)).toMatchObject({ code: 'staff-session-ended' });
    expect(sessions.use(second.token).account).toEqual(TECH);
    expect(ended).toEqual([['clerk-01', 'replaced']]);
    // The replaced session's idle timer does not end the new one.
    vi.advanceTimersByTime(60_000);
    sessions.use(second.token);
    vi.advanceTimersByTime(100_000);
    expect(sessions.current()?.account).toEqual(TECH);
  });

  it('tells every subscriber of each end, a replaced session too, until it unsubscribes', () => {
    const seen: Array<[string, StaffSessionEnd]> = [];
    const off = sessions.onEnded((s, reason) => seen.push([s.account.id, reason]));
    const first = sessions.start(CLERK);
    const second = sessions.start(TECH);
    expect(seen).toEqual([['clerk-01', 'replaced']]);
    expect(first.token).not.toBe(second.token);
    vi.advanceTimersByTime(120_000);
    expect(seen).toEqual([['clerk-01', 'replaced'], ['tech-01', 'idle']]);
    off();
    sessions.end(sessions.start(CLERK).token, 'signed-out');
    expect(seen).toHaveLength(2);
    expect(ended.at(-1)).toEqual(['clerk-01', 'signed-out']);
  });
});

describe('the staff mode ending an idle session', () => {
  it('tells the screen the session ended for idleness and writes it to the audit trail', async () => {
    vi.useRealTimers();
    const dir = await mkdtemp(path.join(tmpdir(), 'borne-staff-idle-'));
    const config = staffConfigSchema.parse({
      accounts: [{ id: 'clerk-01', displayName: 'Khadija B.', role: 'staff', badgeId: '0F00A1B2C3', pinHash: await hashPin('8024', { N: 1024, r: 8, p: 1 }) }],
      sessionIdleSeconds: 30,
    });
    const auth = await StaffAuthenticator.open({ config, dataDir: dir, logger: silentLogger });
    const reader = new MockBadgeReader(silentLogger);
    await reader.open();
    const badges: StaffBadgeEvent[] = [];
    const ends: StaffSessionEndReason[] = [];
    const audit: StaffAuditEntry[] = [];
    const staff = new StaffModeService({
      auth,
      badgeReader: reader,
      citizenPresent: () => false,
      events: { badge: (e) => badges.push(e), sessionEnded: (r) => ends.push(r) },
      audit: { append: async (e) => audit.push(e) },
      idleSeconds: config.sessionIdleSeconds,
      logger: { ...silentLogger, error: () => undefined },
    });
    try {
      staff.start();
      reader.present('0F00A1B2C3');
      await staff.settled();
      const [badge] = badges;
      if (badge?.kind !== 'sign-in') throw new Error(`expected a sign-in, got ${JSON.stringify(badges)}`);
      // From the sign-in on, the idle clock is the test's.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const verdict = await staff.verifyPin(badge.attemptId, '8024');
      expect(verdict).toMatchObject({ kind: 'ok', idleSeconds: 30 });
      if (verdict.kind !== 'ok') return;
      vi.advanceTimersByTime(20_000);
      expect(await staff.verifyPin(badge.attemptId, '8024')).toEqual({ kind: 'expired' });
      staff.sessions.use(verdict.staffToken); // a request: the idle time starts again
      vi.advanceTimersByTime(29_000);
      expect(ends).toEqual([]);
      vi.advanceTimersByTime(1_000);
      expect(ends).toEqual(['idle']);
      await staff.settled();
      expect(audit.map((e) => [e.account, e.action, e.outcome])).toEqual([
        ['clerk-01', 'sign-in', 'ok'],
        ['clerk-01', 'sign-out', 'idle'],
      ]);
      expect(staff.sessions.current()).toBeUndefined();
    } finally {
      staff.close();
      await auth.close();
      await reader.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
