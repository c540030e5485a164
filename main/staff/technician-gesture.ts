// The technician's way in without a badge: a hidden gesture on the attract screen opens a PIN
// keypad, and the PIN is checked against every technician account. The gesture gives a guesser
// no more tries than a badge does: it shares each account's wrong-PIN count and lock
// (staff.sqlite, the same rows as the badge keypad). A locked account is not even tried, so the
// gesture can neither open it nor tell that its PIN was typed; a wrong PIN counts against every
// technician it could have opened, since nobody is named before the PIN. Once every technician
// is locked, the gesture is closed until the first lock runs out.
import type { PinVerdictView } from '../contract/kiosk-contract.js';
import { HASH_PIN_COMMAND, mayOpenWith } from './demo-accounts.js';
import type { PinAttemptRecord, PinAttemptStore } from './pin-attempt-store.js';
import { pinFormatProblem, verifyPinHash } from './pin-hash.js';
import type { StaffAccount } from './staff-authenticator.js';
import type { StaffConfig } from './staff-config-schema.js';
import type { StaffModeService } from './staff-mode-service.js';
import { StaffSignInAttempts } from './staff-sign-in.js';

/** Names the open keypad in the sign-in attempt; account ids have no colon, so none can take it. */
const GESTURE_ATTEMPT_ID = 'gesture:technician';

export type GestureSignIn = { kind: 'pin'; attemptId: string } | { kind: 'locked'; until: string } | { kind: 'unavailable' };

export interface TechnicianGestureOptions {
  config: StaffConfig;
  store: Pick<PinAttemptStore, 'get' | 'clear' | 'recordFailure'>;
  staff: Pick<StaffModeService, 'sessions' | 'audit'>;
  citizenPresent: () => boolean;
  idleSeconds: number;
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  now?: () => number;
  /** How long the keypad waits for the PIN (default: as long as after a badge). */
  signInMs?: number;
}

/** The attempt names no one: the PIN decides which technician it is. */
const GESTURE_ATTEMPT: StaffAccount = { id: GESTURE_ATTEMPT_ID, displayName: 'technician', role: 'technician' };

type TechnicianEntry = StaffConfig['accounts'][number];

interface TechnicianState {
  entry: TechnicianEntry;
  record: PinAttemptRecord;
  /** Epoch ms of a lock still running, or null. */
  lockedUntil: number | null;
}

export class TechnicianGesture {
  private readonly attempts: StaffSignInAttempts;
  /** One PIN check at a time, so two quick ones cannot both read the same failure count. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly o: TechnicianGestureOptions) {
    this.attempts = new StaffSignInAttempts({ now: () => this.now(), ...(o.signInMs ? { ttlMs: o.signInMs } : {}) });
  }

  async signIn(): Promise<GestureSignIn> {
    if (this.technicians().length === 0 || this.o.citizenPresent()) return { kind: 'unavailable' };
    const states = await this.states();
    if (states.every((t) => t.lockedUntil !== null)) return { kind: 'locked', until: firstUnlock(states) };
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
    const states = await this.states();
    const open = states.filter((t) => t.lockedUntil === null);
    if (open.length === 0) {
      this.attempts.finish(attemptId);
      return { kind: 'locked', until: firstUnlock(states) };
    }
    const problem = pinFormatProblem(pin);
    if (problem) {
      await staff.audit(null, 'sign-in-refused', null, `gesture invalid-pin ${problem}`);
      return { kind: 'invalid' };
    }
    const match = await this.technicianWithPin(pin, open);
    if (match) {
      this.attempts.finish(attemptId);
      if (match.record.failures > 0 || match.record.lockedUntil !== null) await store.clear(match.entry.id);
      const account = viewOf(match.entry);
      const session = staff.sessions.start(account);
      await staff.audit(account, 'sign-in', null, 'gesture');
      logger.info({ part: 'staff', account: account.id }, 'technician session started by gesture');
      return { kind: 'ok', staffToken: session.token, account: { displayName: account.displayName, role: account.role }, idleSeconds: this.o.idleSeconds };
    }
    // Sequentially: each is a short transaction on staff.sqlite, shared with the badge keypad.
    const now = this.now();
    const after: TechnicianState[] = [];
    for (const t of open) {
      const record = await store.recordFailure(t.entry.id, now, config.pinLockout);
      after.push({ entry: t.entry, record, lockedUntil: this.lockOf(record) });
      if (record.lockedUntil !== null) {
        logger.warn({ part: 'staff', account: t.entry.id, lockMinutes: config.pinLockout.lockMinutes }, 'technician account locked after wrong PINs at the gesture');
      }
    }
    const stillOpen = after.filter((t) => t.lockedUntil === null);
    if (stillOpen.length === 0) {
      this.attempts.finish(attemptId);
      const until = firstUnlock([...after, ...states.filter((t) => t.lockedUntil !== null)]);
      await staff.audit(null, 'sign-in-refused', null, `gesture locked until=${until}`);
      return { kind: 'locked', until };
    }
    // The fewest tries left before one more technician is locked: never more than a badge has.
    const attemptsLeft = Math.min(...stillOpen.map((t) => config.pinLockout.maxAttempts - t.record.failures));
    await staff.audit(null, 'sign-in-refused', null, `gesture wrong-pin attempts-left=${attemptsLeft}`);
    logger.warn({ part: 'staff', attemptsLeft }, 'wrong technician PIN after the gesture');
    return { kind: 'wrong', attemptsLeft };
  }

  close(): void {
    this.attempts.clear();
  }

  private technicians(): TechnicianEntry[] {
    return this.o.config.accounts.filter((a) => a.role === 'technician');
  }

  private async states(): Promise<TechnicianState[]> {
    const states: TechnicianState[] = [];
    for (const entry of this.technicians()) {
      const record = await this.o.store.get(entry.id);
      states.push({ entry, record, lockedUntil: this.lockOf(record) });
    }
    return states;
  }

  private async technicianWithPin(pin: string, open: readonly TechnicianState[]): Promise<TechnicianState | null> {
    // Every hash is checked, even after a match, so the time taken does not tell which one it was.
    let found: TechnicianState | null = null;
    for (const t of open) {
      if (!(await verifyPinHash(pin, t.entry.pinHash)) || found) continue;
      if (mayOpenWith(t.entry, pin)) found = t;
      else this.o.logger.warn({ part: 'staff', account: t.entry.id }, `this account's PIN is a published demo PIN and is refused: give it a new one (${HASH_PIN_COMMAND})`);
    }
    return found;
  }

  private lockOf({ lockedUntil }: { lockedUntil: number | null }): number | null {
    return lockedUntil !== null && lockedUntil > this.now() ? lockedUntil : null;
  }

  private now(): number {
    return this.o.now?.() ?? Date.now();
  }
}

function viewOf(entry: TechnicianEntry): StaffAccount {
  return { id: entry.id, displayName: entry.displayName, role: entry.role };
}

/** When the first of the locked technicians can sign in again (ISO). */
function firstUnlock(states: readonly TechnicianState[]): string {
  const ends = states.flatMap((t) => (t.lockedUntil === null ? [] : [t.lockedUntil]));
  return new Date(Math.min(...ends)).toISOString();
}
