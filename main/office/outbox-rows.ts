// How an outbox item is stored in office_outbox, and read back.
import type { OutboxEntry, OutboxKind, OutboxState } from './outbox.js';
import type { WithdrawalState } from './outbox-withdrawals.js';

export interface OutboxRow {
  id: number;
  kind: OutboxKind;
  idempotency_key: string;
  body: string | null;
  state: OutboxState;
  attempts: number;
  created_at: number;
  response: string | null;
  rejection: string | null;
  last_error: string | null;
  /** Joined from office_withdrawals where the query asks for it. */
  withdrawal_state?: WithdrawalState | null;
}

export function storedBody(row: OutboxRow): unknown {
  try {
    return JSON.parse(row.body ?? 'null');
  } catch {
    return null;
  }
}

export function toEntry(row: OutboxRow): OutboxEntry {
  return {
    id: row.id,
    kind: row.kind,
    idempotencyKey: row.idempotency_key,
    state: row.state,
    attempts: row.attempts,
    createdAt: row.created_at,
    ...(row.response ? { response: JSON.parse(row.response) as unknown } : {}),
    ...(row.rejection ? { rejection: row.rejection } : {}),
    ...(row.last_error ? { lastError: row.last_error } : {}),
    ...(row.withdrawal_state ? { withdrawal: row.withdrawal_state } : {}),
  };
}
