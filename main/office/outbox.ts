// Durable outbox for submissions to the office backend. A submission is written to SQLite
// before any network attempt, so a dead network, a dead backend, a restart or a kill -9 never
// loses it. Each item carries the idempotency key the backend deduplicates on, which makes
// a retry after an unknown outcome (answer lost, process killed mid-request) safe: the
// backend records it once, and the item is marked delivered when an answer finally arrives.
import type { SqliteDatabase } from '../storage/sqlite-database.js';
import { type BackoffPolicy, backoffDelayMs, DEFAULT_BACKOFF } from './backoff.js';
import { isRetryable, type OfficeClient, type OfficeResult } from './office-client.js';
import { type OfficeLogger, silentOfficeLogger } from './office-logger.js';
import { civilStatusRequestSchema, idempotencyKeySchema, reportSchema } from './office-schemas.js';
import { type OutboxRow as Row, storedBody, toEntry } from './outbox-rows.js';
import { sendWithdrawal, WITHDRAWAL_BLOCKS_SQL, type WithdrawalRow, type WithdrawalState } from './outbox-withdrawals.js';

export type OutboxKind = 'civil-status-request' | 'report';
export type OutboxState = 'pending' | 'delivered' | 'rejected';

export interface OutboxEntry {
  id: number;
  kind: OutboxKind;
  idempotencyKey: string;
  state: OutboxState;
  attempts: number;
  createdAt: number;
  /** The backend's receipt once delivered (CivilStatusReceipt or ReportReceipt). */
  response?: unknown;
  rejection?: string;
  lastError?: string;
  /** A withdrawal of this key (the citizen never saw the result), when one was asked for. */
  withdrawal?: WithdrawalState;
}

export interface OutboxStats {
  depth: number;
  oldestPendingAgeMs: number | null;
  delivered: number;
  rejected: number;
}

export interface DrainSummary {
  delivered: number;
  rejected: number;
  deferred: number;
  /** When the next pass is worth running; null when nothing is pending. */
  nextDueInMs: number | null;
}

export interface OutboxOptions {
  db: SqliteDatabase;
  client: OfficeClient;
  logger?: OfficeLogger;
  backoff?: BackoffPolicy;
  now?: () => number;
  random?: () => number;
}

type Outcome = 'delivered' | 'rejected' | 'retry' | 'link-down';
const BODY_SCHEMAS = { 'civil-status-request': civilStatusRequestSchema, report: reportSchema } as const;
const BATCH = 50;
/** The kiosk's own verdict on a stored body that no longer passes the schema: final, like an office refusal. */
const INVALID_STORED_BODY = 'invalid-stored-body';

export class Outbox {
  private readonly db: SqliteDatabase;
  private readonly client: OfficeClient;
  private readonly logger: OfficeLogger;
  private readonly backoff: BackoffPolicy;
  private readonly now: () => number;
  private readonly random: () => number;
  /** The attempt under way per key: a second caller waits for it rather than sending twice. */
  private readonly inFlight = new Map<string, Promise<Outcome>>();
  private linkFailures = 0;
  private pass: Promise<DrainSummary> | undefined;
  private running = false;
  private loopDone: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(opts: OutboxOptions) {
    this.db = opts.db;
    this.client = opts.client;
    this.logger = opts.logger ?? silentOfficeLogger;
    this.backoff = opts.backoff ?? DEFAULT_BACKOFF;
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
  }

  /** Stores a submission (validated first). Enqueuing the same key twice keeps the first. */
  async enqueue(item: { kind: OutboxKind; idempotencyKey: string; body: unknown }): Promise<OutboxEntry> {
    const key = idempotencyKeySchema.parse(item.idempotencyKey);
    const body = BODY_SCHEMAS[item.kind].parse(item.body);
    const now = this.now();
    await this.db.run(
      `INSERT INTO office_outbox (kind, idempotency_key, body, created_at, next_attempt_at)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
      [item.kind, key, JSON.stringify(body), now, now],
    );
    const entry = await this.get(key);
    if (!entry) throw new Error('outbox item vanished after insert');
    this.kick();
    return entry;
  }

  async get(idempotencyKey: string): Promise<OutboxEntry | undefined> {
    const row = await this.db.get<Row>(
      `SELECT o.*, w.state AS withdrawal_state FROM office_outbox o
       LEFT JOIN office_withdrawals w ON w.idempotency_key = o.idempotency_key WHERE o.idempotency_key = ?`,
      [idempotencyKey],
    );
    return row ? toEntry(row) : undefined;
  }

  /**
   * Withdraws the submission under this key at the office: its citizen's visit ended before
   * the result was shown. Durable when it resolves; sent in the background until the office
   * answers (whether or not it ever received the submission). From now on the submission itself
   * is not sent again. Asking twice keeps the first.
   */
  async withdraw(idempotencyKey: string): Promise<void> {
    const key = idempotencyKeySchema.parse(idempotencyKey);
    const now = this.now();
    await this.db.run(
      `INSERT INTO office_withdrawals (idempotency_key, created_at, next_attempt_at) VALUES (?, ?, ?)
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [key, now, now],
    );
    this.kick();
  }

  /** The withdrawal of a key, if one was asked for. */
  async withdrawalState(idempotencyKey: string): Promise<WithdrawalState | undefined> {
    const row = await this.db.get<{ state: WithdrawalState }>('SELECT state FROM office_withdrawals WHERE idempotency_key = ?', [idempotencyKey]);
    return row?.state;
  }

  /**
   * One immediate attempt for this item (the citizen is waiting at the screen). When the
   * background pass (woken by enqueue) is already sending it, waits for that attempt instead,
   * so the citizen still gets the office's answer rather than "pending".
   */
  async sendNow(idempotencyKey: string): Promise<OutboxEntry | undefined> {
    const row = await this.db.get<Row>(`SELECT * FROM office_outbox WHERE idempotency_key = ? AND state = 'pending' AND NOT ${WITHDRAWAL_BLOCKS_SQL}`, [
      idempotencyKey,
    ]);
    const running = this.inFlight.get(idempotencyKey);
    if (running) await running;
    else if (row) await this.attempt(row);
    return this.get(idempotencyKey);
  }

  /** One pass over the items that are due; concurrent callers share the same pass. */
  drain(): Promise<DrainSummary> {
    this.pass ??= this.runPass().finally(() => {
      this.pass = undefined;
    });
    return this.pass;
  }

  async stats(): Promise<OutboxStats> {
    const row = await this.db.get<{ depth: number; oldest: number | null; delivered: number; rejected: number }>(
      `SELECT SUM(state = 'pending') AS depth,
              MIN(CASE WHEN state = 'pending' THEN created_at END) AS oldest,
              SUM(state = 'delivered') AS delivered,
              SUM(state = 'rejected') AS rejected
       FROM office_outbox`,
    );
    const oldest = row?.oldest ?? null;
    return {
      depth: row?.depth ?? 0,
      oldestPendingAgeMs: oldest === null ? null : Math.max(0, this.now() - oldest),
      delivered: row?.delivered ?? 0,
      rejected: row?.rejected ?? 0,
    };
  }

  /** Drains in the background until stop(), sleeping until the next item is due. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loopDone;
    await this.pass;
    // A citizen's sendNow may still be writing its outcome: let it land before the file closes.
    await Promise.allSettled([...this.inFlight.values()]);
  }

  /** Runs the next background pass now (after an enqueue, or when the network returns). */
  kick(): void {
    this.wake?.();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let waitMs = this.backoff.capMs;
      try {
        const summary = await this.drain();
        if (summary.nextDueInMs !== null) waitMs = Math.min(summary.nextDueInMs, this.backoff.capMs);
      } catch (err) {
        this.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'outbox pass failed');
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.max(0, waitMs));
        function done(): void {
          clearTimeout(timer);
          resolve();
        }
        this.wake = done;
      });
      this.wake = undefined;
    }
  }

  private async runPass(): Promise<DrainSummary> {
    const summary: DrainSummary = { delivered: 0, rejected: 0, deferred: 0, nextDueInMs: null };
    for (;;) {
      const rows = await this.db.all<Row>(
        `SELECT * FROM office_outbox WHERE state = 'pending' AND next_attempt_at <= ? AND NOT ${WITHDRAWAL_BLOCKS_SQL} ORDER BY id LIMIT ?`,
        [this.now(), BATCH],
      );
      const todo = rows.filter((r) => !this.inFlight.has(r.idempotency_key));
      if (todo.length === 0) break;
      for (const row of todo) {
        const outcome = await this.attempt(row);
        if (outcome === 'delivered') summary.delivered += 1;
        else if (outcome === 'rejected') summary.rejected += 1;
        else summary.deferred += 1;
        if (outcome === 'link-down') {
          // The backend cannot be reached at all: stop hammering it with the other items.
          summary.nextDueInMs = backoffDelayMs(this.linkFailures, this.backoff, this.random);
          return summary;
        }
      }
    }
    // Withdrawals after the submissions: the office ends the same (withdrawn) in either order.
    if (!(await this.withdrawalPass(summary))) return summary;
    const next = await this.db.get<{ at: number | null }>(
      `SELECT MIN(at) AS at FROM (
         SELECT MIN(next_attempt_at) AS at FROM office_outbox WHERE state = 'pending' AND NOT ${WITHDRAWAL_BLOCKS_SQL}
         UNION ALL SELECT MIN(next_attempt_at) FROM office_withdrawals WHERE state = 'pending')`,
    );
    if (next?.at != null) summary.nextDueInMs = Math.max(0, next.at - this.now());
    return summary;
  }

  /** The due withdrawals; false when the backend cannot be reached (summary says when to retry). */
  private async withdrawalPass(summary: DrainSummary): Promise<boolean> {
    const rows = await this.db.all<WithdrawalRow>(
      "SELECT id, idempotency_key, state, attempts FROM office_withdrawals WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?",
      [this.now(), BATCH],
    );
    for (const row of rows) {
      const flightKey = `withdraw:${row.idempotency_key}`;
      if (this.inFlight.has(flightKey)) continue;
      const attempt = this.withdrawOnce(row).finally(() => this.inFlight.delete(flightKey));
      this.inFlight.set(flightKey, attempt);
      const outcome = await attempt;
      if (outcome === 'link-down') {
        summary.deferred += 1;
        summary.nextDueInMs = backoffDelayMs(this.linkFailures, this.backoff, this.random);
        return false;
      }
      if (outcome === 'retry') summary.deferred += 1;
    }
    return true;
  }

  private async withdrawOnce(row: WithdrawalRow): Promise<Outcome> {
    const ctx = { db: this.db, client: this.client, logger: this.logger, backoff: this.backoff, now: this.now, random: this.random };
    const outcome = await sendWithdrawal(ctx, row);
    if (outcome === 'link-down') this.linkFailures += 1;
    else this.linkFailures = 0;
    return outcome === 'settled' ? 'delivered' : outcome;
  }

  private send(row: Row): Promise<OfficeResult<unknown>> {
    // A body that no longer passes the schema (damaged file, older release) can never be
    // delivered: it is answered like a backend refusal instead of blocking the queue.
    const body = storedBody(row);
    if (row.kind === 'report') {
      const parsed = reportSchema.safeParse(body);
      if (parsed.success) return this.client.submitReport(parsed.data, row.idempotency_key);
    } else {
      const parsed = civilStatusRequestSchema.safeParse(body);
      if (parsed.success) return this.client.submitCivilStatusRequest(parsed.data, row.idempotency_key);
    }
    return Promise.resolve({ ok: false, kind: 'rejected', detail: 'stored submission no longer valid', code: INVALID_STORED_BODY });
  }

  private attempt(row: Row): Promise<Outcome> {
    const running = this.inFlight.get(row.idempotency_key);
    if (running) return running;
    const attempt = this.attemptOnce(row).finally(() => this.inFlight.delete(row.idempotency_key));
    this.inFlight.set(row.idempotency_key, attempt);
    return attempt;
  }

  private async attemptOnce(row: Row): Promise<Outcome> {
    const result = await this.send(row);
    const attempts = row.attempts + 1;
    if (result.ok) {
      this.linkFailures = 0;
      await this.db.transaction(() =>
        this.db.run(
          `UPDATE office_outbox SET state = 'delivered', body = NULL, response = ?, attempts = ?, settled_at = ?, last_error = NULL
           WHERE id = ? AND state = 'pending'`,
          [JSON.stringify(result.value), attempts, this.now(), row.id],
        ),
      );
      this.logger.info({ outboxId: row.id, kind: row.kind, attempts, replayed: result.replayed }, 'outbox item delivered');
      return 'delivered';
    }
    const reason = [result.kind, result.status, result.code].filter((p) => p !== undefined).join(' ');
    if (result.code === INVALID_STORED_BODY || !isRetryable(result)) {
      this.linkFailures = 0;
      // Law 09-08: the kiosk keeps personal data only as long as a pending transmission needs
      // it. The office's own documented refusal (its problem body) is its final word, like an
      // acceptance: nothing is left to transmit, so the body goes. A refusal that is not the
      // office speaking never reaches here (isRetryable keeps it pending with its body); the
      // kiosk's own "stored body invalid" verdict was never seen by the office, so the body
      // stays for the technician who looks into the damaged row.
      const wipe = result.fromOffice === true;
      await this.db.transaction(() =>
        this.db.run(
          `UPDATE office_outbox SET state = 'rejected', body = CASE WHEN ? THEN NULL ELSE body END, rejection = ?, attempts = ?, settled_at = ?
           WHERE id = ? AND state = 'pending'`,
          [wipe ? 1 : 0, `${reason}: ${result.detail}`, attempts, this.now(), row.id],
        ),
      );
      this.logger.warn({ outboxId: row.id, kind: row.kind, reason }, 'outbox item rejected by the office backend');
      return 'rejected';
    }
    const linkDown = result.kind === 'unreachable' || result.kind === 'timeout';
    if (linkDown) this.linkFailures += 1;
    const delay = backoffDelayMs(attempts, this.backoff, this.random);
    await this.db.run('UPDATE office_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ? AND state = ?', [
      attempts,
      this.now() + delay,
      reason,
      row.id,
      'pending',
    ]);
    this.logger.warn({ outboxId: row.id, kind: row.kind, attempts, reason, retryInMs: delay }, 'outbox delivery deferred');
    return linkDown ? 'link-down' : 'retry';
  }
}
