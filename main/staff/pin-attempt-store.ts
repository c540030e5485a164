// Wrong-PIN counts and locks, kept in their own small SQLite file (<dataDir>/staff.sqlite)
// so that restarting the kiosk (or pulling its plug) never lifts a lock. Keyed by account
// id: a lock follows the person whose PIN was being guessed, whichever badge they carry.
import { join } from 'node:path';
import { SqliteDatabase } from '../storage/sqlite-database.js';

export interface PinAttemptRecord {
  /** Wrong PINs in a row since the last success or the end of the last lock. */
  failures: number;
  /** Epoch ms until which the account is locked, or null. */
  lockedUntil: number | null;
}

export interface PinLockout {
  maxAttempts: number;
  lockMinutes: number;
}

const STAFF_MIGRATIONS = [
  {
    version: 1,
    sql: `CREATE TABLE IF NOT EXISTS staff_pin_attempts (
      account_id TEXT PRIMARY KEY,
      failures INTEGER NOT NULL,
      locked_until INTEGER,
      updated_at INTEGER NOT NULL
    );`,
  },
] as const;

export const STAFF_DATABASE_FILE = 'staff.sqlite';

export class PinAttemptStore {
  private constructor(private readonly db: SqliteDatabase) {}

  static async open(dataDir: string): Promise<PinAttemptStore> {
    return new PinAttemptStore(await SqliteDatabase.open(join(dataDir, STAFF_DATABASE_FILE), STAFF_MIGRATIONS));
  }

  async get(accountId: string): Promise<PinAttemptRecord> {
    const row = await this.db.get<{ failures: number; locked_until: number | null }>(
      'SELECT failures, locked_until FROM staff_pin_attempts WHERE account_id = ?',
      [accountId],
    );
    return { failures: row?.failures ?? 0, lockedUntil: row?.locked_until ?? null };
  }

  async set(accountId: string, record: PinAttemptRecord, now: number): Promise<void> {
    await this.db.run(
      `INSERT INTO staff_pin_attempts (account_id, failures, locked_until, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(account_id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until, updated_at = excluded.updated_at`,
      [accountId, record.failures, record.lockedUntil, now],
    );
  }

  /**
   * One more wrong PIN for the account, read and written in one transaction: the badge keypad
   * and the technician gesture count on the same row from two connections, and neither may
   * lose the other's count. `maxAttempts` in a row lock the account for `lockMinutes`; a lock
   * that has run out starts the count afresh; a lock still running is left as it is.
   */
  recordFailure(accountId: string, now: number, lockout: PinLockout): Promise<PinAttemptRecord> {
    return this.db.transaction(async () => {
      const before = await this.get(accountId);
      if (before.lockedUntil !== null && before.lockedUntil > now) return before;
      const failures = (before.lockedUntil === null ? before.failures : 0) + 1;
      const after = { failures, lockedUntil: failures >= lockout.maxAttempts ? now + lockout.lockMinutes * 60_000 : null };
      await this.set(accountId, after, now);
      return after;
    });
  }

  async clear(accountId: string): Promise<void> {
    await this.db.run('DELETE FROM staff_pin_attempts WHERE account_id = ?', [accountId]);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
