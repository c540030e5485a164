// Card payments between the terminal's approval and the office's word, in kiosk.sqlite. A row is
// written before the payment is sent to the office, so a crash, a kill -9 or a lost answer
// never leaves a charged card that nobody follows up. A row the citizen left without an answer
// is "uncertain": the reconciler settles it exactly once (confirmed at the office, or the charge
// given back), in one transaction with its audit row, and the clerk sees it meanwhile.
//
// No personal data: the tax notice reference, the amount, the terminal's authorization code
// (what staff need to find the charge at the acquirer), never a card number.
import { randomUUID } from 'node:crypto';
import { officeDay } from './office-day.js';
import type { Migration, SqliteDatabase } from './sqlite-database.js';

export type PaymentIncidentState = 'sending' | 'checking' | 'confirmed' | 'reversed';

export interface PaymentIncident {
  id: number;
  /** Printed on the citizen's slip and shown to the clerk: V- and 8 characters of the key. */
  checkNumber: string;
  idempotencyKey: string;
  reference: string;
  amountCentimes: number;
  authorizationCode: string;
  terminalId: string;
  /** The terminal's reference of the transaction, which a reversal names; null on rows older than migration 106. */
  transactionReference: string | null;
  state: PaymentIncidentState;
  /** Set when the citizen left without an answer (a slip was printed): a clerk-visible incident. */
  uncertainSince: string | null;
  attempts: number;
  settledAt: string | null;
  trackingNumber: string | null;
  lastError: string | null;
}

export const PAYMENT_INCIDENT_MIGRATIONS: readonly Migration[] = [
  {
    version: 105,
    sql: `
      CREATE TABLE payment_incidents (
        id INTEGER PRIMARY KEY,
        check_number TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL,
        amount_centimes INTEGER NOT NULL,
        authorization_code TEXT NOT NULL,
        terminal_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('sending', 'checking', 'confirmed', 'reversed')),
        uncertain_since TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        settled_at TEXT,
        tracking_number TEXT,
        last_error TEXT,
        -- Which kiosk process was sending it: a row still 'sending' under another run was orphaned.
        run_id TEXT
      );
      CREATE INDEX payment_incidents_due ON payment_incidents (state, next_attempt_at);
    `,
  },
  {
    version: 106,
    sql: `
      -- Terminals reverse by the original transaction's reference (the acquirer holds it), not by
      -- the kiosk's memory of the approval, which a restart loses.
      ALTER TABLE payment_incidents ADD COLUMN transaction_reference TEXT;
    `,
  },
];

interface Row {
  id: number;
  check_number: string;
  idempotency_key: string;
  reference: string;
  amount_centimes: number;
  authorization_code: string;
  terminal_id: string;
  transaction_reference: string | null;
  state: PaymentIncidentState;
  uncertain_since: string | null;
  attempts: number;
  settled_at: string | null;
  tracking_number: string | null;
  last_error: string | null;
}

export interface NewPayment {
  idempotencyKey: string;
  reference: string;
  amountCentimes: number;
  authorizationCode: string;
  terminalId: string;
  transactionReference: string;
}

export type Settlement = { state: 'confirmed'; trackingNumber: string } | { state: 'reversed' };

export function checkNumberOf(idempotencyKey: string): string {
  return `V-${idempotencyKey.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

export class PaymentIncidentStore {
  /** This process: rows it opens carry it, so the next run knows them for orphans. */
  private readonly runId = randomUUID();

  constructor(
    private readonly db: SqliteDatabase,
    private readonly timeZone: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Before the payment goes to the office: from here on, the charge is never forgotten. */
  async open(p: NewPayment): Promise<PaymentIncident> {
    await this.db.run(
      `INSERT INTO payment_incidents (check_number, idempotency_key, reference, amount_centimes, authorization_code, terminal_id, transaction_reference, state, created_at, run_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'sending', ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
      [
        checkNumberOf(p.idempotencyKey),
        p.idempotencyKey,
        p.reference,
        p.amountCentimes,
        p.authorizationCode,
        p.terminalId,
        p.transactionReference,
        this.now().toISOString(),
        this.runId,
      ],
    );
    const row = await this.get(p.idempotencyKey);
    if (!row) throw new Error('payment row vanished after insert');
    return row;
  }

  async get(idempotencyKey: string): Promise<PaymentIncident | undefined> {
    const row = await this.db.get<Row>('SELECT * FROM payment_incidents WHERE idempotency_key = ?', [idempotencyKey]);
    return row ? toIncident(row) : undefined;
  }

  /** The citizen leaves without an answer: the reconciler takes over, the clerk sees it. */
  async markUncertain(idempotencyKey: string, reason: string): Promise<void> {
    await this.db.run(
      `UPDATE payment_incidents SET state = 'checking', uncertain_since = COALESCE(uncertain_since, ?), last_error = ?
       WHERE idempotency_key = ? AND state IN ('sending', 'checking')`,
      [this.now().toISOString(), reason.slice(0, 200), idempotencyKey],
    );
  }

  /**
   * A kiosk that starts finds rows of payments its previous run was still sending (killed
   * mid-flow): nobody waits for them any more, so they become uncertain.
   */
  async adoptInterrupted(): Promise<number> {
    // Only rows of earlier runs: a payment this run is sending right now is not orphaned.
    const r = await this.db.run(
      `UPDATE payment_incidents SET state = 'checking', uncertain_since = COALESCE(uncertain_since, ?), last_error = 'kiosk stopped while sending'
       WHERE state = 'sending' AND (run_id IS NULL OR run_id <> ?)`,
      [this.now().toISOString(), this.runId],
    );
    return r.changes;
  }

  async due(nowMs: number, limit = 20): Promise<PaymentIncident[]> {
    const rows = await this.db.all<Row>("SELECT * FROM payment_incidents WHERE state = 'checking' AND next_attempt_at <= ? ORDER BY id LIMIT ?", [nowMs, limit]);
    return rows.map(toIncident);
  }

  async nextDueAt(): Promise<number | null> {
    const row = await this.db.get<{ at: number | null }>("SELECT MIN(next_attempt_at) AS at FROM payment_incidents WHERE state = 'checking'");
    return row?.at ?? null;
  }

  async defer(id: number, nextAttemptAtMs: number, reason: string): Promise<void> {
    await this.db.run("UPDATE payment_incidents SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'checking'", [
      nextAttemptAtMs,
      reason.slice(0, 200),
      id,
    ]);
  }

  /**
   * Ends a payment, once: only the first call for a row changes it (true). An uncertain one gets
   * its audit row in the same transaction, so it is never settled without one, nor audited twice.
   */
  settle(idempotencyKey: string, s: Settlement): Promise<boolean> {
    return this.db.transaction(async () => {
      const row = await this.db.get<Row>("SELECT * FROM payment_incidents WHERE idempotency_key = ? AND state IN ('sending', 'checking')", [idempotencyKey]);
      if (!row) return false;
      const at = this.now();
      await this.db.run('UPDATE payment_incidents SET state = ?, settled_at = ?, tracking_number = ?, last_error = NULL WHERE id = ?', [
        s.state,
        at.toISOString(),
        s.state === 'confirmed' ? s.trackingNumber : null,
        row.id,
      ]);
      if (row.uncertain_since !== null) {
        // Written here rather than through StaffAuditLog.append, whose own transaction could not
        // share this one: the settlement and its audit row stand or fall together.
        await this.db.run(
          `INSERT INTO staff_audit (at, office_day, account, display_name, role, action, target, outcome) VALUES (?, ?, NULL, 'reconciler', NULL, 'payment-incident-settled', ?, ?)`,
          [at.toISOString(), officeDay(at, this.timeZone), row.check_number, s.state === 'confirmed' ? `confirmed ${s.trackingNumber}` : 'reversed'],
        );
      }
      return true;
    });
  }

  /** What the clerk sees: every payment that became uncertain, newest first, settled or not. */
  async listUncertain(limit = 100): Promise<PaymentIncident[]> {
    const rows = await this.db.all<Row>('SELECT * FROM payment_incidents WHERE uncertain_since IS NOT NULL ORDER BY id DESC LIMIT ?', [limit]);
    return rows.map(toIncident);
  }
}

function toIncident(r: Row): PaymentIncident {
  return {
    id: r.id,
    checkNumber: r.check_number,
    idempotencyKey: r.idempotency_key,
    reference: r.reference,
    amountCentimes: r.amount_centimes,
    authorizationCode: r.authorization_code,
    terminalId: r.terminal_id,
    transactionReference: r.transaction_reference,
    state: r.state,
    uncertainSince: r.uncertain_since,
    attempts: r.attempts,
    settledAt: r.settled_at,
    trackingNumber: r.tracking_number,
    lastError: r.last_error,
  };
}
