// The gesture's keypad on its own: attempts expire, a lock that ran out starts the count afresh.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PinAttemptStore } from '../../../main/staff/pin-attempt-store.js';
import { hashPin } from '../../../main/staff/pin-hash.js';
import type { StaffAccount } from '../../../main/staff/staff-authenticator.js';
import { staffConfigSchema, type StaffConfig } from '../../../main/staff/staff-config-schema.js';
import { StaffSessions } from '../../../main/staff/staff-sessions.js';
import { TechnicianGesture } from '../../../main/staff/technician-gesture.js';

const FAST = { N: 1024, r: 8, p: 1 };
let config: StaffConfig;
let dir: string;
let store: PinAttemptStore;
let sessions: StaffSessions;
let clock: number;
let audit: Array<[string | null, string, string | null]>;

beforeAll(async () => {
  config = staffConfigSchema.parse({
    accounts: [{ id: 'tech-01', displayName: 'Youssef T.', role: 'technician', badgeId: '1234567890', pinHash: await hashPin('1357', FAST) }],
    pinLockout: { maxAttempts: 3, lockMinutes: 10 },
  });
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-gesture-'));
  store = await PinAttemptStore.open(dir);
  sessions = new StaffSessions({ idleSeconds: 60, onEnded: () => {} });
  clock = Date.parse('2026-11-26T09:00:00Z');
  audit = [];
});

afterEach(async () => {
  sessions.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

function gesture(staffConfig = config, citizen = false): TechnicianGesture {
  return new TechnicianGesture({
    config: staffConfig,
    store,
    staff: {
      sessions,
      audit: async (account: StaffAccount | null, action, _target, outcome) => {
        audit.push([account?.id ?? null, action, outcome]);
      },
    },
    citizenPresent: () => citizen,
    idleSeconds: 60,
    logger: { info: () => {}, warn: () => {} },
    now: () => clock,
    signInMs: 30_000,
  });
}

async function attempt(g: TechnicianGesture): Promise<string> {
  const r = await g.signIn();
  if (r.kind !== 'pin') throw new Error(`expected a keypad, got ${r.kind}`);
  return r.attemptId;
}

describe('technician gesture', () => {
  it('lets a keypad left open expire', async () => {
    const g = gesture();
    const id = await attempt(g);
    clock += 30_001;
    expect(await g.verifyPin(id, '1357')).toEqual({ kind: 'expired' });
    expect(sessions.current()).toBeUndefined();
  });

  it('is unavailable without a technician account or while a citizen is served', async () => {
    const clerksOnly = { ...config, accounts: config.accounts.map((a) => ({ ...a, role: 'staff' as const })) };
    expect(await gesture(clerksOnly).signIn()).toEqual({ kind: 'unavailable' });
    expect(await gesture(config, true).signIn()).toEqual({ kind: 'unavailable' });
  });

  it('locks for lockMinutes, then counts afresh', async () => {
    const g = gesture();
    const id = await attempt(g);
    expect(await g.verifyPin(id, '0000')).toEqual({ kind: 'wrong', attemptsLeft: 2 });
    expect(await g.verifyPin(id, '0000')).toEqual({ kind: 'wrong', attemptsLeft: 1 });
    expect(await g.verifyPin(id, '0000')).toEqual({ kind: 'locked', until: '2026-11-26T09:10:00.000Z' });
    clock += 10 * 60_000 + 1;
    const next = await attempt(g);
    expect(await g.verifyPin(next, '0000')).toEqual({ kind: 'wrong', attemptsLeft: 2 });
    const ok = await g.verifyPin(next, '1357');
    expect(ok).toMatchObject({ kind: 'ok', account: { role: 'technician' } });
    expect(sessions.current()?.account.id).toBe('tech-01');
    expect(await store.get('gesture:technician')).toEqual({ failures: 0, lockedUntil: null });
    expect(audit).toContainEqual(['tech-01', 'sign-in', 'gesture']);
  });
});
