// Withdrawals travel through the outbox like submissions: durable in office_withdrawals before
// any network attempt, sent until the office answers, whatever happens to the kiosk meanwhile.
// The office settles a withdrawal the same way whether it arrives before or after the
// submission under the same key (see OfficeStore.withdraw), so the kiosk only has to stop
// sending that submission itself once a withdrawal exists.
import type { SqliteDatabase } from '../storage/sqlite-database.js';
import { type BackoffPolicy, backoffDelayMs } from './backoff.js';
import { isRetryable, type OfficeClient } from './office-client.js';
import type { OfficeLogger } from './office-logger.js';

/**
 * `withdrawn`: final at the office (request withdrawn, or its key refused from now on).
 * `not-withdrawn`: the office had already taken the request up; it stands.
 * `refused`: the office refused the withdrawal itself (its documented problem body).
 */
export type WithdrawalState = 'pending' | 'withdrawn' | 'not-withdrawn' | 'refused';

export interface WithdrawalRow {
  id: number;
  idempotency_key: string;
  state: WithdrawalState;
  attempts: number;
}

export type WithdrawalOutcome = 'settled' | 'retry' | 'link-down';

/**
 * True (as SQL over office_outbox) when the submission must not be sent: a withdrawal of its key
 * is on its way or done. After `not-withdrawn` the office holds the request, so sending it again
 * only fetches the office's receipt (an idempotent replay).
 */
export const WITHDRAWAL_BLOCKS_SQL = `EXISTS (SELECT 1 FROM office_withdrawals w
  WHERE w.idempotency_key = office_outbox.idempotency_key AND w.state IN ('pending', 'withdrawn'))`;

/** What the submission row says once the office confirmed the withdrawal. */
const WITHDRAWN_REJECTION = 'withdrawn: the visit ended before its result was shown';

export interface WithdrawalContext {
  db: SqliteDatabase;
  client: OfficeClient;
  logger: OfficeLogger;
  backoff: BackoffPolicy;
  now: () => number;
  random: () => number;
}

export async function sendWithdrawal(ctx: WithdrawalContext, row: WithdrawalRow): Promise<WithdrawalOutcome> {
  const { db, logger } = ctx;
  const result = await ctx.client.withdrawRequest(row.idempotency_key);
  const attempts = row.attempts + 1;
  const at = ctx.now();
  if (result.ok) {
    const answer = result.value;
    await db.transaction(async () => {
      await db.run(
        `UPDATE office_withdrawals SET state = ?, attempts = ?, settled_at = ?, last_error = NULL, response = ? WHERE id = ? AND state = 'pending'`,
        [answer.state, attempts, at, JSON.stringify(answer), row.id],
      );
      if (answer.state === 'withdrawn') {
        // The office refuses this key from now on: nothing is left to transmit, so the citizen's
        // data goes (law 09-08), in the same transaction as the office's word.
        await db.run(
          `UPDATE office_outbox SET state = 'rejected', body = NULL, rejection = ?, settled_at = ? WHERE idempotency_key = ? AND state = 'pending'`,
          [WITHDRAWN_REJECTION, at, row.idempotency_key],
        );
      }
    });
    if (answer.state === 'withdrawn') {
      logger.info({ withdrawalId: row.id, attempts, heldByOffice: answer.trackingNumber !== undefined }, 'outbox withdrawal confirmed by the office');
    } else {
      logger.warn({ withdrawalId: row.id, attempts, status: answer.status }, 'outbox withdrawal too late: the office had already taken the request up');
    }
    return 'settled';
  }
  const reason = [result.kind, result.status, result.code].filter((p) => p !== undefined).join(' ');
  if (!isRetryable(result)) {
    await db.run(`UPDATE office_withdrawals SET state = 'refused', attempts = ?, settled_at = ?, last_error = ? WHERE id = ? AND state = 'pending'`, [
      attempts,
      at,
      `${reason}: ${result.detail}`,
      row.id,
    ]);
    logger.error({ withdrawalId: row.id, reason }, 'outbox withdrawal refused by the office backend');
    return 'settled';
  }
  const delay = backoffDelayMs(attempts, ctx.backoff, ctx.random);
  await db.run(`UPDATE office_withdrawals SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'pending'`, [
    attempts,
    at + delay,
    reason,
    row.id,
  ]);
  logger.warn({ withdrawalId: row.id, attempts, reason, retryInMs: delay }, 'outbox withdrawal deferred');
  return result.kind === 'unreachable' || result.kind === 'timeout' ? 'link-down' : 'retry';
}
