// kiosk.log, rolled to kiosk.1.log ... kiosk.<keepFiles>.log once it passes a size, so a kiosk
// left running for months never fills its disk. pino's own file rotation comes as transports,
// which run in worker threads loaded from separate files by name: our esbuild bundle puts the
// main process in one .cjs file, where those workers cannot be found. This stream runs in the
// main thread and is handed to pino.multistream like any destination.
// Writes are synchronous: a line is on disk before the next one, so a power cut loses at most
// the line being written (the reader skips a torn last line), and rotation never races a write.
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const CURRENT_LOG = 'kiosk.log';

export interface RotationOptions {
  /** kiosk.log rolls once it holds at least this many bytes. */
  maxFileBytes: number;
  /** Rolled files kept besides kiosk.log; older ones are deleted. */
  keepFiles: number;
}

export const DEFAULT_ROTATION: RotationOptions = { maxFileBytes: 5 * 1024 * 1024, keepFiles: 5 };

/** kiosk.<n>.log; n = 0 is kiosk.log itself. */
export function logFileName(n: number): string {
  return n === 0 ? CURRENT_LOG : `kiosk.${n}.log`;
}

export class RotatingFileStream {
  /** null while closed: a closed descriptor's number may already belong to another file. */
  private fd: number | null;
  private size: number;

  constructor(
    private readonly dir: string,
    private readonly rotation: RotationOptions = DEFAULT_ROTATION,
  ) {
    mkdirSync(dir, { recursive: true });
    this.fd = openSync(join(dir, CURRENT_LOG), 'a');
    this.size = fstatSync(this.fd).size;
  }

  write(chunk: string): boolean {
    const bytes = Buffer.from(chunk, 'utf8');
    try {
      if (this.fd === null) this.reopen();
      if (this.fd === null) return true;
      let written = 0;
      while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
      this.size += bytes.length;
      if (this.size >= this.rotation.maxFileBytes) this.roll();
    } catch {
      // A full or failing disk loses this line; it must not throw into the code serving a
      // citizen. The warnings also go to standard error (createLogger's echo).
      this.reopen();
    }
    return true;
  }

  /** pino calls this on logger.flush(): every line is already written. */
  flushSync(): void {}

  end(): void {
    this.close();
  }

  private close(): void {
    const fd = this.fd;
    this.fd = null;
    if (fd !== null) closeSync(fd);
  }

  private reopen(): void {
    try {
      this.close();
    } catch {
      // Nothing more to do with a descriptor that will not close.
    }
    try {
      this.fd = openSync(join(this.dir, CURRENT_LOG), 'a');
      this.size = fstatSync(this.fd).size;
    } catch {
      // The next write fails again and tries again.
    }
  }

  private roll(): void {
    this.close();
    const keep = Math.max(1, this.rotation.keepFiles);
    // The oldest kept file is dropped; so are any beyond it left by a larger keepFiles before.
    for (let n = keep; n === keep || existsSync(join(this.dir, logFileName(n))); n += 1) {
      unlinkIfPresent(join(this.dir, logFileName(n)));
    }
    for (let n = keep - 1; n >= 0; n -= 1) {
      const from = join(this.dir, logFileName(n));
      if (existsSync(from)) renameSync(from, join(this.dir, logFileName(n + 1)));
    }
    this.fd = openSync(join(this.dir, CURRENT_LOG), 'a');
    this.size = 0;
  }
}

function unlinkIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
