// The audit log as CSV for the office's spreadsheet: RFC 4180 (CRLF lines, quoted cells where
// needed), UTF-8 with a byte order mark so Excel shows Arabic names instead of mojibake, and
// cells that a spreadsheet would run as a formula defused with a leading apostrophe (a display
// name or a search filter is typed by someone, and "=HYPERLINK(...)" must stay text).
import type { AuditRecord } from '../storage/staff-audit-log.js';

export const CSV_BOM = '\uFEFF';
const EOL = '\r\n';

export const AUDIT_CSV_COLUMNS = ['id', 'time (office)', 'account', 'name', 'role', 'action', 'target', 'outcome'] as const;

/** Characters that make a spreadsheet read a cell as a formula (or as one after trimming). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula starts defused, then quoted if it holds a quote, comma, CR or LF. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null)[]): string {
  return cells.map(csvCell).join(',') + EOL;
}

/** The start of the file: byte order mark and the header row. */
export function auditCsvHeader(): string {
  return CSV_BOM + csvLine(AUDIT_CSV_COLUMNS);
}

export function auditCsvRow(e: AuditRecord): string {
  return csvLine([e.id, e.officeTime, e.account, e.displayName, e.role, e.action, e.target, e.outcome]);
}

/** Rows for a batch of entries, in the order given. */
export function auditCsvRows(entries: readonly AuditRecord[]): string {
  return entries.map(auditCsvRow).join('');
}

/** A whole file in memory: for small exports and tests; audit-export.ts streams instead. */
export function auditCsv(entries: readonly AuditRecord[]): string {
  return auditCsvHeader() + auditCsvRows(entries);
}
