// The gesture's keypad: attempts expire, a lock that ran out starts the count afresh, and the
// gesture shares each technician account's count and lock with the badge keypad (the same
// staff.sqlite rows, another connection, as in the kiosk), so it gives a guesser no extra tries.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PinAttemptStore } from '../../../main/staff/pin-attempt-store.js';
import { hashPin } from '../../../main/staff/pin-hash.js';
import { type StaffAccount, StaffAuthenticator } from '../../../main/staff/staff-authenticator.js';
import { staffConfigSchema, type StaffConfig } from '../../../main/staff/staff-config-schema.js';
import { StaffSessions } from '../../../main/staff/staff-sessions.js';
import { TechnicianGesture } from '../../../main/staff/technician-gesture.js';

const FAST = { N: 1024, r: 8, p: 1 };
const TECH_PIN = '97531';
const SECOND_TECH_PIN = '864200';
const T0 = Date.parse('2026-11-26T09:00:00Z');
let twoTechnicians: StaffConfig;
let config: StaffConfig;
let dir: string;
let store: PinAttemptStore;
let sessions: StaffSessions;
let clock: number;
let audit: Array<[string | null, string, string | null]>;

beforeAll(async () => {
  config = staffConfigSchema.parse({
    accounts: [{ id: 'tech-01', displayName: 'Youssef T.', role: 'technician', badgeId: '1234567890', pinHash: await hashPin(TECH_PIN, FAST) }],
    pinLockout: { maxAttempts: 3, lockMinutes: 10 },
  });
  twoTechnicians = staffConfigSchema.parse({
    ...config,
    accounts: [...config.accounts, { id: 'tech-02', displayName: 'Salma R.', role: 'technician', badgeId: 'ABCDEF0123', pinHash: await hashPin(SECOND_TECH_PIN, FAST) }],
  });
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-gesture-'));
  store = await PinAttemptStore.open(dir);
  sessions = new StaffSessions({ idleSeconds: 60, onEnded: () => {} });
  clock = T0;
  audit = [];
});

afterEach(async () => {
  sessions.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** The badge keypad's side, on its own connection to the same staff.sqlite, like the kiosk's. */
function badgeKeypad(staffConfig: StaffConfig): Promise<StaffAuthenticator> {
  return StaffAuthenticator.open({ config: staffConfig, dataDir: dir, logger: { info: () => {}, warn: () => {} }, now: () => clock });
}

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
    expect(await g.verifyPin(id, TECH_PIN)).toEqual({ kind: 'expired' });
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
    const ok = await g.verifyPin(next, TECH_PIN);
    expect(ok).toMatchObject({ kind: 'ok', account: { role: 'technician' } });
    expect(sessions.current()?.account.id).toBe('tech-01');
    expect(await store.get('tech-01')).toEqual({ failures: 0, lockedUntil: null });
    expect(audit).toContainEqual(['tech-01', 'sign-in', 'gesture']);
  });

  it('shares the count with the badge keypad: two wrong PINs on the badge, one at the gesture, and the account is locked', async () => {
    const auth = await badgeKeypad(config);
    try {
      expect(await auth.verifyPin('tech-01', '0000')).toEqual({ kind: 'wrong', attemptsLeft: 2 });
      expect(await auth.verifyPin('tech-01', '0000')).toEqual({ kind: 'wrong', attemptsLeft: 1 });
      const g = gesture();
      const id = await attempt(g);
      expect(await g.verifyPin(id, '0000')).toEqual({ kind: 'locked', until: '2026-11-26T09:10:00.000Z' });
      // Locked for the badge as well, right PIN or not.
      expect(await auth.identify('1234567890')).toMatchObject({ lockedUntil: new Date('2026-11-26T09:10:00.000Z') });
      expect(await auth.verifyPin('tech-01', TECH_PIN)).toMatchObject({ kind: 'locked' });
      expect(await g.signIn()).toEqual({ kind: 'locked', until: '2026-11-26T09:10:00.000Z' });
    } finally {
      await auth.close();
    }
  });

  it('gives a guesser no more tries through the gesture than through a badge: wrong gesture PINs count on the badge', async () => {
    const auth = await badgeKeypad(config);
    try {
      const g = gesture();
      const id = await attempt(g);
      expect(await g.verifyPin(id, '0000')).toEqual({ kind: 'wrong', attemptsLeft: 2 });
      expect(await g.verifyPin(id, '1111')).toEqual({ kind: 'wrong', attemptsLeft: 1 });
      expect(await auth.verifyPin('tech-01', '2222')).toEqual({ kind: 'locked', until: new Date('2026-11-26T09:10:00.000Z') });
    } finally {
      await auth.close();
    }
  });

  it('never opens a locked account, even with its right PIN, and does not tell that the PIN was right', async () => {
    const auth = await badgeKeypad(twoTechnicians);
    try {
      for (let i = 0; i < 3; i++) await auth.verifyPin('tech-01', '0000');
      expect(await auth.identify('1234567890')).toMatchObject({ lockedUntil: new Date('2026-11-26T09:10:00.000Z') });
      const g = gesture(twoTechnicians);
      // Salma's account is open, so the keypad is offered; Youssef's right PIN does not open his locked account.
      const id = await attempt(g);
      expect(await g.verifyPin(id, TECH_PIN)).toEqual({ kind: 'wrong', attemptsLeft: 2 });
      expect(sessions.current()).toBeUndefined();
      // ...and counted against the account it could have opened.
      expect(await store.get('tech-02')).toEqual({ failures: 1, lockedUntil: null });
      expect(await g.verifyPin(id, SECOND_TECH_PIN)).toMatchObject({ kind: 'ok' });
      expect(sessions.current()?.account.id).toBe('tech-02');
      // With only the locked account, the gesture is closed until its lock ends.
      expect(await gesture(config).signIn()).toEqual({ kind: 'locked', until: '2026-11-26T09:10:00.000Z' });
      clock += 10 * 60_000 + 1;
      const g2 = gesture(config);
      expect(await g2.verifyPin(await attempt(g2), TECH_PIN)).toMatchObject({ kind: 'ok' });
    } finally {
      await auth.close();
    }
  });
});
