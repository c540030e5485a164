import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kioskReferenceSchema } from '../../../main/office/office-schemas.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../../main/storage/kiosk-migrations.js';
import { SqliteKioskReferenceStore } from '../../../main/storage/kiosk-reference-store.js';
import { SqliteDatabase } from '../../../main/storage/sqlite-database.js';

const TZ = 'Africa/Casablanca';
const opened: SqliteDatabase[] = [];

async function openDb(file: string): Promise<SqliteDatabase> {
  const db = await SqliteDatabase.open(file, KIOSK_DATABASE_MIGRATIONS);
  opened.push(db);
  return db;
}
function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'borne-refs-')), 'kiosk.sqlite');
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

describe('kiosk references (receipt numbers before the office answers)', () => {
  it('counts up per kiosk code and year, in the shape the office accepts', async () => {
    const db = await openDb(tempDb());
    const at = new Date('2026-06-10T10:00:00Z');
    const refs = new SqliteKioskReferenceStore(db, 'KHM01', TZ, () => at);
    const first = await refs.next();
    expect(first).toBe('KHM01-2026-000001');
    expect(kioskReferenceSchema.safeParse(first).success).toBe(true);
    expect(await refs.next()).toBe('KHM01-2026-000002');
    // Another code in the same file keeps its own count.
    expect(await new SqliteKioskReferenceStore(db, 'KAC7', TZ, () => at).next()).toBe('KAC7-2026-000001');
  });

  it('goes on after a restart instead of handing a number out again', async () => {
    const file = tempDb();
    const at = () => new Date('2026-06-10T10:00:00Z');
    const before = await openDb(file);
    await new SqliteKioskReferenceStore(before, 'KHM01', TZ, at).next();
    await new SqliteKioskReferenceStore(before, 'KHM01', TZ, at).next();
    await before.close();
    opened.splice(opened.indexOf(before), 1);
    const after = await openDb(file);
    expect(await new SqliteKioskReferenceStore(after, 'KHM01', TZ, at).next()).toBe('KHM01-2026-000003');
  });

  it('starts the new year at midnight in Casablanca, not in UTC', async () => {
    const db = await openDb(tempDb());
    let now = new Date('2026-12-31T22:30:00Z'); // 23:30 in Casablanca (UTC+1)
    const refs = new SqliteKioskReferenceStore(db, 'KHM01', TZ, () => now);
    expect(await refs.next()).toBe('KHM01-2026-000001');
    now = new Date('2026-12-31T23:30:00Z'); // 00:30 on 1 January 2027 in Casablanca
    expect(await refs.next()).toBe('KHM01-2027-000001');
  });

  it('never gives the same number twice, even to concurrent callers on two connections', async () => {
    const file = tempDb();
    const at = () => new Date('2026-06-10T10:00:00Z');
    const a = new SqliteKioskReferenceStore(await openDb(file), 'KHM01', TZ, at);
    const b = new SqliteKioskReferenceStore(await openDb(file), 'KHM01', TZ, at);
    const all = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? a : b).next()));
    expect(new Set(all).size).toBe(60);
    expect([...all].sort().at(-1)).toBe('KHM01-2026-000060');
  });

  it('refuses a code the office would not accept', async () => {
    const db = await openDb(tempDb());
    expect(() => new SqliteKioskReferenceStore(db, 'hm01', TZ)).toThrow(/K then 2-8/);
  });
});
