// Typed client of the office backend. Every call resolves to a result, never throws: a
// backend that is down, slow, failing or answering nonsense is an everyday event for a
// kiosk, and each case needs its own message on screen (and its own outbox decision).
import type { z } from 'zod';
import {
  type CivilStatusReceipt,
  type CivilStatusRequest,
  civilStatusReceiptSchema,
  type Health,
  healthSchema,
  problemSchema,
  type ReportInput,
  type ReportReceipt,
  reportReceiptSchema,
  type RequestStatus,
  requestStatusSchema,
  type TaxNotice,
  taxNoticeSchema,
  type TaxPayment,
  type TaxPaymentReceipt,
  taxPaymentReceiptSchema,
} from './office-schemas.js';

export type OfficeFailureKind = 'unreachable' | 'timeout' | 'rejected' | 'not-found' | 'server-error' | 'garbage';

export type OfficeResult<T> =
  | { ok: true; value: T; status: number; replayed: boolean }
  | { ok: false; kind: OfficeFailureKind; status?: number; code?: string; detail: string };

export type OfficeFailure = Extract<OfficeResult<unknown>, { ok: false }>;

export interface OfficeClientOptions {
  baseUrl: string;
  /** Per-call limit; the kiosk must answer the citizen within seconds. */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export interface CallOptions {
  /** Aborts the call, e.g. when the session that asked for it has ended. */
  signal?: AbortSignal;
}

/** Whether sending the same request again later may succeed (outbox retries). */
export function isRetryable(r: OfficeFailure): boolean {
  if (r.kind === 'rejected') return r.status === 408 || r.status === 429;
  return r.kind !== 'not-found';
}

export class OfficeClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(opts: OfficeClientOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = opts.timeoutMs ?? 8000;
    this.fetchImpl = opts.fetchImpl ?? fetch;
  }

  health(o: CallOptions = {}): Promise<OfficeResult<Health>> {
    return this.call('GET', '/v1/health', healthSchema, o);
  }

  submitCivilStatusRequest(body: CivilStatusRequest, idempotencyKey: string, o: CallOptions = {}): Promise<OfficeResult<CivilStatusReceipt>> {
    return this.call('POST', '/v1/civil-status-requests', civilStatusReceiptSchema, o, body, idempotencyKey);
  }

  submitReport(body: ReportInput, idempotencyKey: string, o: CallOptions = {}): Promise<OfficeResult<ReportReceipt>> {
    return this.call('POST', '/v1/reports', reportReceiptSchema, o, body, idempotencyKey);
  }

  getTaxNotice(reference: string, o: CallOptions = {}): Promise<OfficeResult<TaxNotice>> {
    return this.call('GET', `/v1/tax-notices/${encodeURIComponent(reference)}`, taxNoticeSchema, o);
  }

  payTaxNotice(reference: string, body: TaxPayment, idempotencyKey: string, o: CallOptions = {}): Promise<OfficeResult<TaxPaymentReceipt>> {
    return this.call('POST', `/v1/tax-notices/${encodeURIComponent(reference)}/payments`, taxPaymentReceiptSchema, o, body, idempotencyKey);
  }

  /** By the office's tracking number or the kiosk reference printed on an offline receipt. */
  getRequestStatus(trackingNumber: string, o: CallOptions = {}): Promise<OfficeResult<RequestStatus>> {
    return this.call('GET', `/v1/requests/${encodeURIComponent(trackingNumber)}`, requestStatusSchema, o);
  }

  private async call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: S,
    o: CallOptions,
    body?: unknown,
    idempotencyKey?: string,
  ): Promise<OfficeResult<z.infer<S>>> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = o.signal ? AbortSignal.any([timeout, o.signal]) : timeout;
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    let status: number;
    let text: string;
    try {
      const res = await this.fetchImpl(this.baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      if (timeout.aborted) return { ok: false, kind: 'timeout', detail: `no answer within ${this.timeoutMs} ms` };
      if (o.signal?.aborted) return { ok: false, kind: 'unreachable', detail: 'cancelled by the caller' };
      return { ok: false, kind: 'unreachable', detail: networkErrorDetail(err) };
    }
    if (status >= 200 && status < 300) {
      const parsed = schema.safeParse(parseJson(text));
      if (!parsed.success) {
        const fields = parsed.error.issues.map((i) => i.path.join('.') || '(root)');
        return { ok: false, kind: 'garbage', status, detail: `answer outside the API: ${fields.slice(0, 5).join(', ')}` };
      }
      return { ok: true, value: parsed.data, status, replayed: status === 200 && method === 'POST' };
    }
    const problem = problemSchema.safeParse(parseJson(text));
    const detail = problem.success ? (problem.data.detail ?? problem.data.title) : `HTTP ${status}`;
    const code = problem.success ? problem.data.code : undefined;
    const kind: OfficeFailureKind = status === 404 ? 'not-found' : status >= 500 ? 'server-error' : 'rejected';
    return { ok: false, kind, status, detail: detail.slice(0, 200), ...(code ? { code } : {}) };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function networkErrorDetail(err: unknown): string {
  // fetch wraps the socket error (ECONNREFUSED...) in `cause`.
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String((cause as { code: unknown }).code) : '';
  return code || (err instanceof Error ? err.message : 'network error');
}
