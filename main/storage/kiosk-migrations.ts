import type { Migration } from './sqlite-database.js';

// Append new migrations; never edit a released one (kiosks in the field have run it).
export const KIOSK_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE ticket_sequence (
        day TEXT NOT NULL,
        service_id TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (day, service_id)
      );
      CREATE TABLE queue_tickets (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL,
        service_id TEXT NOT NULL,
        day TEXT NOT NULL,
        seq INTEGER NOT NULL,
        issued_at TEXT NOT NULL,
        expected_call_at TEXT NOT NULL,
        language TEXT NOT NULL,
        print_state TEXT NOT NULL DEFAULT 'pending' CHECK (print_state IN ('pending', 'printed', 'failed')),
        print_failure TEXT,
        UNIQUE (day, service_id, seq)
      );
      CREATE INDEX queue_tickets_waiting ON queue_tickets (day, service_id, expected_call_at);
    `,
  },
];
