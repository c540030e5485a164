// The PIN keypad's attempt: opened by a known badge, valid 60 s, for one sign-in, one at a time.
import { describe, expect, it } from 'vitest';
import { signInAttemptIdSchema } from '../../../main/contract/kiosk-contract.js';
import type { StaffAccount } from '../../../main/staff/staff-authenticator.js';
import { SIGN_IN_ATTEMPT_MS, StaffSignInAttempts } from '../../../main/staff/staff-sign-in.js';

const CLERK: StaffAccount = { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff' };
const TECH: StaffAccount = { id: 'tech-01', displayName: 'Youssef T.', role: 'technician' };

function clocked() {
  let t = Date.parse('2026-11-26T09:00:00Z');
  const attempts = new StaffSignInAttempts({ now: () => t });
  return { attempts, advance: (ms: number) => (t += ms) };
}

describe('staff sign-in attempts', () => {
  it('names the account of an open attempt by a random id the contract accepts', () => {
    const { attempts } = clocked();
    const id = attempts.start(CLERK);
    expect(signInAttemptIdSchema.safeParse(id).success).toBe(true);
    expect(id).not.toContain('clerk');
    expect(attempts.accountOf(id)).toEqual(CLERK);
    // A wrong PIN keeps the keypad: the attempt is still open.
    expect(attempts.accountOf(id)).toEqual(CLERK);
  });

  it('expires 60 seconds after the badge', () => {
    const { attempts, advance } = clocked();
    const id = attempts.start(CLERK);
    advance(SIGN_IN_ATTEMPT_MS - 1);
    expect(attempts.accountOf(id)).toEqual(CLERK);
    advance(1);
    expect(attempts.accountOf(id)).toBeUndefined();
  });

  it('serves one sign-in: once finished its id is unknown', () => {
    const { attempts } = clocked();
    const id = attempts.start(CLERK);
    attempts.finish(id);
    expect(attempts.accountOf(id)).toBeUndefined();
  });

  it('keeps one attempt at a time: a new badge replaces the open keypad', () => {
    const { attempts } = clocked();
    const first = attempts.start(CLERK);
    const second = attempts.start(TECH);
    expect(second).not.toBe(first);
    expect(attempts.accountOf(first)).toBeUndefined();
    expect(attempts.accountOf(second)).toEqual(TECH);
    // Finishing a stale id does not close the open one.
    attempts.finish(first);
    expect(attempts.accountOf(second)).toEqual(TECH);
  });

  it('knows nothing of ids it never gave', () => {
    const { attempts } = clocked();
    attempts.start(CLERK);
    expect(attempts.accountOf('AAAAAAAAAAAAAAAAAAAAAAAA')).toBeUndefined();
  });
});
