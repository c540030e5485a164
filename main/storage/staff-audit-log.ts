// The staff audit trail in kiosk.sqlite: who did what in the staff mode, and when. Rows are
// only ever added (triggers in migration 102 refuse UPDATE and DELETE), so the office can trust
// that a reprint or an export cannot be erased afterwards by whoever did it.
//
// No personal data goes in: callers pass an account id and display name from the staff
// configuration, and as target/outcome only receipt numbers, office days, search filters and
// result words ("printed", "paper-out"). Never a citizen's name, CNIE, card or badge number.
import type { AuditAction, AuditEntryView } from '../contract/staff-schemas.js';
import { auditActionSchema } from '../contract/staff-schemas.js';
import { officeDateTime, officeDay } from './office-day.js';
import { officeDayRangeClauses } from './office-day-range.js';
import type { SqliteDatabase, SqlValue } from './sqlite-database.js';

/** Longest target or outcome kept; longer text is cut (the entry itself is never refused for it). */
export const AUDIT_TEXT_MAX = 200;
const NAME_MAX = 64;
export const AUDIT_DEFAULT_PAGE = 50;
export const AUDIT_MAX_PAGE = 200;
const DEFAULT_BATCH = 1000;

export type AuditRole = 'staff' | 'technician';

export interface AuditAppend {
  /** Account id from the staff configuration; null when nobody is known (an unknown badge). */
  account: string | null;
  displayName: string | null;
  role: AuditRole | null;
  action: AuditAction;
  /** A receipt number, a day, a search's filters: never personal data. */
  target?: string | null;
  outcome?: string | null;
}

/** An entry as the export writes it: the view plus the role the account had. */
export interface AuditRecord extends AuditEntryView {
  role: AuditRole | null;
}

export interface AuditListQuery {
  /** First office day included, YYYY-MM-DD. */
  from?: string;
  /** Last office day included, YYYY-MM-DD. */
  to?: string;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  /** Page size: default 50, at most 200. */
  limit?: number;
}

export interface AuditRange {
  from?: string;
  to?: string;
}

/** Bad input to the audit log (a malformed day, a backwards range, a cursor from elsewhere). */
export class AuditLogInputError extends Error {
  override readonly name = 'AuditLogInputError';
}

interface AuditRow {
  id: number;
  at: string;
  account: string | null;
  display_name: string | null;
  role: AuditRole | null;
  action: AuditAction;
  target: string | null;
  outcome: string | null;
}

const COLUMNS = 'id, at, account, display_name, role, action, target, outcome';

export class StaffAuditLog {
  private readonly now: () => Date;
  /** One formatter for every row: building an Intl formatter per row made a 100,000-row export crawl. */

  constructor(
    private readonly db: SqliteDatabase,
    private readonly timeZone: string,
    now?: () => Date,
  ) {
    this.now = now ?? (() => new Date());
  }

  /** Durable (synchronous=FULL, own transaction) when it resolves; returns the entry's id. */
  async append(e: AuditAppend): Promise<number> {
    const action = auditActionSchema.safeParse(e.action);
    if (!action.success) throw new AuditLogInputError(`unknown audit action: ${String(e.action)}`);
    if (e.role !== null && e.role !== 'staff' && e.role !== 'technician') throw new AuditLogInputError(`unknown staff role: ${String(e.role)}`);
    const at = this.now();
    const { lastID } = await this.db.transaction(() =>
      this.db.run(
        `INSERT INTO staff_audit (at, office_day, account, display_name, role, action, target, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          at.toISOString(),
          officeDay(at, this.timeZone),
          clean(e.account, NAME_MAX),
          clean(e.displayName, NAME_MAX),
          e.role,
          action.data,
          clean(e.target ?? null, AUDIT_TEXT_MAX),
          clean(e.outcome ?? null, AUDIT_TEXT_MAX),
        ],
      ),
    );
    return lastID;
  }

  /** Newest first, in keyset pages: page 500 costs what page 1 does. */
  async list(q: AuditListQuery = {}): Promise<{ items: AuditEntryView[]; nextCursor?: string }> {
    const range = rangeClauses(q);
    const limit = pageSize(q.limit);
    const clauses = [...range.clauses];
    const params = [...range.params];
    if (q.cursor !== undefined) {
      clauses.push('id < ?');
      params.push(decodeCursor(q.cursor));
    }
    const rows = await this.db.all<AuditRow>(`SELECT ${COLUMNS} FROM staff_audit ${whereOf(clauses)} ORDER BY id DESC LIMIT ?`, [...params, limit + 1]);
    const items = rows.slice(0, limit).map((r) => this.toView(r));
    const last = items[items.length - 1];
    return { items, ...(rows.length > limit && last ? { nextCursor: encodeCursor(last.id) } : {}) };
  }

  /**
   * Oldest first, `batchSize` at a time, for the export: only one batch is in memory. The
   * entries that exist when it starts are read; later ones (the export's own entry) are not,
   * so a file is a consistent snapshot.
   */
  async *batches(range: AuditRange = {}, batchSize = DEFAULT_BATCH): AsyncGenerator<AuditRecord[]> {
    const { clauses, params } = rangeClauses(range);
    const size = Math.max(1, Math.min(Math.trunc(batchSize), 10_000));
    const top = (await this.db.get<{ top: number | null }>('SELECT MAX(id) AS top FROM staff_audit'))?.top ?? 0;
    let after = 0;
    for (;;) {
      const rows = await this.db.all<AuditRow>(
        `SELECT ${COLUMNS} FROM staff_audit ${whereOf([...clauses, 'id > ?', 'id <= ?'])} ORDER BY id LIMIT ?`,
        [...params, after, top, size],
      );
      if (rows.length === 0) return;
      yield rows.map((r) => ({ ...this.toView(r), role: r.role }));
      after = rows[rows.length - 1]?.id ?? top;
      if (rows.length < size) return;
    }
  }

  private toView(r: AuditRow): AuditEntryView {
    return {
      id: r.id,
      at: r.at,
      officeTime: officeDateTime(new Date(r.at), this.timeZone),
      account: r.account,
      displayName: r.display_name,
      action: r.action,
      target: r.target,
      outcome: r.outcome,
    };
  }
}

/** Control characters become spaces (a log line stays one line) and long text is cut. */
function clean(value: string | null, max: number): string | null {
  if (value === null) return null;
  const text = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function rangeClauses(range: AuditRange): { clauses: string[]; params: SqlValue[] } {
  return officeDayRangeClauses(range, (message) => new AuditLogInputError(message));
}

function pageSize(limit: number | undefined): number {
  if (limit === undefined) return AUDIT_DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1) throw new AuditLogInputError(`page size must be a whole number from 1 to ${AUDIT_MAX_PAGE}`);
  return Math.min(limit, AUDIT_MAX_PAGE);
}

function encodeCursor(id: number): string {
  return Buffer.from(`a:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^a:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const id = match?.[1] === undefined ? NaN : Number(match[1]);
  if (!Number.isSafeInteger(id) || id < 1) throw new AuditLogInputError('cursor was not given by this audit log: open the list again');
  return id;
}

function whereOf(clauses: readonly string[]): string {
  return clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`;
}
