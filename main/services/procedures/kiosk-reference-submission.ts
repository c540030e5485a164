// A civil-status request or a report goes to the office the same way: under a new kiosk
// reference (the number printed if the office does not answer in time), outbox first; a
// refusal by the office itself is logged and ends the procedure with nothing printed.
import type { z } from 'zod';
import type { Outbox, OutboxKind } from '../../office/outbox.js';
import type { KioskReferenceSource } from '../../storage/kiosk-reference-store.js';
import type { CitizenSession, SessionService } from '../session-service.js';
import { type Delivery, submitThroughOutbox } from './office-submission.js';
import type { ProcedureLogger } from './procedure-logger.js';
import { idempotencyKeyFor } from './submission-key.js';
import type { SubmissionWithdrawals } from './submission-withdrawals.js';

export interface KioskReferenceSubmissionDeps {
  sessions: SessionService;
  outbox: Outbox;
  references: KioskReferenceSource;
  logger: ProcedureLogger;
  requestTimeoutMs: number;
  /** Withdraws the submission at the office if the visit ends before its result is shown. */
  withdrawals: SubmissionWithdrawals;
}

export interface KioskReferenceSubmission<T> {
  procedure: 'civil-status' | 'report';
  kind: OutboxKind;
  session: CitizenSession;
  /** The body for the office, which files it under the kiosk reference it carries. */
  body: (kioskReference: string) => unknown;
  receiptSchema: z.ZodType<T>;
}

export interface AcceptedSubmission<T> {
  kioskReference: string;
  /** Delivered with the office's receipt, or waiting in the outbox. */
  delivery: Exclude<Delivery<T>, { state: 'rejected' }>;
  /**
   * Call right after the last check that the visit is still on, before the receipt prints: the
   * result now goes to the citizen, and the visit's end no longer withdraws the request.
   */
  shown: () => void;
}

export async function submitUnderKioskReference<T>(
  deps: KioskReferenceSubmissionDeps,
  submission: KioskReferenceSubmission<T>,
): Promise<AcceptedSubmission<T> | 'rejected'> {
  const { session } = submission;
  const kioskReference = await deps.references.next();
  const idempotencyKey = idempotencyKeyFor(kioskReference);
  // Before the outbox holds it: a visit ending from here on withdraws it.
  const shown = deps.withdrawals.track(session.id, { procedure: submission.procedure, kioskReference, idempotencyKey });
  const delivery = await submitThroughOutbox({
    outbox: deps.outbox,
    kind: submission.kind,
    idempotencyKey,
    body: submission.body(kioskReference),
    receiptSchema: submission.receiptSchema,
    timeoutMs: deps.requestTimeoutMs,
    signal: session.signal,
  });
  if (delivery.state === 'rejected') {
    deps.logger.warn({ procedure: submission.procedure, reference: kioskReference, outcome: 'rejected' }, 'procedure outcome');
    deps.sessions.assertStillActive(session.id);
    // The office refused it: nothing is left to withdraw.
    shown();
    return 'rejected';
  }
  return { kioskReference, delivery, shown };
}
