// Home is held during a submission; if the visit ends any other way before the result is shown
// (a page reload, a renderer crash, main's inactivity limit, a shutdown), the request is
// withdrawn at the office and nothing prints. Without this the outbox would still deliver it:
// the office would process a request whose citizen holds no receipt and was told nothing, and
// who will likely make it again. Card payments never come here: money has its own settlement.
import { KioskRequestError } from '../../contract/kiosk-contract.js';
import type { Outbox } from '../../office/outbox.js';
import type { SessionService, VisitEndReason } from '../session-service.js';
import type { ProcedureLogger } from './procedure-logger.js';

export interface TrackedSubmission {
  procedure: 'civil-status' | 'report';
  /** The kiosk reference it was filed under (no personal data: a number the kiosk made up). */
  kioskReference: string;
  idempotencyKey: string;
}

export interface SubmissionWithdrawalsDeps {
  sessions: SessionService;
  outbox: Pick<Outbox, 'withdraw'>;
  logger: ProcedureLogger;
}

export class SubmissionWithdrawals {
  /** Submissions whose result is not yet on its way to the citizen, by visit. */
  private readonly open = new Map<string, Set<TrackedSubmission>>();
  /** Withdrawals being written to the outbox (close() waits for them). */
  private readonly writing = new Set<Promise<void>>();
  private readonly stopListening: () => void;

  constructor(private readonly deps: SubmissionWithdrawalsDeps) {
    this.stopListening = deps.sessions.onEnded((sessionId, reason) => this.visitEnded(sessionId, reason));
  }

  /**
   * Call before the submission goes into the outbox. Returns `shown`, to call at the moment the
   * result is committed to the citizen (the answer is going to the screen and the paper): from
   * then on the visit's end no longer withdraws it. Throws stale-session when the visit has
   * already ended, so nothing is sent for it.
   */
  track(sessionId: string, submission: TrackedSubmission): () => void {
    if (!this.deps.sessions.isActive(sessionId)) throw new KioskRequestError('stale-session', 'this session has ended');
    let set = this.open.get(sessionId);
    if (!set) {
      set = new Set();
      this.open.set(sessionId, set);
    }
    set.add(submission);
    const visit = set;
    return () => {
      visit.delete(submission);
      if (visit.size === 0 && this.open.get(sessionId) === visit) this.open.delete(sessionId);
    };
  }

  /** Resolves once every withdrawal asked for so far is durable in the outbox. */
  async settled(): Promise<void> {
    while (this.writing.size > 0) await Promise.allSettled([...this.writing]);
  }

  async close(): Promise<void> {
    this.stopListening();
    await this.settled();
  }

  private visitEnded(sessionId: string, reason: VisitEndReason): void {
    const submissions = this.open.get(sessionId);
    if (!submissions) return;
    this.open.delete(sessionId);
    for (const submission of submissions) {
      const write = this.withdraw(submission, reason).finally(() => this.writing.delete(write));
      this.writing.add(write);
    }
  }

  private async withdraw(submission: TrackedSubmission, reason: VisitEndReason): Promise<void> {
    const { procedure, kioskReference } = submission;
    try {
      await this.deps.outbox.withdraw(submission.idempotencyKey);
      this.deps.logger.warn(
        { procedure, reference: kioskReference, reason, outcome: 'withdrawn' },
        'submission withdrawn: the visit ended before its result was shown; nothing printed',
      );
    } catch (err) {
      // The outbox could not store it: the request may still reach the office. Said loudly.
      this.deps.logger.error(
        { procedure, reference: kioskReference, reason, err: err instanceof Error ? err.message : String(err) },
        'submission withdrawal not stored',
      );
    }
  }
}
