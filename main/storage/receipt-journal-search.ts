// Staff search over the journal: checked filters, keyset pages (newest first) and a capped
// count, so a search matching every receipt reads one page and at most 10,001 index entries.
import { officeDayRangeClauses } from './office-day-range.js';
import type { SqlValue } from './sqlite-database.js';
import { JOURNAL_COUNT_CAP, JournalQueryError, type JournalSearch, type ReceiptKind } from './receipt-journal-types.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
const KINDS: readonly ReceiptKind[] = ['ticket', 'civil-status', 'report', 'tax-payment', 'payment-incident'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The order of every list; each search index ends with these columns (then the rowid). */
export const NEWEST_FIRST = 'ORDER BY office_day DESC, created_at DESC, id DESC';

export interface PageQuery {
  where: string;
  params: SqlValue[];
  /** The same filters with the cursor condition, for the page itself. */
  pageWhere: string;
  pageParams: SqlValue[];
  limit: number;
}

interface CursorKey {
  officeDay: string;
  createdAt: string;
  id: number;
}

/** Upper-cased and trimmed: how numbers are stored in number_key and matched. */
export function numberKey(number: string): string {
  return number.trim().toUpperCase();
}

export function buildPageQuery(search: JournalSearch): PageQuery {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (search.number !== undefined) {
    const key = numberKey(search.number);
    if (key.length === 0 || key.length > 64) throw new JournalQueryError('receipt number must be 1 to 64 characters');
    clauses.push('number_key = ?');
    params.push(key);
  }
  const range = officeDayRangeClauses(search, (message) => new JournalQueryError(message));
  clauses.push(...range.clauses);
  params.push(...range.params);
  if (search.service !== undefined) {
    if (!/^[a-z0-9-]{1,40}$/.test(search.service)) throw new JournalQueryError('service must be a service id such as civil-status');
    clauses.push('service = ?');
    params.push(search.service);
  }
  if (search.kind !== undefined) {
    if (!KINDS.includes(search.kind)) throw new JournalQueryError(`kind must be one of ${KINDS.join(', ')}`);
    clauses.push('kind = ?');
    params.push(search.kind);
  }
  if (search.state !== undefined) {
    if (search.state !== 'pending' && search.state !== 'printed') throw new JournalQueryError('state must be pending or printed');
    clauses.push('state = ?');
    params.push(search.state);
  }
  const limit = pageSize(search.limit);
  const pageClauses = [...clauses];
  const pageParams = [...params];
  if (search.cursor !== undefined) {
    const key = decodeCursor(search.cursor);
    // A row value compares column by column, in the same order as the indexes.
    pageClauses.push('(office_day, created_at, id) < (?, ?, ?)');
    pageParams.push(key.officeDay, key.createdAt, key.id);
  }
  return { where: whereOf(clauses), params, pageWhere: whereOf(pageClauses), pageParams, limit };
}

/** Counts the matches up to the cap plus one: enough to say "10000+" without reading them all. */
export function cappedCountSql(where: string): string {
  return `SELECT COUNT(*) AS n FROM (SELECT 1 FROM receipt_journal ${where} LIMIT ${JOURNAL_COUNT_CAP + 1})`;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.officeDay, key.createdAt, key.id])).toString('base64url');
}

function decodeCursor(cursor: string): CursorKey {
  const bad = new JournalQueryError('cursor was not given by this journal: start the search again');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw bad;
  const [officeDay, createdAt, id] = parsed as unknown[];
  if (typeof officeDay !== 'string' || !DAY.test(officeDay) || typeof createdAt !== 'string' || !Number.isSafeInteger(id)) throw bad;
  return { officeDay, createdAt, id: id as number };
}

function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1) throw new JournalQueryError(`page size must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  return Math.min(limit, MAX_PAGE_SIZE);
}

function whereOf(clauses: readonly string[]): string {
  return clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`;
}
