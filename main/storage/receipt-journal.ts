// The receipt journal in kiosk.sqlite: every receipt and ticket is written here before it goes
// to the printer, then marked printed or left pending with the printer's reason. Staff search
// it, reprint from it (the copy is marked), and retention purges it.
import { randomUUID } from 'node:crypto';
import { type Receipt, receiptSchema } from '../../hardware/printer/receipt-model.js';
import type { PrintFailureReason } from '../../hardware/printer/receipt-printer.js';
import { officeDay } from './office-day.js';
import { buildPageQuery, cappedCountSql, encodeCursor, NEWEST_FIRST, numberKey } from './receipt-journal-search.js';
import {
  JOURNAL_COUNT_CAP,
  JOURNAL_COUNT_CAPPED,
  JournalEntryNotFoundError,
  type JournalDayCount,
  type JournalDayTotals,
  type JournalEntry,
  type JournalEntryInput,
  isOfficeDayString,
  type JournalPage,
  type JournalSearch,
  JournalQueryError,
  type JournalSummary,
  PAYMENT_KINDS,
} from './receipt-journal-types.js';

export type { JournalDayCount, JournalDayTotals } from './receipt-journal-types.js';
import type { SqliteDatabase } from './sqlite-database.js';

const FAILURE_REASONS: readonly PrintFailureReason[] = ['offline', 'paper-out', 'cover-open', 'cutter-error', 'error'];
const SUMMARY_COLUMNS =
  'id, number, kind, service, language, created_at, office_day, state, print_failure, print_attempts, printed_at, reprint_count, last_reprint_at, sending_run';
const PURGE_BATCH = 2000;
const DAY_MS = 86_400_000;

/**
 * This process's id in the journal's sending marks: a mark left by another id was left by a
 * kiosk process that died (crash, kill, power cut) while that receipt went to the printer.
 */
export const JOURNAL_PROCESS_RUN = randomUUID();

/** The banner on a reprint, in the two languages of the office's paperwork, with the copy's number. */
export function copyMarkFor(reprintCount: number): string {
  return `DUPLICATA / نسخة · ${reprintCount}`;
}

export interface JournalCopy {
  id: number;
  reprintCount: number;
  /** The stored receipt with its copy banner: print this. */
  receipt: Receipt;
}

interface SummaryRow {
  id: number;
  number: string;
  kind: JournalSummary['kind'];
  service: string | null;
  language: JournalSummary['language'];
  created_at: string;
  office_day: string;
  state: JournalSummary['state'];
  print_failure: PrintFailureReason | null;
  print_attempts: number;
  printed_at: string | null;
  reprint_count: number;
  last_reprint_at: string | null;
  sending_run: string | null;
}

export class ReceiptJournal {
  private readonly now: () => Date;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly timeZone: string,
    now?: () => Date,
    /** Tests stand for a restarted kiosk by giving another id. */
    private readonly run: string = JOURNAL_PROCESS_RUN,
  ) {
    this.now = now ?? (() => new Date());
  }

  /** Durable (synchronous=FULL) when it resolves: only then may the receipt be printed. */
  async record(entry: JournalEntryInput): Promise<number> {
    const receipt = receiptSchema.parse(entry.receipt);
    const number = entry.number.trim();
    if (number.length === 0) throw new Error('a journal entry needs the number printed on the receipt');
    const amount = checkAmount(entry);
    const at = this.now();
    // Inside the connection's transaction queue, so another caller's rollback cannot take it along.
    const { lastID } = await this.db.transaction(() =>
      this.db.run(
        `INSERT INTO receipt_journal (number, number_key, kind, service, language, created_at, office_day, receipt, amount_centimes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          number,
          numberKey(number),
          entry.kind,
          entry.service ?? null,
          receipt.language,
          at.toISOString(),
          officeDay(at, this.timeZone),
          JSON.stringify(receipt),
          amount,
        ],
      ),
    );
    return lastID;
  }

  /**
   * Durable when it resolves: call it right before the first byte goes to the printer. Should
   * the process die before markPrinted/markFailed, the receipt reads "may have printed" after
   * the restart, and staff print it again as a marked copy, never as a second original.
   */
  async markSending(id: number): Promise<void> {
    const { changes } = await this.db.transaction(() =>
      this.db.run(`UPDATE receipt_journal SET sending_run = ? WHERE id = ? AND state = 'pending'`, [this.run, id]),
    );
    if (changes === 0 && !(await this.get(id))) throw new JournalEntryNotFoundError(id);
  }

  async markPrinted(id: number): Promise<void> {
    const { changes } = await this.db.transaction(() =>
      this.db.run(
        `UPDATE receipt_journal SET state = 'printed', print_failure = NULL, print_attempts = print_attempts + 1, printed_at = ?,
           sending_run = NULL WHERE id = ?`,
        [this.now().toISOString(), id],
      ),
    );
    if (changes === 0) throw new JournalEntryNotFoundError(id);
  }

  /**
   * A receipt already on paper stays printed: a failed copy does not undo the original. A mark
   * left by a process that died stays too: a later failure does not prove the paper never came out.
   */
  async markFailed(id: number, reason: PrintFailureReason): Promise<void> {
    if (!FAILURE_REASONS.includes(reason)) throw new Error(`unknown print failure reason: ${String(reason)}`);
    const { changes } = await this.db.transaction(() =>
      this.db.run(
        `UPDATE receipt_journal SET print_failure = CASE WHEN state = 'pending' THEN ? ELSE print_failure END,
           print_attempts = print_attempts + 1, sending_run = CASE WHEN sending_run = ? THEN NULL ELSE sending_run END WHERE id = ?`,
        [reason, this.run, id],
      ),
    );
    if (changes === 0) throw new JournalEntryNotFoundError(id);
  }

  async search(search: JournalSearch = {}): Promise<JournalPage> {
    const q = buildPageQuery(search);
    const [rows, count] = await Promise.all([
      this.db.all<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM receipt_journal ${q.pageWhere} ${NEWEST_FIRST} LIMIT ?`, [...q.pageParams, q.limit + 1]),
      this.db.get<{ n: number }>(cappedCountSql(q.where), q.params),
    ]);
    const n = count?.n ?? 0;
    const page = rows.slice(0, q.limit).map((r) => toSummary(r, this.run));
    const last = page[page.length - 1];
    return {
      items: page,
      total: n > JOURNAL_COUNT_CAP ? JOURNAL_COUNT_CAPPED : n,
      ...(rows.length > q.limit && last ? { nextCursor: encodeCursor(last) } : {}),
    };
  }

  async get(id: number): Promise<JournalEntry | undefined> {
    const row = await this.db.get<SummaryRow & { receipt: string }>(`SELECT ${SUMMARY_COLUMNS}, receipt FROM receipt_journal WHERE id = ?`, [id]);
    return row ? { ...toSummary(row, this.run), receipt: parseStored(row.id, row.receipt) } : undefined;
  }

  /** Not known to be on paper, oldest first: what staff print after loading paper. */
  async pending(limit = 200): Promise<JournalEntry[]> {
    const rows = await this.db.all<SummaryRow & { receipt: string }>(
      `SELECT ${SUMMARY_COLUMNS}, receipt FROM receipt_journal WHERE state = 'pending'
       ORDER BY office_day, created_at, id LIMIT ?`,
      [Math.max(1, Math.min(Math.trunc(limit), 1000))],
    );
    return rows.map((row) => ({ ...toSummary(row, this.run), receipt: parseStored(row.id, row.receipt) }));
  }

  /** Counts the reprint (a copy that then fails to print still counted: it was asked for). */
  async recordReprint(id: number): Promise<JournalCopy> {
    const row = await this.db.transaction(async () => {
      await this.db.run('UPDATE receipt_journal SET reprint_count = reprint_count + 1, last_reprint_at = ? WHERE id = ?', [this.now().toISOString(), id]);
      return this.db.get<{ receipt: string; reprint_count: number }>('SELECT receipt, reprint_count FROM receipt_journal WHERE id = ?', [id]);
    });
    if (!row) throw new JournalEntryNotFoundError(id);
    const receipt = parseStored(id, row.receipt);
    return { id, reprintCount: row.reprint_count, receipt: { ...receipt, copyMark: copyMarkFor(row.reprint_count) } };
  }

  /** Receipts of one office day, by kind and service: the journal's part of the end-of-day summary. */
  async dayCounts(day: string): Promise<JournalDayCount[]> {
    return this.db.all<JournalDayCount>(
      `SELECT kind, service, COUNT(*) AS receipts, SUM(state = 'printed') AS printed, SUM(state = 'pending') AS pending,
         SUM(reprint_count) AS reprints
       FROM receipt_journal WHERE office_day = ? GROUP BY kind, service ORDER BY kind, service`,
      [day],
    );
  }

  /** One office day's counts, failed attempts and payments (see JournalDayTotals for what each counts). */
  async dayTotals(day: string): Promise<JournalDayTotals> {
    if (!isOfficeDayString(day)) throw new JournalQueryError('day must be a date written YYYY-MM-DD, e.g. 2026-11-26');
    const [rows, sums] = await Promise.all([
      this.dayCounts(day),
      this.db.get<{ failed: number | null; paid: number | null; paid_total: number | null; incidents: number | null }>(
        `SELECT SUM(MAX(0, print_attempts - (state = 'printed'))) AS failed,
           SUM(kind = 'tax-payment') AS paid,
           SUM(CASE WHEN kind = 'tax-payment' THEN COALESCE(amount_centimes, 0) ELSE 0 END) AS paid_total,
           SUM(kind = 'payment-incident') AS incidents
         FROM receipt_journal WHERE office_day = ?`,
        [day],
      ),
    ]);
    return {
      day,
      rows,
      failedPrints: sums?.failed ?? 0,
      payments: { count: sums?.paid ?? 0, totalCentimes: sums?.paid_total ?? 0, incidents: sums?.incidents ?? 0 },
    };
  }

  /** Deletes receipts of office days more than `days` days ago, in short batches so prints are not held up. */
  async purgeOlderThan(days: number): Promise<number> {
    if (!Number.isInteger(days) || days < 1) throw new Error(`retention must be a whole number of days, at least 1 (got ${days})`);
    const cutoff = officeDay(new Date(this.now().getTime() - days * DAY_MS), this.timeZone);
    let purged = 0;
    for (;;) {
      const { changes } = await this.db.transaction(() =>
        this.db.run(`DELETE FROM receipt_journal WHERE id IN (SELECT id FROM receipt_journal WHERE office_day < ? LIMIT ${PURGE_BATCH})`, [cutoff]),
      );
      purged += changes;
      if (changes < PURGE_BATCH) return purged;
    }
  }
}

function checkAmount(entry: JournalEntryInput): number | null {
  const amount = entry.amountCentimes;
  if (amount === undefined) return null;
  if (!PAYMENT_KINDS.includes(entry.kind)) throw new Error(`a ${entry.kind} receipt carries no amount: only payment receipts do`);
  if (!Number.isSafeInteger(amount) || amount < 0) throw new Error(`amount must be a whole number of centimes, 0 or more (got ${amount})`);
  return amount;
}

function toSummary(r: SummaryRow, run: string): JournalSummary {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    service: r.service,
    language: r.language,
    createdAt: r.created_at,
    officeDay: r.office_day,
    state: r.state,
    printFailure: r.print_failure,
    printAttempts: r.print_attempts,
    printedAt: r.printed_at,
    reprintCount: r.reprint_count,
    lastReprintAt: r.last_reprint_at,
    mayHavePrinted: r.state === 'pending' && r.sending_run !== null && r.sending_run !== run,
  };
}

function parseStored(id: number, json: string): Receipt {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`receipt ${id} in the journal is damaged and cannot be printed again`);
  }
  const parsed = receiptSchema.safeParse(value);
  if (!parsed.success) throw new Error(`receipt ${id} in the journal is damaged and cannot be printed again`);
  return parsed.data;
}
