// The log files on disk in age order: kiosk.log (today), then each earlier day's kiosk-<day>.log
// and the part of it the size cap set aside (kiosk-<day>.1.log), then kiosk.<n>.log files left
// by versions that rolled by size.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CURRENT_LOG, DAY_LOG } from './rotating-file-stream.js';

const ROLLED = /^kiosk\.([1-9][0-9]{0,3})\.log$/;

/** Full paths, newest first: kiosk.log, kiosk-<yesterday>.log, kiosk-<yesterday>.1.log... Missing folder: none. */
export async function logFilesNewestFirst(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const days = names
    .map((name) => {
      const m = DAY_LOG.exec(name);
      return m?.[1] ? { name, day: m[1], part: Number(m[2] ?? 0) } : undefined;
    })
    .filter((f): f is { name: string; day: string; part: number } => f !== undefined)
    // Newer day first; within a day the plain file holds the day's end, part 1 what came before
    // it, and parts 2-9 (a clock set back) came after the plain file.
    .sort((a, b) => (a.day === b.day ? partAge(a.part) - partAge(b.part) : a.day < b.day ? 1 : -1))
    .map((f) => f.name);
  const rolled = names
    .map((name) => ({ name, n: Number(ROLLED.exec(name)?.[1] ?? NaN) }))
    .filter((f) => Number.isInteger(f.n))
    .sort((a, b) => a.n - b.n)
    .map((f) => f.name);
  const ordered = [...(names.includes(CURRENT_LOG) ? [CURRENT_LOG] : []), ...days, ...rolled];
  return ordered.map((name) => join(dir, name));
}

/** 0 = newest among one day's files. */
function partAge(part: number): number {
  if (part >= 2) return -part;
  return part;
}
