// The from/to filter on office days that staff searches share (journal, audit log): checked
// dates, never backwards, as SQL clauses on an `office_day` column.
import { isOfficeDayString } from './receipt-journal-types.js';
import type { SqlValue } from './sqlite-database.js';

export interface OfficeDayRange {
  /** First office day included, YYYY-MM-DD. */
  from?: string;
  /** Last office day included, YYYY-MM-DD. */
  to?: string;
}

/** `fail` builds the caller's own error type, whose message the staff screen shows as it is. */
export function officeDayRangeClauses(range: OfficeDayRange, fail: (message: string) => Error): { clauses: string[]; params: SqlValue[] } {
  const check = (value: string, field: 'from' | 'to'): string => {
    const day = value.trim();
    if (!isOfficeDayString(day)) throw fail(`${field} must be a date written YYYY-MM-DD, e.g. 2026-11-26`);
    return day;
  };
  const from = range.from === undefined ? undefined : check(range.from, 'from');
  const to = range.to === undefined ? undefined : check(range.to, 'to');
  if (from && to && from > to) throw fail(`date range is backwards: from ${from} is after to ${to}`);
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (from) {
    clauses.push('office_day >= ?');
    params.push(from);
  }
  if (to) {
    clauses.push('office_day <= ?');
    params.push(to);
  }
  return { clauses, params };
}
