// A file exported to a folder, typically on a USB drive a clerk or technician plugs in, that
// appears whole or not at all: it is written to a hidden temporary file, flushed to the drive,
// then renamed, so pulling the drive mid-export never leaves a half file that looks complete.
import { randomBytes } from 'node:crypto';
import { access, mkdir, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { officeDay } from './office-day.js';

export interface AtomicExportWritten<T> {
  fileName: string;
  /** The folder, resolved to an absolute path. */
  directory: string;
  result: T;
}

/**
 * Creates `directory` if missing and writes `fileName` in it through `write`; two exports with
 * the same name get -2, -3... rather than overwriting. Throws the file system's error, for
 * plainExportFailure.
 */
export async function writeExportFileAtomically<T>(
  directoryPath: string,
  fileName: string,
  write: (file: FileHandle) => Promise<T>,
): Promise<AtomicExportWritten<T>> {
  const directory = resolve(directoryPath);
  let temp: string | undefined;
  try {
    await ensureDirectory(directory);
    const name = await freeName(directory, fileName);
    temp = join(directory, `.${name}.${randomBytes(4).toString('hex')}.partial`);
    // Exports carry personal data (audit trail, logs): readable by the kiosk's account only.
    const file = await open(temp, 'wx', 0o600);
    let result: T;
    try {
      await file.chmod(0o600).catch(() => undefined); // FAT drives have no modes to set
      result = await write(file);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, join(directory, name));
    temp = undefined;
    await syncDirectory(directory);
    return { fileName: name, directory, result };
  } finally {
    if (temp !== undefined) await unlink(temp).catch(() => undefined);
  }
}

/** <office day>-<HHMMSS> on the office's clock: export files sort by date in a file list. */
export function exportFileStamp(now: Date, timeZone: string): string {
  const hms = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .format(now)
    .replace(/:/g, '');
  return `${officeDay(now, timeZone)}-${hms}`;
}

/** What a clerk or technician can act on, not a stack trace; `what` names the export ("The audit log"). */
export function plainExportFailure(err: unknown, directoryPath: string, what: string): string {
  const directory = resolve(directoryPath);
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
      return `${what} could not be written to ${directory}${code ? ` (${code})` : ''}.`;
  }
}

/**
 * mkdir -p, one level at a time: Node 20's recursive mkdir spins forever on some virtual file
 * systems (/proc), and a wrong mount path must give an answer, not hang the screen.
 */
async function ensureDirectory(directory: string, depth = 0): Promise<void> {
  try {
    await mkdir(directory, { mode: 0o700 });
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
  await mkdir(directory, { mode: 0o700 }).catch(async (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST' || !(await stat(directory)).isDirectory()) throw err;
  });
}

/** Two exports in the same second get -2, -3...: an earlier file is never overwritten. */
async function freeName(directory: string, name: string): Promise<string> {
  const ext = extname(name);
  const base = name.slice(0, name.length - ext.length);
  for (let n = 1; n < 100; n += 1) {
    const candidate = n === 1 ? name : `${base}-${n}${ext}`;
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
