// The audit trail on a real kiosk.sqlite file: append-only by the database's own rules, paged
// newest first, kept across restarts, and exported to a CSV that reads back row for row.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../helpers/parse-csv.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditAction } from '../../main/contract/staff-schemas.js';
import { exportAuditCsv } from '../../main/staff/audit-export.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';
import { AuditLogInputError, StaffAuditLog } from '../../main/storage/staff-audit-log.js';

const TZ = 'Africa/Casablanca';
const clerk = { account: 'clerk-fatima', displayName: 'فاطمة الزهراء', role: 'staff' as const };


describe('staff audit log', () => {
  let dir: string;
  let path: string;
  let db: SqliteDatabase;
  let clock: Date;
  let log: StaffAuditLog;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'borne-audit-'));
    path = join(dir, 'kiosk.sqlite');
    db = await SqliteDatabase.open(path, KIOSK_DATABASE_MIGRATIONS);
    clock = new Date('2026-11-26T09:15:00Z');
    log = new StaffAuditLog(db, TZ, () => clock);
  });
  afterEach(async () => db.close());

  it('lists who did what, newest first, with the office time, and keeps it all across a restart', async () => {
    const first = await log.append({ ...clerk, action: 'sign-in', outcome: 'ok' });
    clock = new Date('2026-11-26T09:16:30Z');
    await log.append({ ...clerk, action: 'reprint', target: 'A-014', outcome: 'printed' });
    await log.append({ account: null, displayName: null, role: null, action: 'sign-in-refused', outcome: 'unknown-badge' });
    await db.close();
    db = await SqliteDatabase.open(path, KIOSK_DATABASE_MIGRATIONS);
    log = new StaffAuditLog(db, TZ, () => clock);
    const page = await log.list();
    expect(page.nextCursor).toBeUndefined();
    expect(page.items.map((e) => [e.action, e.officeTime, e.account, e.target, e.outcome])).toEqual([
      ['sign-in-refused', '2026-11-26 10:16', null, null, 'unknown-badge'],
      ['reprint', '2026-11-26 10:16', 'clerk-fatima', 'A-014', 'printed'],
      ['sign-in', '2026-11-26 10:15', 'clerk-fatima', null, 'ok'],
    ]);
    expect(page.items[2]).toEqual({
      id: first,
      at: '2026-11-26T09:15:00.000Z',
      officeTime: '2026-11-26 10:15',
      account: 'clerk-fatima',
      displayName: 'فاطمة الزهراء',
      action: 'sign-in',
      target: null,
      outcome: 'ok',
    });
  });

  it('cannot be changed or erased, even by SQL on the file itself', async () => {
    const id = await log.append({ ...clerk, action: 'reprint', target: 'A-014', outcome: 'printed' });
    await expect(db.run("UPDATE staff_audit SET outcome = 'nothing' WHERE id = ?", [id])).rejects.toThrow(/staff_audit is append-only/);
    await expect(db.run('DELETE FROM staff_audit WHERE id = ?', [id])).rejects.toThrow(/staff_audit is append-only/);
    await expect(db.run('DELETE FROM staff_audit')).rejects.toThrow(/append-only/);
    expect((await log.list()).items.map((e) => [e.id, e.outcome])).toEqual([[id, 'printed']]);
  });

  it('pages through many entries without repeating or skipping one, and filters by office day', async () => {
    const days = ['2026-11-24', '2026-11-25', '2026-11-26'];
    const byDay: Record<string, number[]> = {};
    for (const day of days) {
      for (let i = 0; i < 70; i += 1) {
        clock = new Date(`${day}T${String(8 + Math.floor(i / 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`);
        (byDay[day] ??= []).push(await log.append({ ...clerk, action: 'journal-search', target: `number=A-${i}` }));
      }
    }
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await log.list({ limit: 20, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(20);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = days.flatMap((d) => byDay[d]!);
    expect(seen).toEqual([...all].reverse());

    const range = await log.list({ from: '2026-11-25', to: '2026-11-25', limit: 200 });
    expect(range.items.map((e) => e.id)).toEqual([...byDay['2026-11-25']!].reverse());
    expect((await log.list({ from: '2026-11-26' })).items.every((e) => e.officeTime.startsWith('2026-11-26'))).toBe(true);
    expect((await log.list({ limit: 1000 })).items).toHaveLength(200);
  });

  it('refuses bad input with a message that says what to fix', async () => {
    await expect(log.list({ from: '26/11/2026' })).rejects.toThrow(AuditLogInputError);
    await expect(log.list({ from: '2026-02-30' })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(log.list({ from: '2026-11-26', to: '2026-11-01' })).rejects.toThrow(/backwards/);
    await expect(log.list({ cursor: 'not-a-cursor' })).rejects.toThrow(/cursor/);
    await expect(log.list({ limit: 0 })).rejects.toThrow(/page size/);
    await expect(log.append({ ...clerk, action: 'delete-everything' as AuditAction })).rejects.toThrow(AuditLogInputError);
  });

  it('cuts an over-long target and keeps each entry on one line', async () => {
    await log.append({ ...clerk, action: 'journal-search', target: `service=civil-status\r\n${'x'.repeat(500)}` });
    const [e] = (await log.list()).items;
    expect(e?.target?.length).toBe(200);
    expect(e?.target).not.toMatch(/[\r\n]/);
  });

  it('exports 20,000 entries to a CSV that reads back row for row, oldest first', async () => {
    // Bulk rows straight into the table (append-only allows INSERT), spread over three days;
    // every 7th target looks like a formula, every row's name holds a comma and quotes.
    await db.run(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000),
         d(i, day) AS (SELECT i, CASE WHEN i <= 5000 THEN '2026-11-24' WHEN i <= 12000 THEN '2026-11-25' ELSE '2026-11-26' END FROM n)
       INSERT INTO staff_audit (at, office_day, account, display_name, role, action, target, outcome)
       SELECT day || 'T09:00:00.000Z', day, 'clerk-fatima', 'فاطمة, "الزهراء"', 'staff', 'reprint',
         CASE WHEN i % 7 = 0 THEN '=cmd|' || i ELSE 'A-' || i END, 'printed' FROM d`,
    );
    const exportDir = join(dir, 'usb', 'BORNE');
    const result = await exportAuditCsv(log, { directory: exportDir, now: new Date('2026-11-26T16:45:09Z'), timeZone: TZ, batchSize: 700 });
    expect(result).toEqual({ kind: 'written', fileName: 'audit-2026-11-26-174509.csv', directory: exportDir, rows: 20_000 });
    expect(readdirSync(exportDir)).toEqual(['audit-2026-11-26-174509.csv']);
    const text = readFileSync(join(exportDir, 'audit-2026-11-26-174509.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(20_001);
    expect(rows[0]).toEqual(['id', 'time (office)', 'account', 'name', 'role', 'action', 'target', 'outcome']);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(Array.from({ length: 20_000 }, (_, i) => i + 1));
    expect(rows[1]).toEqual(['1', '2026-11-24 10:00', 'clerk-fatima', 'فاطمة, "الزهراء"', 'staff', 'reprint', 'A-1', 'printed']);
    expect(rows[7]?.[6]).toBe("'=cmd|7");

    const oneDay = await exportAuditCsv(log, { directory: exportDir, from: '2026-11-25', to: '2026-11-25', now: new Date('2026-11-26T16:45:09Z'), timeZone: TZ });
    expect(oneDay).toMatchObject({ kind: 'written', fileName: 'audit-2026-11-26-174509-2.csv', rows: 7000 });
    const dayRows = parseCsv(readFileSync(join(exportDir, 'audit-2026-11-26-174509-2.csv'), 'utf8').slice(1));
    expect(dayRows.slice(1).every((r) => r[1]?.startsWith('2026-11-25'))).toBe(true);
  });

  it('answers with a plain reason, and leaves no partial file, when the folder cannot be written', async () => {
    await log.append({ ...clerk, action: 'audit-export' });
    const now = new Date('2026-11-26T16:45:09Z');

    const notAFolder = join(dir, 'a-file');
    writeFileSync(notAFolder, 'x');
    const blocked = await exportAuditCsv(log, { directory: join(notAFolder, 'exports'), now, timeZone: TZ });
    expect(blocked).toEqual({ kind: 'failed', message: `Part of the path ${join(notAFolder, 'exports')} is a file, not a folder.` });
    expect(await exportAuditCsv(log, { directory: notAFolder, now, timeZone: TZ })).toEqual({ kind: 'failed', message: `${notAFolder} is a file, not a folder.` });
    expect(blocked.kind === 'failed' && blocked.message).not.toMatch(/\n\s+at /);

    // A virtual file system refuses new folders, whoever the kiosk runs as.
    const virtual = await exportAuditCsv(log, { directory: '/proc/borne-audit-export', now, timeZone: TZ });
    expect(virtual).toEqual({ kind: 'failed', message: 'The folder /proc/borne-audit-export does not exist and could not be created: is the drive plugged in?' });

    const readOnly = join(dir, 'read-only');
    expect(await exportAuditCsv(log, { directory: readOnly, now, timeZone: TZ })).toMatchObject({ kind: 'written', rows: 1 });

    await expect(exportAuditCsv(log, { directory: readOnly, from: '2026-11-30', to: '2026-11-01', now, timeZone: TZ })).resolves.toEqual({
      kind: 'failed',
      message: 'date range is backwards: from 2026-11-30 is after to 2026-11-01',
    });
  });
});
