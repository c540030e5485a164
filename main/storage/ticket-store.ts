// Queue tickets in SQLite: the daily sequence per service (which must survive restarts and
// never hand out the same number twice) and the estimate of who is still waiting.
import type { Language, PrintFailureReason, ServiceId } from '../contract/kiosk-contract.js';
import { officeDay } from './office-day.js';
import type { SqliteDatabase } from './sqlite-database.js';

export interface QueueModel {
  serviceId: ServiceId;
  prefix: string;
  averageServiceMinutes: number;
  openCounters: number;
}

export interface IssuedTicket {
  id: number;
  number: string;
  serviceId: ServiceId;
  /** Office day (YYYY-MM-DD) the sequence belongs to. */
  day: string;
  seq: number;
  issuedAt: Date;
  waitingAhead: number;
  estimatedWaitMinutes: number;
}

export interface QueueLoad {
  waiting: number;
  estimatedWaitMinutes: number;
}

const MAX_SEQ = 9999;

export class TicketStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly timeZone: string,
  ) {}

  /**
   * Takes the next number of the day and records the ticket before anything is printed, so a
   * printer failure can never lose it.
   */
  issue(queue: QueueModel, language: Language, now: Date): Promise<IssuedTicket> {
    const day = officeDay(now, this.timeZone);
    return this.db.transaction(async () => {
      const seqRow = await this.db.get<{ last_seq: number }>(
        `INSERT INTO ticket_sequence (day, service_id, last_seq) VALUES (?, ?, 1)
         ON CONFLICT (day, service_id) DO UPDATE SET last_seq = last_seq + 1
         RETURNING last_seq`,
        [day, queue.serviceId],
      );
      if (!seqRow) throw new Error('ticket sequence did not advance');
      // Past 9999 a day the numbers wrap; no district office comes near it, but the printed
      // number must keep its width.
      const seq = ((seqRow.last_seq - 1) % MAX_SEQ) + 1;
      const load = await this.loadAt(day, queue, now);
      const callAt = new Date(now.getTime() + load.estimatedWaitMinutes * 60_000);
      const number = `${queue.prefix}-${String(seq).padStart(3, '0')}`;
      const inserted = await this.db.run(
        `INSERT INTO queue_tickets (number, service_id, day, seq, issued_at, expected_call_at, language)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [number, queue.serviceId, day, seqRow.last_seq, now.toISOString(), callAt.toISOString(), language],
      );
      return {
        id: inserted.lastID,
        number,
        serviceId: queue.serviceId,
        day,
        seq,
        issuedAt: now,
        waitingAhead: load.waiting,
        estimatedWaitMinutes: load.estimatedWaitMinutes,
      };
    });
  }

  async markPrinted(id: number): Promise<void> {
    await this.db.run(`UPDATE queue_tickets SET print_state = 'printed', print_failure = NULL WHERE id = ?`, [id]);
  }

  async markPrintFailed(id: number, reason: PrintFailureReason): Promise<void> {
    await this.db.run(`UPDATE queue_tickets SET print_state = 'failed', print_failure = ? WHERE id = ?`, [reason, id]);
  }

  /** What a citizen taking a ticket now would face. */
  load(queue: QueueModel, now: Date): Promise<QueueLoad> {
    return this.loadAt(officeDay(now, this.timeZone), queue, now);
  }

  async printState(number: string, day: string): Promise<{ state: string; failure: string | null } | undefined> {
    const row = await this.db.get<{ print_state: string; print_failure: string | null }>(
      'SELECT print_state, print_failure FROM queue_tickets WHERE number = ? AND day = ? ORDER BY id DESC LIMIT 1',
      [number, day],
    );
    return row ? { state: row.print_state, failure: row.print_failure } : undefined;
  }

  /**
   * Until the counters report who they call, the kiosk models each queue: a ticket is called
   * one service slot (average minutes / open counters) after the one before it.
   */
  private async loadAt(day: string, queue: QueueModel, now: Date): Promise<QueueLoad> {
    const slotMs = (queue.averageServiceMinutes / queue.openCounters) * 60_000;
    // Someone still at the counter is still ahead: a ticket counts until its slot has ended.
    const row = await this.db.get<{ waiting: number; last_call: string | null }>(
      `SELECT
         SUM(CASE WHEN expected_call_at > ? THEN 1 ELSE 0 END) AS waiting,
         MAX(expected_call_at) AS last_call
       FROM queue_tickets WHERE day = ? AND service_id = ?`,
      [new Date(now.getTime() - slotMs).toISOString(), day, queue.serviceId],
    );
    const waiting = row?.waiting ?? 0;
    if (!row?.last_call) return { waiting, estimatedWaitMinutes: 0 };
    const nextCall = Math.max(now.getTime(), Date.parse(row.last_call) + slotMs);
    return { waiting, estimatedWaitMinutes: Math.round((nextCall - now.getTime()) / 60_000) };
  }
}
