// The technician's log viewer reads the files pino wrote: newest first, filtered by level and
// device, a page at a time. A line cut short by a power cut (or any line that is not JSON) is
// skipped rather than failing the whole page.
import { readFile } from 'node:fs/promises';
import type { LogEntryView } from '../contract/tech-schemas.js';
import { logFilesNewestFirst } from './log-files.js';

export type LogLevelName = LogEntryView['level'];

/** A cursor that did not come from readLogPage. */
export class LogQueryError extends Error {}

export interface LogQuery {
  minLevel?: LogLevelName;
  device?: string;
  cursor?: string;
}

export interface LogPage {
  entries: LogEntryView[];
  nextCursor?: string;
  devices: string[];
}

const LEVEL_NUMBERS: Record<LogLevelName, number> = { debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };
/** Fields shown in their own column, or that say nothing to a technician. */
const OWN_FIELDS = new Set(['level', 'time', 'msg', 'part', 'device', 'pid', 'hostname', 'v']);
const DETAIL_VALUE_MAX = 120;
const DETAILS_MAX = 400;

export async function readLogPage(dir: string, query: LogQuery, pageSize = 100): Promise<LogPage> {
  const after = parseCursor(query.cursor);
  const min = LEVEL_NUMBERS[query.minLevel ?? 'debug'];
  const entries: LogEntryView[] = [];
  const devices = new Set<string>();
  let nextCursor: string | undefined;
  // Lines passed at the current millisecond, and where the last entry shown stands.
  let atTime = Number.NaN;
  let passedAtTime = 0;
  let last: Cursor | null = null;
  for (const path of await logFilesNewestFirst(dir)) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      // Rolled away between the listing and the read: its lines are in the next file.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const lines = text.split('\n');
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      const record = parseLine(lines[i] ?? '');
      if (!record) continue;
      if (record.device !== null) devices.add(record.device);
      if (nextCursor !== undefined) continue;
      if (record.timeMs !== atTime) {
        atTime = record.timeMs;
        passedAtTime = 0;
      }
      passedAtTime += 1;
      if (after && (record.timeMs > after.timeMs || (record.timeMs === after.timeMs && passedAtTime <= after.skip))) continue;
      if (record.levelNumber < min || (query.device !== undefined && record.device !== query.device)) continue;
      if (entries.length === pageSize && last) {
        nextCursor = `${last.timeMs}.${last.skip}`;
        continue;
      }
      entries.push(toView(record));
      last = { timeMs: record.timeMs, skip: passedAtTime };
    }
  }
  return { entries, ...(nextCursor !== undefined ? { nextCursor } : {}), devices: [...devices].sort() };
}

interface LogRecord {
  timeMs: number;
  levelNumber: number;
  part: string | null;
  device: string | null;
  msg: string;
  fields: Record<string, unknown>;
}

function parseLine(line: string): LogRecord | null {
  if (!line.startsWith('{')) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  const { time, level } = fields;
  if (typeof time !== 'number' || typeof level !== 'number' || !Number.isFinite(new Date(time).getTime())) return null;
  return {
    timeMs: time,
    levelNumber: level,
    part: typeof fields.part === 'string' ? fields.part : null,
    device: typeof fields.device === 'string' ? fields.device : null,
    msg: typeof fields.msg === 'string' ? fields.msg : '',
    fields,
  };
}

function toView(r: LogRecord): LogEntryView {
  return { time: new Date(r.timeMs).toISOString(), level: levelName(r.levelNumber), part: r.part, device: r.device, msg: r.msg, details: detailsOf(r.fields) };
}

/** trace is shown as debug, anything above fatal as fatal: the contract knows five levels. */
function levelName(n: number): LogLevelName {
  if (n >= 60) return 'fatal';
  if (n >= 50) return 'error';
  if (n >= 40) return 'warn';
  if (n >= 30) return 'info';
  return 'debug';
}

/** The other fields as `key=value key=value`, nested objects as compact JSON, each cut short. */
export function detailsOf(fields: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (OWN_FIELDS.has(key) || value === undefined) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    parts.push(`${key}=${text.length > DETAIL_VALUE_MAX ? `${text.slice(0, DETAIL_VALUE_MAX - 1)}…` : text}`);
  }
  const all = parts.join(' ');
  return all.length > DETAILS_MAX ? `${all.slice(0, DETAILS_MAX - 1)}…` : all;
}

// The cursor names a point in time, not a line number: kiosk.log rolls between two pages and
// the line numbers move, but the time of the last entry shown does not. Entries sharing that
// millisecond are counted so none is shown twice or skipped.
interface Cursor {
  timeMs: number;
  /** Lines at exactly timeMs already passed (of any level or device). */
  skip: number;
}

function parseCursor(cursor: string | undefined): Cursor | null {
  if (cursor === undefined) return null;
  const match = /^([0-9]{1,15})\.([0-9]{1,9})$/.exec(cursor);
  if (!match) throw new LogQueryError('the log cursor is not one this kiosk gave: reload the logs');
  return { timeMs: Number(match[1]), skip: Number(match[2]) };
}
