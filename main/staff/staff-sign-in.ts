// Between the badge and the PIN: a known, unlocked badge opens a sign-in attempt whose random
// id goes to the screen with the keypad, so the PIN request never names an account. The
// attempt lives 60 s and serves one sign-in: a wrong PIN keeps it (the clerk types again),
// success or a lock ends it. One keypad at a time: a new badge replaces the open attempt.
import { randomBytes } from 'node:crypto';
import type { StaffAccount } from './staff-authenticator.js';

export const SIGN_IN_ATTEMPT_MS = 60_000;

interface OpenAttempt {
  id: string;
  account: StaffAccount;
  expiresAt: number;
}

export interface StaffSignInOptions {
  now?: () => number;
  ttlMs?: number;
}

export class StaffSignInAttempts {
  private open: OpenAttempt | undefined;
  private readonly now: () => number;
  private readonly ttlMs: number;

  constructor(options: StaffSignInOptions = {}) {
    this.now = options.now ?? Date.now;
    this.ttlMs = options.ttlMs ?? SIGN_IN_ATTEMPT_MS;
  }

  /** A new attempt for this account; whatever attempt was open before is gone. */
  start(account: StaffAccount): string {
    const id = randomBytes(18).toString('base64url');
    this.open = { id, account, expiresAt: this.now() + this.ttlMs };
    return id;
  }

  /** The account the attempt is for, while it is open and not expired. */
  accountOf(attemptId: string): StaffAccount | undefined {
    const a = this.open;
    if (!a || a.id !== attemptId) return undefined;
    if (this.now() >= a.expiresAt) {
      this.open = undefined;
      return undefined;
    }
    return a.account;
  }

  /** Ends the attempt (signed in, locked or cancelled); a later use of its id is 'expired'. */
  finish(attemptId: string): void {
    if (this.open?.id === attemptId) this.open = undefined;
  }

  clear(): void {
    this.open = undefined;
  }
}
