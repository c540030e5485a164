// kiosk.log holds today's lines; at the first line of a new day it becomes kiosk-<day>.log, and
// days older than `keepDays` are deleted. A size cap bounds each day, never the previous days:
// when today's file passes it, the file is set aside as kiosk-<day>.1.log (replacing an earlier
// part of the same day), so a flood (a noisy serial line, a loop) costs at most two caps of
// today's history and nothing of the days a technician will want to read.
// pino's own file rotation comes as transports, which run in worker threads loaded from separate
// files by name: our esbuild bundle puts the main process in one .cjs file, where those workers
// cannot be found. This stream runs in the main thread and is handed to pino.multistream.
// Writes are batched off the logging call (one write per event-loop turn, at most BATCH_BYTES),
// so a burst of lines does not block the code serving a citizen line by line; flushSync() (called
// by logger.flush() and at process exit) writes what is queued. The reader skips a torn last line.
import { closeSync, existsSync, fchmodSync, fstatSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../storage/private-files.js';

export const CURRENT_LOG = 'kiosk.log';

export interface RotationOptions {
  /** Today's kiosk.log is set aside (kiosk-<day>.1.log) once it holds this many bytes. */
  maxFileBytes: number;
  /** Days of logs kept besides today; older day files are deleted. */
  keepDays: number;
  /** The day a line belongs to, YYYY-MM-DD; the machine's local date unless given (tests). */
  dayOf?: (at: Date) => string;
}

export const DEFAULT_ROTATION: RotationOptions = { maxFileBytes: 5 * 1024 * 1024, keepDays: 30 };

/** Queued bytes beyond this are dropped (and counted) rather than filling memory. */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

/** kiosk-<day>.log for a whole past day, kiosk-<day>.1.log for the part set aside by the cap. */
export function dayLogName(day: string, part = 0): string {
  return part === 0 ? `kiosk-${day}.log` : `kiosk-${day}.${part}.log`;
}

export const DAY_LOG = /^kiosk-(\d{4}-\d{2}-\d{2})(?:\.([1-9]))?\.log$/;

export function localDay(at: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Every open stream writes what it still holds when the process exits (one listener for all). */
const OPEN_STREAMS = new Set<RotatingFileStream>();
process.on('exit', () => {
  for (const s of OPEN_STREAMS) s.flushSync();
});

export class RotatingFileStream {
  /** null while closed: a closed descriptor's number may already belong to another file. */
  private fd: number | null = null;
  private size = 0;
  private day: string;
  private queue: string[] = [];
  private queuedBytes = 0;
  private dropped = 0;
  private scheduled = false;
  private readonly dayOf: (at: Date) => string;

  constructor(
    private readonly dir: string,
    private readonly rotation: RotationOptions = DEFAULT_ROTATION,
  ) {
    this.dayOf = rotation.dayOf ?? localDay;
    makePrivateDir(dir);
    this.open();
    // A kiosk.log left by a run on an earlier day belongs to that day.
    this.day = this.size > 0 && this.fd !== null ? this.dayOf(fstatSync(this.fd).mtime) : this.dayOf(new Date());
    OPEN_STREAMS.add(this);
  }

  write(chunk: string): boolean {
    if (this.queuedBytes + chunk.length > MAX_QUEUED_BYTES) {
      this.dropped += 1;
      return true;
    }
    this.queue.push(chunk);
    this.queuedBytes += chunk.length;
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flushSync());
    }
    return true;
  }

  /** Writes every queued line now: pino calls it on logger.flush(), and it runs at process exit. */
  flushSync(): void {
    this.scheduled = false;
    if (this.dropped > 0) {
      const n = this.dropped;
      this.dropped = 0;
      this.queue.push(`${JSON.stringify({ level: 40, time: Date.now(), msg: `${n} log lines dropped: written faster than the disk took them` })}\n`);
    }
    const lines = this.queue;
    this.queue = [];
    this.queuedBytes = 0;
    if (lines.length > 0) this.writeNow(lines);
  }

  /** pino's logger.flush(cb) (through createLogger's multistream). */
  flush(cb?: (err?: Error) => void): void {
    this.flushSync();
    cb?.();
  }

  end(): void {
    this.flushSync();
    OPEN_STREAMS.delete(this);
    this.close();
  }

  /** As few writes as the cap allows: lines up to the cap in one write, then the part is set aside. */
  private writeNow(lines: string[]): void {
    try {
      const today = this.dayOf(new Date());
      if (today !== this.day) this.rollDay(today);
      // Opened before measuring: the size counted is the file's, not a closed one's.
      if (this.fd === null) this.open();
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      for (const line of lines) {
        const bytes = Buffer.from(line, 'utf8');
        pending.push(bytes);
        pendingBytes += bytes.length;
        if (this.size + pendingBytes >= this.rotation.maxFileBytes) {
          this.writeOut(Buffer.concat(pending));
          pending = [];
          pendingBytes = 0;
          this.setAsidePart();
        }
      }
      if (pendingBytes > 0) this.writeOut(Buffer.concat(pending));
    } catch {
      // A full or failing disk loses these lines; it must not throw into the code serving a
      // citizen. The warnings also go to standard error (createLogger's echo).
      this.close();
    }
  }

  private writeOut(bytes: Buffer): void {
    if (this.fd === null) this.open();
    if (this.fd === null) throw new Error('kiosk.log cannot be opened');
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
    this.size += bytes.length;
  }

  private open(): void {
    try {
      this.fd = openSync(join(this.dir, CURRENT_LOG), 'a', PRIVATE_FILE_MODE);
      fchmodSync(this.fd, PRIVATE_FILE_MODE);
      this.size = fstatSync(this.fd).size;
    } catch {
      this.fd = null; // the next write tries again
      this.size = 0;
    }
  }

  private close(): void {
    const fd = this.fd;
    this.fd = null;
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // Nothing more to do with a descriptor that will not close.
      }
    }
  }

  /** Today's file passed the cap: it replaces today's earlier part, and kiosk.log starts again. */
  private setAsidePart(): void {
    this.close();
    renameSync(join(this.dir, CURRENT_LOG), join(this.dir, dayLogName(this.day, 1)));
    this.open();
  }

  private rollDay(today: string): void {
    this.close();
    const current = join(this.dir, CURRENT_LOG);
    if (existsSync(current)) {
      let target = join(this.dir, dayLogName(this.day));
      // The clock went back to a day already closed: keep both rather than overwrite.
      for (let n = 2; existsSync(target) && n <= 9; n += 1) target = join(this.dir, dayLogName(this.day, n));
      renameSync(current, target);
    }
    this.day = today;
    this.deleteOldDays();
    this.open();
  }

  private deleteOldDays(): void {
    const days = new Set<string>();
    const files = readdirSync(this.dir)
      .map((name) => ({ name, day: DAY_LOG.exec(name)?.[1] }))
      .filter((f): f is { name: string; day: string } => f.day !== undefined && f.day !== this.day);
    for (const f of files) days.add(f.day);
    const keep = new Set([...days].sort().reverse().slice(0, Math.max(1, this.rotation.keepDays)));
    for (const f of files) if (!keep.has(f.day)) unlinkIfPresent(join(this.dir, f.name));
  }
}

function unlinkIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
