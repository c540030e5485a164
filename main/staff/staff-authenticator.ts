// Badge, then PIN. identify() says whose badge it is (and whether it is locked);
// verifyPin() checks the PIN against the account's scrypt hash and counts wrong ones:
// `maxAttempts` in a row lock the account for `lockMinutes`, across restarts.
//
// A PIN with letters or of the wrong length is refused as 'invalid' and NOT counted: it can
// never be right, so trying it tells a guesser nothing, while counting it would let a
// fumbled OK key lock a clerk out. It is refused before any hashing. A published demo PIN opens
// the demo accounts only (main/staff/demo-accounts.ts): on any other account it is a wrong PIN.
import { HASH_PIN_COMMAND, mayOpenWith } from './demo-accounts.js';
import { PinAttemptStore } from './pin-attempt-store.js';
import { pinFormatProblem, verifyPinHash, type PinFormatProblem } from './pin-hash.js';
import type { StaffConfig, StaffRole } from './staff-config-schema.js';

/** What the staff screens may show and the audit trail may record; no PIN hash, no badge. */
export interface StaffAccount {
  id: string;
  displayName: string;
  role: StaffRole;
}

export type IdentifyResult = { kind: 'known'; account: StaffAccount; lockedUntil: Date | null } | { kind: 'unknown' };

export type PinVerdict =
  | { kind: 'ok'; account: StaffAccount }
  | { kind: 'wrong'; attemptsLeft: number }
  | { kind: 'locked'; until: Date }
  | { kind: 'invalid'; problem: PinFormatProblem }
  | { kind: 'unknown' };

/** The slice of pino used here. Account ids are logged; names, badges and PINs never. */
export interface StaffLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface StaffAuthenticatorOptions {
  config: StaffConfig;
  dataDir: string;
  logger: StaffLogger;
  now?: () => number;
}

export class StaffAuthenticator {
  /** verifyPin calls run one at a time, so two quick attempts cannot both read "4 failures". */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly options: StaffAuthenticatorOptions,
    private readonly store: PinAttemptStore,
  ) {}

  static async open(options: StaffAuthenticatorOptions): Promise<StaffAuthenticator> {
    return new StaffAuthenticator(options, await PinAttemptStore.open(options.dataDir));
  }

  async identify(badgeId: string): Promise<IdentifyResult> {
    const wanted = badgeId.toUpperCase();
    const entry = this.options.config.accounts.find((a) => a.badgeId === wanted);
    if (!entry) {
      this.options.logger.warn({ part: 'staff' }, 'unknown badge presented');
      return { kind: 'unknown' };
    }
    const lockedUntil = this.activeLock(await this.store.get(entry.id));
    return { kind: 'known', account: viewOf(entry), lockedUntil: lockedUntil === null ? null : new Date(lockedUntil) };
  }

  verifyPin(accountId: string, pin: string): Promise<PinVerdict> {
    const run = this.queue.then(() => this.check(accountId, pin));
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private async check(accountId: string, pin: string): Promise<PinVerdict> {
    const { config, logger } = this.options;
    const entry = config.accounts.find((a) => a.id === accountId);
    if (!entry) return { kind: 'unknown' };
    const record = await this.store.get(accountId);
    const lockedUntil = this.activeLock(record);
    if (lockedUntil !== null) return { kind: 'locked', until: new Date(lockedUntil) };
    const problem = pinFormatProblem(pin);
    if (problem) return { kind: 'invalid', problem };
    const matches = await verifyPinHash(pin, entry.pinHash);
    if (matches && !mayOpenWith(entry, pin)) {
      logger.warn({ part: 'staff', account: accountId }, `this account's PIN is a published demo PIN and is refused: give it a new one (${HASH_PIN_COMMAND})`);
    } else if (matches) {
      if (record.failures > 0 || record.lockedUntil !== null) await this.store.clear(accountId);
      logger.info({ part: 'staff', account: accountId }, 'staff PIN accepted');
      return { kind: 'ok', account: viewOf(entry) };
    }
    // Counted in the store, where the technician gesture's wrong PINs for this account go too.
    const { maxAttempts, lockMinutes } = config.pinLockout;
    const after = await this.store.recordFailure(accountId, this.now(), config.pinLockout);
    if (after.lockedUntil !== null) {
      logger.warn({ part: 'staff', account: accountId, lockMinutes }, 'staff badge locked after wrong PINs');
      return { kind: 'locked', until: new Date(after.lockedUntil) };
    }
    const attemptsLeft = maxAttempts - after.failures;
    logger.warn({ part: 'staff', account: accountId, attemptsLeft }, 'wrong staff PIN');
    return { kind: 'wrong', attemptsLeft };
  }

  private activeLock(record: { lockedUntil: number | null }): number | null {
    return record.lockedUntil !== null && record.lockedUntil > this.now() ? record.lockedUntil : null;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}

function viewOf(entry: StaffConfig['accounts'][number]): StaffAccount {
  return { id: entry.id, displayName: entry.displayName, role: entry.role };
}
