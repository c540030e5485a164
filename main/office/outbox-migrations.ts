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
];
