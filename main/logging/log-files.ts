// The log files on disk, kiosk.log and its rolled kiosk.<n>.log, in age order.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CURRENT_LOG } from './rotating-file-stream.js';

const ROLLED = /^kiosk\.([1-9][0-9]{0,3})\.log$/;

/** Full paths, newest first: kiosk.log, kiosk.1.log, kiosk.2.log... Missing folder: none. */
export async function logFilesNewestFirst(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const rolled = names
    .map((name) => ({ name, n: Number(ROLLED.exec(name)?.[1] ?? NaN) }))
    .filter((f) => Number.isInteger(f.n))
    .sort((a, b) => a.n - b.n)
    .map((f) => f.name);
  const ordered = names.includes(CURRENT_LOG) ? [CURRENT_LOG, ...rolled] : rolled;
  return ordered.map((name) => join(dir, name));
}
