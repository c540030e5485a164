import type { Migration } from '../storage/sqlite-database.js';

// Versions from 100 on, so they can be appended to KIOSK_MIGRATIONS without clashing with the
// kiosk's own numbering. Append; never edit a released one.
export const OUTBOX_MIGRATIONS: readonly Migration[] = [
  {
    version: 100,
    sql: `
      CREATE TABLE office_outbox (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('civil-status-request', 'report')),
        idempotency_key TEXT NOT NULL UNIQUE,
        -- The submission itself; wiped once delivered or rejected (law 09-08: keep only
        -- what the pending transmission needs).
        body TEXT,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        next_attempt_at INTEGER NOT NULL,
        settled_at INTEGER,
        last_error TEXT,
        -- The backend's receipt (tracking number, dates, fee): no personal data.
        response TEXT,
        rejection TEXT
      );
      CREATE INDEX office_outbox_due ON office_outbox (state, next_attempt_at);
    `,
  },
  {
    // After the kiosk's 101-104 and the payments' 105-106 (user_version is one number).
    version: 107,
    sql: `
      -- Withdrawals of submissions whose citizen never saw the result (the visit ended during
      -- the submission). One per idempotency key, sent until the office answers; while one is
      -- pending or done, the submission under the same key is not sent again.
      CREATE TABLE office_withdrawals (
        id INTEGER PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'withdrawn', 'not-withdrawn', 'refused')),
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        next_attempt_at INTEGER NOT NULL,
        settled_at INTEGER,
        last_error TEXT,
        -- The office's answer: a state, a tracking number, a status; no personal data.
        response TEXT
      );
      CREATE INDEX office_withdrawals_due ON office_withdrawals (state, next_attempt_at);
    `,
  },
];
