// Outbox first, then one attempt while the citizen waits. The submission is on disk before
// the network is touched, so whatever happens next (backend down, slow, answering garbage,
// kiosk killed) it is delivered later, exactly once, under the reference already printed.
import type { z } from 'zod';
import { KioskRequestError } from '../../contract/kiosk-contract.js';
import type { Outbox, OutboxEntry, OutboxKind } from '../../office/outbox.js';

export type Delivery<T> =
  /** The backend answered: its receipt. */
  | { state: 'delivered'; receipt: T }
  /** No answer in time: the item waits in the outbox and will be retried. */
  | { state: 'pending' }
  /** The backend refused the request itself; retrying would not help. */
  | { state: 'rejected' };

export interface SubmissionRequest<T> {
  outbox: Outbox;
  kind: OutboxKind;
  idempotencyKey: string;
  body: unknown;
  receiptSchema: z.ZodType<T>;
  /** How long the citizen waits for the backend before the receipt says "pending". */
  timeoutMs: number;
  /** The session's signal: its end stops the wait (the item stays in the outbox). */
  signal: AbortSignal;
}

const POLL_MS = 50;

export async function submitThroughOutbox<T>(req: SubmissionRequest<T>): Promise<Delivery<T>> {
  await req.outbox.enqueue({ kind: req.kind, idempotencyKey: req.idempotencyKey, body: req.body });
  throwIfEnded(req.signal);
  const entry = await waitBounded(attemptNow(req), req.timeoutMs, req.signal);
  if (!entry) {
    // Past the deadline: the attempt runs on and the background drain takes over from there.
    return { state: 'pending' };
  }
  return deliveryOf(entry, req.receiptSchema);
}

export function deliveryOf<T>(entry: OutboxEntry, schema: z.ZodType<T>): Delivery<T> {
  if (entry.state === 'rejected') return { state: 'rejected' };
  if (entry.state === 'delivered') {
    const receipt = schema.safeParse(entry.response);
    if (receipt.success) return { state: 'delivered', receipt: receipt.data };
  }
  return { state: 'pending' };
}

/**
 * One attempt now. When the background drain already holds the item (enqueue wakes it), the
 * outbox skips our attempt; the wait then follows the drain's attempt instead, so a live
 * backend still gives a delivered receipt rather than a needless "pending".
 */
async function attemptNow<T>(req: SubmissionRequest<T>): Promise<OutboxEntry | undefined> {
  let entry = await req.outbox.sendNow(req.idempotencyKey);
  while (entry && entry.state === 'pending' && entry.attempts === 0 && !req.signal.aborted) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    entry = await req.outbox.get(req.idempotencyKey);
  }
  return entry;
}

/** The work's value, or undefined after `timeoutMs`; stale-session as soon as the signal fires. */
async function waitBounded<V>(work: Promise<V>, timeoutMs: number, signal: AbortSignal): Promise<V | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), timeoutMs);
      }),
      new Promise<never>((_, reject) => {
        onAbort = () => reject(staleSession());
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

export function throwIfEnded(signal: AbortSignal): void {
  if (signal.aborted) throw staleSession();
}

function staleSession(): KioskRequestError {
  return new KioskRequestError('stale-session', 'this session has ended');
}
