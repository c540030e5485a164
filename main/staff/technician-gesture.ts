// The technician's way in without a badge: a hidden gesture on the attract screen opens a PIN
// keypad, and the PIN is checked against every technician account. Nobody is named before the
// PIN, so wrong PINs are counted for the kiosk as a whole: `maxAttempts` of them in a row
// close the gesture for `lockMinutes`, restarts included (the count lives in staff.sqlite
// under a key no account id can take, since account ids have no colon).
import type { PinVerdictView } from '../contract/kiosk-contract.js';
import type { PinAttemptStore } from './pin-attempt-store.js';
import { pinFormatProblem, verifyPinHash } from './pin-hash.js';
import type { StaffAccount } from './staff-authenticator.js';
import type { StaffConfig } from './staff-config-schema.js';
import type { StaffModeService } from './staff-mode-service.js';
import { StaffSignInAttempts } from './staff-sign-in.js';

export const GESTURE_LOCK_KEY = 'gesture:technician';

export type GestureSignIn = { kind: 'pin'; attemptId: string } | { kind: 'locked'; until: string } | { kind: 'unavailable' };

export interface TechnicianGestureOptions {
  config: StaffConfig;
  store: Pick<PinAttemptStore, 'get' | 'set' | 'clear'>;
  staff: Pick<StaffModeService, 'sessions' | 'audit'>;
  citizenPresent: () => boolean;
  idleSeconds: number;
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  now?: () => number;
  /** How long the keypad waits for the PIN (default: as long as after a badge). */
  signInMs?: number;
}

/** The attempt names no one: the PIN decides which technician it is. */
const GESTURE_ATTEMPT: StaffAccount = { id: GESTURE_LOCK_KEY, displayName: 'technician', role: 'technician' };

export class TechnicianGesture {
  private readonly attempts: StaffSignInAttempts;
  /** One PIN check at a time, so two quick ones cannot both read the same failure count. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly o: TechnicianGestureOptions) {
    this.attempts = new StaffSignInAttempts({ now: () => this.now(), ...(o.signInMs ? { ttlMs: o.signInMs } : {}) });
  }

  async signIn(): Promise<GestureSignIn> {
    if (this.technicians().length === 0 || this.o.citizenPresent()) return { kind: 'unavailable' };
    const lockedUntil = await this.activeLock();
    if (lockedUntil !== null) return { kind: 'locked', until: new Date(lockedUntil).toISOString() };
    return { kind: 'pin', attemptId: this.attempts.start(GESTURE_ATTEMPT) };
  }

  verifyPin(attemptId: string, pin: string): Promise<PinVerdictView> {
    const run = this.queue.then(() => this.check(attemptId, pin));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async check(attemptId: string, pin: string): Promise<PinVerdictView> {
    const { store, staff, config, logger } = this.o;
    if (!this.attempts.accountOf(attemptId)) return { kind: 'expired' };
    const record = await store.get(GESTURE_LOCK_KEY);
    const lockedUntil = this.lockOf(record);
    if (lockedUntil !== null) {
      this.attempts.finish(attemptId);
      return { kind: 'locked', until: new Date(lockedUntil).toISOString() };
    }
    const problem = pinFormatProblem(pin);
    if (problem) {
      await staff.audit(null, 'sign-in-refused', null, `gesture invalid-pin ${problem}`);
      return { kind: 'invalid' };
    }
    const account = await this.technicianWithPin(pin);
    if (account) {
      this.attempts.finish(attemptId);
      if (record.failures > 0 || record.lockedUntil !== null) await store.clear(GESTURE_LOCK_KEY);
      const session = staff.sessions.start(account);
      await staff.audit(account, 'sign-in', null, 'gesture');
      logger.info({ part: 'staff', account: account.id }, 'technician session started by gesture');
      return { kind: 'ok', staffToken: session.token, account: { displayName: account.displayName, role: account.role }, idleSeconds: this.o.idleSeconds };
    }
    // A lock that has run out starts the count afresh.
    const failures = (record.lockedUntil === null ? record.failures : 0) + 1;
    const now = this.now();
    const { maxAttempts, lockMinutes } = config.pinLockout;
    if (failures >= maxAttempts) {
      const until = now + lockMinutes * 60_000;
      await store.set(GESTURE_LOCK_KEY, { failures, lockedUntil: until }, now);
      this.attempts.finish(attemptId);
      const iso = new Date(until).toISOString();
      await staff.audit(null, 'sign-in-refused', null, `gesture locked until=${iso}`);
      logger.warn({ part: 'staff', lockMinutes }, 'technician gesture locked after wrong PINs');
      return { kind: 'locked', until: iso };
    }
    await store.set(GESTURE_LOCK_KEY, { failures, lockedUntil: null }, now);
    const attemptsLeft = maxAttempts - failures;
    await staff.audit(null, 'sign-in-refused', null, `gesture wrong-pin attempts-left=${attemptsLeft}`);
    logger.warn({ part: 'staff', attemptsLeft }, 'wrong technician PIN after the gesture');
    return { kind: 'wrong', attemptsLeft };
  }

  close(): void {
    this.attempts.clear();
  }

  private technicians(): StaffConfig['accounts'] {
    return this.o.config.accounts.filter((a) => a.role === 'technician');
  }

  private async technicianWithPin(pin: string): Promise<StaffAccount | null> {
    // Every hash is checked, even after a match, so the time taken does not tell which one it was.
    let found: StaffAccount | null = null;
    for (const a of this.technicians()) {
      if ((await verifyPinHash(pin, a.pinHash)) && !found) found = { id: a.id, displayName: a.displayName, role: a.role };
    }
    return found;
  }

  private async activeLock(): Promise<number | null> {
    return this.lockOf(await this.o.store.get(GESTURE_LOCK_KEY));
  }

  private lockOf({ lockedUntil }: { lockedUntil: number | null }): number | null {
    return lockedUntil !== null && lockedUntil > this.now() ? lockedUntil : null;
  }

  private now(): number {
    return this.o.now?.() ?? Date.now();
  }
}
