// Writes the audit log to a CSV file, typically on a USB drive a clerk plugs in. The file
// appears whole or not at all: rows go to a temporary file that is flushed to the drive, then
// renamed, so pulling the drive mid-export never leaves a half file that looks complete.
// Rows are read and written a batch at a time: a 100,000-row log never sits in memory.
import { randomBytes } from 'node:crypto';
import { access, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { AuditExportResult } from '../contract/staff-schemas.js';
import { officeDay } from '../storage/office-day.js';
import { AuditLogInputError, type StaffAuditLog } from '../storage/staff-audit-log.js';
import { auditCsvHeader, auditCsvRows } from './audit-csv.js';

export interface AuditExportOptions {
  /** Created if missing. */
  directory: string;
  from?: string;
  to?: string;
  now: Date;
  timeZone: string;
  /** Rows read and written at a time. */
  batchSize?: number;
}

/** audit-<office day>-<HHMMSS>.csv, on the office's clock: sorts by date in a file list. */
export function auditExportFileName(now: Date, timeZone: string): string {
  const hms = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .format(now)
    .replace(/:/g, '');
  return `audit-${officeDay(now, timeZone)}-${hms}.csv`;
}

export async function exportAuditCsv(log: StaffAuditLog, opts: AuditExportOptions): Promise<AuditExportResult> {
  const directory = resolve(opts.directory);
  let temp: string | undefined;
  try {
    await ensureDirectory(directory);
    const fileName = await freeName(directory, auditExportFileName(opts.now, opts.timeZone));
    temp = join(directory, `.${fileName}.${randomBytes(4).toString('hex')}.partial`);
    const file = await open(temp, 'wx');
    let rows = 0;
    try {
      await file.write(auditCsvHeader());
      const range = { ...(opts.from !== undefined ? { from: opts.from } : {}), ...(opts.to !== undefined ? { to: opts.to } : {}) };
      for await (const batch of log.batches(range, opts.batchSize)) {
        await file.write(auditCsvRows(batch));
        rows += batch.length;
      }
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, join(directory, fileName));
    temp = undefined;
    await syncDirectory(directory);
    return { kind: 'written', fileName, directory, rows };
  } catch (err) {
    if (temp !== undefined) await unlink(temp).catch(() => undefined);
    return { kind: 'failed', message: plainReason(err, directory) };
  }
}

/**
 * mkdir -p, one level at a time: Node 20's recursive mkdir spins forever on some virtual file
 * systems (/proc), and a wrong mount path must give an answer, not hang the staff screen.
 */
async function ensureDirectory(directory: string, depth = 0): Promise<void> {
  try {
    await mkdir(directory);
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if ((await stat(directory)).isDirectory()) return;
      throw err;
    }
    const parent = dirname(directory);
    if (code !== 'ENOENT' || parent === directory || depth > 40) throw err;
  }
  await ensureDirectory(dirname(directory), depth + 1);
  // Once only: a parent that exists yet still refuses children (a virtual file system) is an error.
  await mkdir(directory).catch(async (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST' || !(await stat(directory)).isDirectory()) throw err;
  });
}

/** Two exports in the same second get -2, -3...: an earlier file is never overwritten. */
async function freeName(directory: string, name: string): Promise<string> {
  const base = name.slice(0, -'.csv'.length);
  for (let n = 1; n < 100; n += 1) {
    const candidate = n === 1 ? name : `${base}-${n}.csv`;
    const taken = await access(join(directory, candidate)).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
  throw new Error('too many exports in the same second');
}

/** Makes the rename itself durable; some USB file systems (FAT) refuse, and then there is nothing more to do. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const dir = await open(directory, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // The file was renamed and flushed; a directory that cannot be fsynced is not a failure.
  }
}

/** What a clerk or technician can act on, not a stack trace. */
function plainReason(err: unknown, directory: string): string {
  if (err instanceof AuditLogInputError) return err.message;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `The folder ${directory} cannot be written: permission denied.`;
    case 'EROFS':
      return `The drive holding ${directory} is read-only.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The drive holding ${directory} is full.`;
    case 'ENOTDIR':
      return `Part of the path ${directory} is a file, not a folder.`;
    case 'EEXIST':
      return `${directory} is a file, not a folder.`;
    case 'ENOENT':
      return `The folder ${directory} does not exist and could not be created: is the drive plugged in?`;
    case 'EIO':
      return `The drive holding ${directory} could not be written: check that it is still plugged in.`;
    default:
      return `The audit log could not be written to ${directory}${code ? ` (${code})` : ''}.`;
  }
}
