// What the embedded office server does with each request, on its own SQLite file. Every
// submission runs in one transaction together with its idempotency record, so a crash can
// never leave a request recorded without the key that would deduplicate its retry.
import { createHash } from 'node:crypto';
import type {
  CivilStatusReceipt,
  CivilStatusRequest,
  Money,
  Report,
  ReportReceipt,
  RequestStatus,
  TaxNotice,
  TaxPayment,
  TaxPaymentReceipt,
  TaxPaymentState,
  WithdrawalResult,
} from '../office/office-schemas.js';
import type { SqliteDatabase } from '../storage/sqlite-database.js';
import { CIVIL_STATUS_COLLECTION_COUNTER, CIVIL_STATUS_FEE_PER_COPY_CENTIMES } from './office-fees.js';

export type Procedure = RequestStatus['procedure'];
export type StoreAnswer = { status: number; body: unknown } | { status: number; problem: { code: string; title: string; detail?: string } };

export const TRACKING_PREFIX: Record<Procedure, string> = { 'civil-status': 'AR', report: 'RC', 'tax-payment': 'PT' };

// Fee per copy, in centimes, of the embedded server (a real backend sends its own).
const FEE_PER_COPY: Record<CivilStatusRequest['document'], number> = CIVIL_STATUS_FEE_PER_COPY_CENTIMES;
const REFERENCE_TAKEN: StoreAnswer = { status: 409, problem: { code: 'kiosk-reference-taken', title: 'This kiosk reference belongs to another request' } };
const CIVIL_STATUS_COUNTER = CIVIL_STATUS_COLLECTION_COUNTER;
const REPORT_ANSWER_DAYS = 60;
/** Fingerprint of a key the office declared void (no payment under it, ever). */
const VOID_FINGERPRINT = 'void';
const PAYMENT_VOIDED: StoreAnswer = { status: 409, problem: { code: 'payment-voided', title: 'The office already declared this payment void' } };
/** Fingerprint of a key the kiosk withdrew: no request is (or will ever be) recorded under it. */
const WITHDRAWN_FINGERPRINT = 'withdrawn';
const REQUEST_WITHDRAWN: StoreAnswer = { status: 409, problem: { code: 'request-withdrawn', title: 'The kiosk withdrew the request sent under this key' } };

interface NoticeRow {
  reference: string;
  year: number;
  due_date: string;
  status: 'due' | 'paid';
  lines: string;
}

export class OfficeStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => Date,
    private readonly timeZone = 'Africa/Casablanca',
  ) {}

  submitCivilStatus(key: string, body: CivilStatusRequest): Promise<StoreAnswer> {
    return this.idempotent(key, 'POST /v1/civil-status-requests', body, async () => {
      if (await this.referenceTaken(body.kioskReference)) return REFERENCE_TAKEN;
      const now = this.now();
      const trackingNumber = await this.nextTrackingNumber('civil-status', now);
      const receipt: CivilStatusReceipt = {
        trackingNumber,
        counter: CIVIL_STATUS_COUNTER,
        collectionDate: nextWorkingDay(this.localDate(now)),
        fee: { currency: 'MAD', centimes: FEE_PER_COPY[body.document] * body.copies },
        status: 'received',
        ...(body.kioskReference ? { kioskReference: body.kioskReference } : {}),
      };
      await this.record(trackingNumber, 'civil-status', key, body, receipt, now);
      return receipt;
    });
  }

  submitReport(key: string, body: Report): Promise<StoreAnswer> {
    return this.idempotent(key, 'POST /v1/reports', body, async () => {
      if (await this.referenceTaken(body.kioskReference)) return REFERENCE_TAKEN;
      const now = this.now();
      const trackingNumber = await this.nextTrackingNumber('report', now);
      const receipt: ReportReceipt = {
        trackingNumber,
        receivedAt: now.toISOString(),
        answerDeadline: addDays(this.localDate(now), REPORT_ANSWER_DAYS),
        status: 'received',
        ...(body.kioskReference ? { kioskReference: body.kioskReference } : {}),
      };
      await this.record(trackingNumber, 'report', key, body, receipt, now);
      return receipt;
    });
  }

  async taxNotice(reference: string): Promise<TaxNotice | undefined> {
    const row = await this.db.get<NoticeRow>('SELECT * FROM tax_notices WHERE reference = ?', [reference]);
    return row ? noticeFromRow(row) : undefined;
  }

  payTaxNotice(key: string, reference: string, body: TaxPayment): Promise<StoreAnswer> {
    return this.idempotent(key, `POST /v1/tax-notices/${reference}/payments`, body, async () => {
      const notice = await this.taxNotice(reference);
      if (!notice) return { status: 404, problem: { code: 'not-found', title: 'Unknown tax notice' } };
      if (notice.status === 'paid') return { status: 409, problem: { code: 'already-paid', title: 'This tax notice is already paid' } };
      if (body.amount.centimes !== notice.amountDue.centimes) {
        return { status: 422, problem: { code: 'amount-mismatch', title: 'The amount paid is not the amount due' } };
      }
      const now = this.now();
      const trackingNumber = await this.nextTrackingNumber('tax-payment', now);
      const receipt: TaxPaymentReceipt = { trackingNumber, reference, status: 'confirmed', amount: body.amount, paidAt: now.toISOString() };
      await this.record(trackingNumber, 'tax-payment', key, { reference, ...body }, receipt, now, 'closed');
      await this.db.run("UPDATE tax_notices SET status = 'paid', paid_tracking_number = ? WHERE reference = ?", [trackingNumber, reference]);
      return receipt;
    });
  }

  /**
   * What the office holds under a payment's idempotency key. "None" is made final here, in the
   * same transaction queue as the payments: the key is voided, so a payment request still on
   * its way (a slow proxy, a retry) can never be recorded after the kiosk was told to reverse.
   */
  taxPaymentState(key: string): Promise<TaxPaymentState> {
    return this.db.transaction(async (): Promise<TaxPaymentState> => {
      const row = await this.db.get<{ receipt: string }>("SELECT receipt FROM office_requests WHERE idempotency_key = ? AND procedure = 'tax-payment'", [key]);
      if (row) return { state: 'recorded', receipt: JSON.parse(row.receipt) as TaxPaymentReceipt };
      await this.db.run(
        `INSERT INTO idempotency_keys (key, fingerprint, status_code, response, created_at) VALUES (?, ?, 409, '{}', ?)
         ON CONFLICT (key) DO NOTHING`,
        [key, VOID_FINGERPRINT, this.now().toISOString()],
      );
      return { state: 'void' };
    });
  }

  /**
   * The kiosk withdraws what it sent under a key (its citizen never saw the result). Final and
   * idempotent, in the same transaction queue as the submissions: a request held under the key
   * is withdrawn while still 'received' (its personal data dropped, nothing left to process);
   * the key itself is marked withdrawn, so a submission arriving later (a slow proxy, a retry,
   * the outbox) is refused with 409 request-withdrawn. A request already past 'received' stays
   * as it is, and the answer says so.
   */
  withdraw(key: string): Promise<WithdrawalResult> {
    return this.db.transaction(async (): Promise<WithdrawalResult> => {
      const row = await this.db.get<{ tracking_number: string; status: RequestStatus['status'] }>(
        'SELECT tracking_number, status FROM office_requests WHERE idempotency_key = ?',
        [key],
      );
      if (row && row.status !== 'received' && row.status !== 'withdrawn') {
        return { state: 'not-withdrawn', trackingNumber: row.tracking_number, status: row.status };
      }
      const at = this.now().toISOString();
      if (row?.status === 'received') {
        await this.db.run("UPDATE office_requests SET status = 'withdrawn', payload = '{}', updated_at = ? WHERE tracking_number = ?", [at, row.tracking_number]);
      }
      await this.db.run(
        `INSERT INTO idempotency_keys (key, fingerprint, status_code, response, created_at) VALUES (?, ?, 409, '{}', ?)
         ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint, status_code = 409, response = '{}'
         WHERE idempotency_keys.fingerprint <> ?`,
        [key, WITHDRAWN_FINGERPRINT, at, VOID_FINGERPRINT],
      );
      return row ? { state: 'withdrawn', trackingNumber: row.tracking_number } : { state: 'withdrawn' };
    });
  }

  /** Payments recorded under one idempotency key: 0 or 1 (what a test proving "never twice" counts). */
  async countPayments(key: string): Promise<number> {
    const row = await this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM office_requests WHERE idempotency_key = ? AND procedure = 'tax-payment'", [key]);
    return row?.n ?? 0;
  }

  /** By the office's tracking number or by the number the kiosk printed while offline. */
  async requestStatus(number: string): Promise<RequestStatus | undefined> {
    const row = await this.db.get<{ tracking_number: string; kiosk_reference: string | null; procedure: Procedure; status: RequestStatus['status']; updated_at: string }>(
      'SELECT tracking_number, kiosk_reference, procedure, status, updated_at FROM office_requests WHERE tracking_number = ? OR kiosk_reference = ?',
      [number, number],
    );
    if (!row) return undefined;
    return {
      trackingNumber: row.tracking_number,
      ...(row.kiosk_reference ? { kioskReference: row.kiosk_reference } : {}),
      procedure: row.procedure,
      status: row.status,
      updatedAt: row.updated_at,
    };
  }

  /**
   * How many requests the office holds, by procedure and/or kiosk reference: what an operator
   * (or a test proving "delivered exactly once") checks. Counts only, never the payloads.
   */
  async countRequests(filter: { procedure?: Procedure; kioskReference?: string } = {}): Promise<number> {
    const row = await this.db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM office_requests
       WHERE (?1 IS NULL OR procedure = ?1) AND (?2 IS NULL OR kiosk_reference = ?2)`,
      [filter.procedure ?? null, filter.kioskReference ?? null],
    );
    return row?.n ?? 0;
  }

  /** Office staff moving a request along (no HTTP route: the kiosk only reads statuses). */
  async setRequestStatus(trackingNumber: string, status: RequestStatus['status']): Promise<boolean> {
    const r = await this.db.run('UPDATE office_requests SET status = ?, updated_at = ? WHERE tracking_number = ?', [
      status,
      this.now().toISOString(),
      trackingNumber,
    ]);
    return r.changes === 1;
  }

  private idempotent(key: string, route: string, body: unknown, work: () => Promise<unknown>): Promise<StoreAnswer> {
    const fingerprint = createHash('sha256').update(route).update('\n').update(JSON.stringify(body)).digest('hex');
    return this.db.transaction(async (): Promise<StoreAnswer> => {
      const seen = await this.db.get<{ fingerprint: string; response: string }>('SELECT fingerprint, response FROM idempotency_keys WHERE key = ?', [key]);
      if (seen) {
        if (seen.fingerprint === VOID_FINGERPRINT) return PAYMENT_VOIDED;
        if (seen.fingerprint === WITHDRAWN_FINGERPRINT) return REQUEST_WITHDRAWN;
        if (seen.fingerprint !== fingerprint) {
          return { status: 422, problem: { code: 'idempotency-conflict', title: 'This Idempotency-Key was used for another request' } };
        }
        return { status: 200, body: JSON.parse(seen.response) as unknown };
      }
      const result = await work();
      // Refusals are not stored: a retry with the same key is judged again.
      if (isProblem(result)) return result;
      await this.db.run('INSERT INTO idempotency_keys (key, fingerprint, status_code, response, created_at) VALUES (?, ?, 201, ?, ?)', [
        key,
        fingerprint,
        JSON.stringify(result),
        this.now().toISOString(),
      ]);
      return { status: 201, body: result };
    });
  }

  private async referenceTaken(kioskReference: string | undefined): Promise<boolean> {
    if (!kioskReference) return false;
    return (await this.db.get('SELECT 1 FROM office_requests WHERE kiosk_reference = ?', [kioskReference])) !== undefined;
  }

  private async nextTrackingNumber(procedure: Procedure, now: Date): Promise<string> {
    const prefix = TRACKING_PREFIX[procedure];
    const year = Number(this.localDate(now).slice(0, 4));
    await this.db.run(
      `INSERT INTO tracking_sequence (prefix, year, last_seq) VALUES (?, ?, 1)
       ON CONFLICT (prefix, year) DO UPDATE SET last_seq = last_seq + 1`,
      [prefix, year],
    );
    const row = await this.db.get<{ last_seq: number }>('SELECT last_seq FROM tracking_sequence WHERE prefix = ? AND year = ?', [prefix, year]);
    return `${prefix}-${year}-${String(row?.last_seq ?? 0).padStart(6, '0')}`;
  }

  private async record(trackingNumber: string, procedure: Procedure, key: string, payload: object, receipt: unknown, now: Date, status = 'received'): Promise<void> {
    const kioskReference = 'kioskReference' in payload && typeof payload.kioskReference === 'string' ? payload.kioskReference : null;
    await this.db.run(
      `INSERT INTO office_requests (tracking_number, procedure, status, idempotency_key, kiosk_reference, payload, receipt, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [trackingNumber, procedure, status, key, kioskReference, JSON.stringify(payload), JSON.stringify(receipt), now.toISOString(), now.toISOString()],
    );
  }

  private localDate(at: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  }
}

function isProblem(x: unknown): x is Extract<StoreAnswer, { problem: unknown }> {
  return typeof x === 'object' && x !== null && 'problem' in x && 'status' in x;
}

function noticeFromRow(row: NoticeRow): TaxNotice {
  const lines = JSON.parse(row.lines) as TaxNotice['lines'];
  const total = lines.reduce((sum, l) => sum + l.amount.centimes, 0);
  const amountDue: Money = { currency: 'MAD', centimes: row.status === 'paid' ? 0 : total };
  return { reference: row.reference, year: row.year, status: row.status, dueDate: row.due_date, amountDue, lines };
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The next day, skipping Saturday and Sunday (offices are closed at weekends). */
export function nextWorkingDay(isoDate: string): string {
  let next = addDays(isoDate, 1);
  for (;;) {
    const weekday = new Date(`${next}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return next;
    next = addDays(next, 1);
  }
}
