// A small promise layer over sqlite3 (N-API, so it loads in Electron without a rebuild).
// One connection, WAL journal, and versioned migrations in user_version.
import { closeSync, openSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import { makePrivateFileIfPresent, PRIVATE_FILE_MODE } from './private-files.js';

export type SqlValue = string | number | null | Buffer;

export interface Migration {
  version: number;
  sql: string;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

export class SqliteDatabase {
  private constructor(private readonly db: sqlite3.Database) {}

  static async open(path: string, migrations: readonly Migration[]): Promise<SqliteDatabase> {
    const onDisk = path !== '' && path !== ':memory:' && !path.startsWith('file:');
    // Created 0600 by us rather than by SQLite under the process umask; SQLite gives its -wal,
    // -shm and -journal files the database file's mode, and older installs' files are tightened.
    if (onDisk) {
      closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
      for (const suffix of SIDE_FILES) makePrivateFileIfPresent(`${path}${suffix}`);
    }
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const handle = new sqlite3.Database(path, (err) => (err ? reject(err) : resolve(handle)));
    });
    const wrapped = new SqliteDatabase(db);
    await wrapped.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
    if (onDisk) for (const suffix of ['', ...SIDE_FILES]) makePrivateFileIfPresent(`${path}${suffix}`);
    await wrapped.migrate(migrations);
    return wrapped;
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number; lastID: number }> {
    return new Promise((resolve, reject) => {
      this.db.run(sql, params, function onRun(this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(err);
        else resolve({ changes: this.changes, lastID: this.lastID });
      });
    });
  }

  get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => this.db.get(sql, params, (err, row) => (err ? reject(err) : resolve(row as T | undefined))));
  }

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => this.db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
  }

  /** Runs `work` inside BEGIN IMMEDIATE ... COMMIT so concurrent callers cannot interleave. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      await this.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        await this.exec('COMMIT');
        return result;
      } catch (err) {
        await this.exec('ROLLBACK');
        throw err;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private queue: Promise<unknown> = Promise.resolve();

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }

  private async migrate(migrations: readonly Migration[]): Promise<void> {
    const row = await this.get<{ user_version: number }>('PRAGMA user_version');
    let current = row?.user_version ?? 0;
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= current) continue;
      await this.transaction(async () => {
        await this.exec(m.sql);
        await this.exec(`PRAGMA user_version = ${m.version}`);
      });
      current = m.version;
    }
  }
}
