// Bytes -> printer. A transport knows nothing of receipts: it sends a finished job and, where
// the link can carry an answer back, asks the real-time status.
import type { StatusRequest } from './printer-status.js';

export type StatusQuery =
  | { kind: 'answered'; answers: Array<{ n: StatusRequest; byte: number }> }
  /** The link has no way back, or the printer kept quiet (many cheap printers never answer). */
  | { kind: 'unknown'; detail: string };

export interface PrinterTransport {
  /** Where the printer is, for technicians' logs. */
  readonly description: string;
  /** Resolves once every byte has left for the printer; rejects with PrinterTransportError. */
  send(bytes: Buffer): Promise<void>;
  /** Rejects with PrinterTransportError only when the printer cannot be reached at all. */
  queryStatus(requests: StatusRequest[]): Promise<StatusQuery>;
}

export interface TransportTimeouts {
  /** Connect + send budget for one job. */
  timeoutMs: number;
  /** How long to wait for each status byte before calling the printer silent. */
  statusTimeoutMs: number;
}

export type TransportFailure = 'offline' | 'error';

export class PrinterTransportError extends Error {
  constructor(
    readonly kind: TransportFailure,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'PrinterTransportError';
  }
}

/** Codes meaning "nobody is there": switched off, unplugged, wrong address, cable out. */
const OFFLINE_CODES = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT',
  'ENODEV',
  'ENXIO',
]);

export function classifyTransportError(err: unknown, what: string): PrinterTransportError {
  if (err instanceof PrinterTransportError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
  const message = err instanceof Error ? err.message : String(err);
  const kind: TransportFailure = code && OFFLINE_CODES.has(code) ? 'offline' : 'error';
  return new PrinterTransportError(kind, `${what}: ${code ?? message}`, code);
}

/** Bytes coming back from a printer, taken one at a time with a deadline. */
export class ByteQueue {
  private bytes: number[] = [];
  private waiter: ((b: number | undefined) => void) | undefined;

  push(chunk: Buffer): void {
    for (const b of chunk) this.bytes.push(b);
    this.wake();
  }

  /** Ends any wait: the link closed and nothing more will come. */
  close(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.(undefined);
  }

  take(timeoutMs: number): Promise<number | undefined> {
    const ready = this.bytes.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve(undefined);
      }, timeoutMs);
      this.waiter = (b) => {
        clearTimeout(timer);
        resolve(b);
      };
    });
  }

  private wake(): void {
    if (!this.waiter) return;
    const b = this.bytes.shift();
    if (b === undefined) return;
    const w = this.waiter;
    this.waiter = undefined;
    w(b);
  }
}

/** Asks each status in turn over an open link; stops at the first silence. */
export async function askStatus(
  write: (bytes: Buffer) => Promise<void>,
  replies: ByteQueue,
  requests: StatusRequest[],
  timeoutMs: number,
): Promise<StatusQuery> {
  const answers: Array<{ n: StatusRequest; byte: number }> = [];
  for (const n of requests) {
    await write(Buffer.from([0x10, 0x04, n]));
    const byte = await replies.take(timeoutMs);
    if (byte === undefined) {
      return answers.length > 0
        ? { kind: 'answered', answers }
        : { kind: 'unknown', detail: `no status answer within ${timeoutMs} ms` };
    }
    answers.push({ n, byte });
  }
  return { kind: 'answered', answers };
}
