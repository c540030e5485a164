import { OUTBOX_MIGRATIONS } from '../office/outbox-migrations.js';
import { PAYMENT_INCIDENT_MIGRATIONS } from './payment-incidents.js';
import type { Migration } from './sqlite-database.js';

// Append new migrations; never edit a released one (kiosks in the field have run it).
// user_version is a single number and the outbox's migrations start at 100: a kiosk migration
// added from now on must be numbered above the outbox's last (101, 102...), or a database that
// already ran the outbox would skip it.
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
  {
    version: 2,
    sql: `
      -- Receipt numbers the kiosk gives before the office has answered (KHM01-2026-000123):
      -- one sequence per reference code and office year, never reused.
      CREATE TABLE kiosk_reference_sequence (
        code TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (code, year)
      );
    `,
  },
  {
    version: 101,
    sql: `
      -- Every receipt and ticket, written before it goes to the printer, with the receipt model
      -- as printed (personal data already masked) so staff can print it again.
      CREATE TABLE receipt_journal (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL,
        -- number, trimmed and upper-cased: what a clerk types is matched against this.
        number_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        service TEXT,
        language TEXT NOT NULL,
        created_at TEXT NOT NULL,
        office_day TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'printed')),
        print_failure TEXT CHECK (print_failure IN ('offline', 'paper-out', 'cover-open', 'cutter-error', 'error')),
        print_attempts INTEGER NOT NULL DEFAULT 0,
        printed_at TEXT,
        reprint_count INTEGER NOT NULL DEFAULT 0,
        last_reprint_at TEXT,
        receipt TEXT NOT NULL
      );
      -- Searches list newest first by (office_day, created_at, id); each index ends with that
      -- order so a page is read straight off the index, never sorted from every match.
      CREATE INDEX receipt_journal_by_day ON receipt_journal (office_day, created_at);
      CREATE INDEX receipt_journal_by_number ON receipt_journal (number_key, office_day, created_at);
      CREATE INDEX receipt_journal_by_service ON receipt_journal (service, office_day, created_at);
      CREATE INDEX receipt_journal_by_service_state ON receipt_journal (service, state, office_day, created_at);
      CREATE INDEX receipt_journal_by_state ON receipt_journal (state, office_day, created_at);
      CREATE INDEX receipt_journal_by_kind ON receipt_journal (kind, office_day, created_at);
    `,
  },
  {
    version: 102,
    sql: `
      -- What the card paid, on tax-payment and payment-incident receipts only: the end-of-day
      -- summary adds it up. Older rows keep NULL (they predate the column).
      ALTER TABLE receipt_journal ADD COLUMN amount_centimes INTEGER;
      -- Who did what in the staff mode. No personal data: targets are receipt numbers, days, filters.
      CREATE TABLE staff_audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        office_day TEXT NOT NULL,
        account TEXT,
        display_name TEXT,
        role TEXT,
        action TEXT NOT NULL,
        target TEXT,
        outcome TEXT
      );
      CREATE INDEX staff_audit_by_day ON staff_audit (office_day, id);
      -- Append-only, enforced by the database itself: no code path (nor a sqlite3 shell on the
      -- kiosk) can rewrite or erase what a clerk did.
      CREATE TRIGGER staff_audit_no_update BEFORE UPDATE ON staff_audit
        BEGIN SELECT RAISE(ABORT, 'staff_audit is append-only'); END;
      CREATE TRIGGER staff_audit_no_delete BEFORE DELETE ON staff_audit
        BEGIN SELECT RAISE(ABORT, 'staff_audit is append-only'); END;
    `,
  },
  {
    version: 103,
    sql: `
      -- Paper used since the technician last declared a new roll: one row, created on first use.
      CREATE TABLE printer_paper (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        receipts INTEGER NOT NULL,
        length_mm REAL NOT NULL,
        since TEXT NOT NULL
      );
    `,
  },
  {
    version: 104,
    sql: `
      -- Set, durably, just before a receipt's first byte goes to the printer, to the id of the
      -- kiosk process sending it; cleared when the outcome is known. Still set after a restart
      -- (another process id): the process died mid-send, so the paper may be out.
      ALTER TABLE receipt_journal ADD COLUMN sending_run TEXT;
    `,
  },
];

/** Everything kiosk.sqlite holds: the kiosk's own tables, the office outbox, the payments being checked (105). */
export const KIOSK_DATABASE_MIGRATIONS: readonly Migration[] = [...KIOSK_MIGRATIONS, ...OUTBOX_MIGRATIONS, ...PAYMENT_INCIDENT_MIGRATIONS];
