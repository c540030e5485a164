// Badge then PIN, against a real staff.sqlite file and an injected clock: five wrong PINs
// lock the badge for lockMinutes, a restart does not lift the lock, and nothing secret or
// personal reaches the logs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPin } from '../../../main/staff/pin-hash.js';
import { StaffAuthenticator, type StaffLogger } from '../../../main/staff/staff-authenticator.js';
import { staffConfigSchema, type StaffConfig } from '../../../main/staff/staff-config-schema.js';

const FAST = { N: 1024, r: 8, p: 1 };
const CLERK_BADGE = '0F00A1B2C3';
const TECH_BADGE = '1234567890';
const T0 = Date.parse('2026-11-26T09:00:00Z');

let config: StaffConfig;
let dir: string;
let t: number;
let lines: string[];
let auth: StaffAuthenticator;

const logger: StaffLogger = {
  info: (obj, msg) => lines.push(`${msg} ${JSON.stringify(obj)}`),
  warn: (obj, msg) => lines.push(`${msg} ${JSON.stringify(obj)}`),
};
const open = () => StaffAuthenticator.open({ config, dataDir: dir, logger, now: () => t });

beforeAll(async () => {
  config = staffConfigSchema.parse({
    accounts: [
      { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff', badgeId: CLERK_BADGE, pinHash: await hashPin('8024', FAST) },
      { id: 'tech-01', displayName: 'Youssef T.', role: 'technician', badgeId: TECH_BADGE.toLowerCase(), pinHash: await hashPin('13579', FAST) },
    ],
    pinLockout: { lockMinutes: 10 },
  });
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'borne-staff-'));
  t = T0;
  lines = [];
  auth = await open();
});

afterEach(async () => {
  await auth.close();
  await rm(dir, { recursive: true, force: true });
});

async function wrongTimes(n: number, accountId = 'clerk-01') {
  const verdicts = [];
  for (let i = 0; i < n; i++) verdicts.push(await auth.verifyPin(accountId, '0000'));
  return verdicts;
}

describe('identify', () => {
  it('knows a configured badge, whatever the hex case, and gives no secret back', async () => {
    expect(await auth.identify(CLERK_BADGE)).toEqual({ kind: 'known', account: { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff' }, lockedUntil: null });
    expect(await auth.identify(TECH_BADGE.toLowerCase())).toMatchObject({ kind: 'known', account: { id: 'tech-01', role: 'technician' } });
  });

  it('says unknown for a badge nobody has, and logs it without the number', async () => {
    expect(await auth.identify('AAAAAAAAAA')).toEqual({ kind: 'unknown' });
    expect(lines.join('\n')).toContain('unknown badge');
    expect(lines.join('\n')).not.toContain('AAAAAAAAAA');
  });
});

describe('verifyPin', () => {
  it('accepts the right PIN', async () => {
    expect(await auth.verifyPin('clerk-01', '8024')).toEqual({ kind: 'ok', account: { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff' } });
  });

  it('counts wrong PINs down and locks the badge on the fifth, for lockMinutes', async () => {
    const verdicts = await wrongTimes(5);
    expect(verdicts.slice(0, 4)).toEqual([1, 2, 3, 4].map((n) => ({ kind: 'wrong', attemptsLeft: 5 - n })));
    const until = new Date(T0 + 10 * 60_000);
    expect(verdicts[4]).toEqual({ kind: 'locked', until });
    // Locked: even the right PIN is refused, and the badge says so before any PIN is asked.
    expect(await auth.verifyPin('clerk-01', '8024')).toEqual({ kind: 'locked', until });
    expect(await auth.identify(CLERK_BADGE)).toMatchObject({ kind: 'known', lockedUntil: until });
    // Other accounts are not affected.
    expect(await auth.verifyPin('tech-01', '13579')).toMatchObject({ kind: 'ok' });
  });

  it('lets the clerk in again once the lock has run out, with a fresh count', async () => {
    await wrongTimes(5);
    t = T0 + 10 * 60_000 - 1;
    expect(await auth.verifyPin('clerk-01', '8024')).toMatchObject({ kind: 'locked' });
    t = T0 + 10 * 60_000;
    expect(await auth.identify(CLERK_BADGE)).toMatchObject({ lockedUntil: null });
    expect(await auth.verifyPin('clerk-01', '1111')).toEqual({ kind: 'wrong', attemptsLeft: 4 });
    expect(await auth.verifyPin('clerk-01', '8024')).toMatchObject({ kind: 'ok' });
  });

  it('keeps the lock across a restart of the kiosk', async () => {
    await wrongTimes(5);
    await auth.close();
    auth = await open();
    expect(await auth.verifyPin('clerk-01', '8024')).toEqual({ kind: 'locked', until: new Date(T0 + 10 * 60_000) });
  });

  it('keeps the wrong-PIN count across a restart, so restarting does not buy attempts', async () => {
    await wrongTimes(3);
    await auth.close();
    auth = await open();
    expect(await wrongTimes(2)).toEqual([{ kind: 'wrong', attemptsLeft: 1 }, { kind: 'locked', until: new Date(T0 + 10 * 60_000) }]);
  });

  it('starts the count afresh after a right PIN', async () => {
    await wrongTimes(4);
    expect(await auth.verifyPin('clerk-01', '8024')).toMatchObject({ kind: 'ok' });
    expect(await wrongTimes(1)).toEqual([{ kind: 'wrong', attemptsLeft: 4 }]);
  });

  it('refuses a PIN with letters or of the wrong length without counting it', async () => {
    expect(await auth.verifyPin('clerk-01', '24a8')).toEqual({ kind: 'invalid', problem: 'not-digits' });
    expect(await auth.verifyPin('clerk-01', '246')).toEqual({ kind: 'invalid', problem: 'length' });
    expect(await auth.verifyPin('clerk-01', '123456789')).toEqual({ kind: 'invalid', problem: 'length' });
    for (let i = 0; i < 10; i++) await auth.verifyPin('clerk-01', 'abcd');
    expect(await wrongTimes(1)).toEqual([{ kind: 'wrong', attemptsLeft: 4 }]);
  });

  it('says unknown for an account that is not configured', async () => {
    expect(await auth.verifyPin('nobody', '8024')).toEqual({ kind: 'unknown' });
  });

  it('counts attempts made at the same moment one by one, so a burst cannot pass the limit', async () => {
    const verdicts = await Promise.all(Array.from({ length: 7 }, () => auth.verifyPin('clerk-01', '0000')));
    expect(verdicts.filter((v) => v.kind === 'wrong')).toHaveLength(4);
    expect(verdicts.filter((v) => v.kind === 'locked')).toHaveLength(3);
  });

  it('logs account ids and outcomes, never a PIN, a badge number or a name', async () => {
    await wrongTimes(5);
    await auth.verifyPin('tech-01', '13579');
    const log = lines.join('\n');
    expect(log).toContain('clerk-01');
    expect(log).toMatch(/locked/);
    for (const secret of ['0000', '13579', CLERK_BADGE, TECH_BADGE, 'Khadija', 'Youssef']) expect(log).not.toContain(secret);
  });
});
