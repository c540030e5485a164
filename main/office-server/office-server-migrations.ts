import type { Migration } from '../storage/sqlite-database.js';

// The embedded office server's own database (not the kiosk's). Append; never edit.
export const OFFICE_SERVER_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE tracking_sequence (
        prefix TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (prefix, year)
      );
      CREATE TABLE office_requests (
        tracking_number TEXT PRIMARY KEY,
        procedure TEXT NOT NULL CHECK (procedure IN ('civil-status', 'report', 'tax-payment')),
        status TEXT NOT NULL CHECK (status IN ('received', 'in-progress', 'ready', 'closed', 'rejected')),
        idempotency_key TEXT NOT NULL UNIQUE,
        kiosk_reference TEXT UNIQUE,
        payload TEXT NOT NULL,
        receipt TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE tax_notices (
        reference TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        due_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('due', 'paid')),
        lines TEXT NOT NULL,
        paid_tracking_number TEXT
      );
      CREATE TABLE idempotency_keys (
        key TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        status_code INTEGER NOT NULL,
        response TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      -- Demonstration notices, amounts in centimes (MAD x 100).
      INSERT INTO tax_notices (reference, year, due_date, status, lines) VALUES
        ('TSC-2026-000123', 2026, '2026-03-31', 'due',
         '[{"code":"tsc","label":"Taxe de services communaux","amount":{"currency":"MAD","centimes":124000}},{"code":"late-surcharge","label":"Majoration de retard","amount":{"currency":"MAD","centimes":6200}}]'),
        ('TSC-2026-000456', 2026, '2026-03-31', 'due',
         '[{"code":"tsc","label":"Taxe de services communaux","amount":{"currency":"MAD","centimes":86000}}]'),
        ('TNB-2026-000789', 2026, '2026-03-31', 'due',
         '[{"code":"tnb","label":"Taxe sur les terrains urbains non bâtis","amount":{"currency":"MAD","centimes":350000}},{"code":"collection-fees","label":"Frais de poursuite","amount":{"currency":"MAD","centimes":15000}}]'),
        ('TSC-2025-000042', 2025, '2025-03-31', 'paid',
         '[{"code":"tsc","label":"Taxe de services communaux","amount":{"currency":"MAD","centimes":54000}}]');
    `,
  },
  {
    version: 2,
    sql: `
      -- A request may be withdrawn by the kiosk whose citizen never saw its result (the visit
      -- ended mid-submission). SQLite cannot alter a CHECK: the table is rebuilt with the new status.
      CREATE TABLE office_requests_v2 (
        tracking_number TEXT PRIMARY KEY,
        procedure TEXT NOT NULL CHECK (procedure IN ('civil-status', 'report', 'tax-payment')),
        status TEXT NOT NULL CHECK (status IN ('received', 'in-progress', 'ready', 'closed', 'rejected', 'withdrawn')),
        idempotency_key TEXT NOT NULL UNIQUE,
        kiosk_reference TEXT UNIQUE,
        payload TEXT NOT NULL,
        receipt TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      INSERT INTO office_requests_v2 (tracking_number, procedure, status, idempotency_key, kiosk_reference, payload, receipt, created_at, updated_at)
        SELECT tracking_number, procedure, status, idempotency_key, kiosk_reference, payload, receipt, created_at, updated_at FROM office_requests;
      DROP TABLE office_requests;
      ALTER TABLE office_requests_v2 RENAME TO office_requests;
    `,
  },
];
