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
  type TaxPaymentState,
  taxPaymentStateSchema,
  type WithdrawalResult,
  withdrawalResultSchema,
  PROBLEM_CODES,
} from './office-schemas.js';

export type OfficeFailureKind = 'unreachable' | 'timeout' | 'rejected' | 'not-found' | 'server-error' | 'garbage';

export type OfficeResult<T> =
  | { ok: true; value: T; status: number; replayed: boolean }
  | {
      ok: false;
      kind: OfficeFailureKind;
      status?: number;
      code?: string;
      detail: string;
      /**
       * True only when the answer is the office's own documented refusal (a problem+json body
       * of the API). A proxy's HTML page, an empty body or a foreign JSON is never the office
       * speaking, whatever its status.
       */
      fromOffice?: boolean;
    };

export type OfficeFailure = Extract<OfficeResult<unknown>, { ok: false }>;

export interface OfficeClientOptions {
  baseUrl: string;
  /** Sent as `Authorization: Bearer`; the office refuses the kiosk without it (401). */
  token?: string;
  /** Per-call limit; the kiosk must answer the citizen within seconds. */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export interface CallOptions {
  /** Aborts the call, e.g. when the session that asked for it has ended. */
  signal?: AbortSignal;
}

/** HTTP statuses of the office's refusals that judge the request itself: sending it again cannot help. */
const FINAL_REFUSAL_STATUSES: ReadonlySet<number> = new Set([400, 409, 410, 413, 422]);

/**
 * Whether sending the same request again later may succeed (outbox retries). Only the office's
 * own refusal of the request is final; a gateway's page, a missing body, a 5xx, 408/429, or an
 * authentication problem (the kiosk's token, not the citizen's request) are all retried.
 */
export function isRetryable(r: OfficeFailure): boolean {
  if (!r.fromOffice || r.status === undefined) return true;
  return !FINAL_REFUSAL_STATUSES.has(r.status);
}

export class OfficeClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly token: string | undefined;

  constructor(opts: OfficeClientOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = opts.timeoutMs ?? 8000;
    this.token = opts.token;
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

  /**
   * What the office holds under a payment's idempotency key, after an answer to payTaxNotice
   * was lost. A `void` answer is final (see taxPaymentStateSchema).
   */
  getTaxPaymentState(idempotencyKey: string, o: CallOptions = {}): Promise<OfficeResult<TaxPaymentState>> {
    return this.call('GET', `/v1/tax-payments/${encodeURIComponent(idempotencyKey)}`, taxPaymentStateSchema, o);
  }

  /**
   * Withdraws what was sent (or is still to be sent) under this idempotency key: the citizen's
   * visit ended before the result was shown. Idempotent; see withdrawalResultSchema.
   */
  withdrawRequest(idempotencyKey: string, o: CallOptions = {}): Promise<OfficeResult<WithdrawalResult>> {
    return this.call('POST', `/v1/requests/${encodeURIComponent(idempotencyKey)}/withdraw`, withdrawalResultSchema, o);
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
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let status: number;
    let text: string;
    let contentType: string;
    try {
      const res = await this.fetchImpl(this.baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      status = res.status;
      contentType = res.headers.get('content-type') ?? '';
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
    const problem = officeProblem(status, contentType, text);
    if (!problem) {
      // Not the office speaking (a proxy's HTML error page, an empty body): no verdict on the request.
      const kind: OfficeFailureKind = status >= 500 ? 'server-error' : 'garbage';
      return { ok: false, kind, status, detail: `HTTP ${status} without the office's problem body`, fromOffice: false };
    }
    const kind: OfficeFailureKind = status === 404 ? 'not-found' : status >= 500 ? 'server-error' : 'rejected';
    return { ok: false, kind, status, detail: (problem.detail ?? problem.title).slice(0, 200), code: problem.code, fromOffice: true };
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);

/** The office's documented refusal: problem+json, the same status inside, a code of the API. */
function officeProblem(status: number, contentType: string, text: string): { title: string; detail?: string; code: string } | undefined {
  if (!/^application\/problem\+json\b/i.test(contentType.trim())) return undefined;
  const parsed = problemSchema.safeParse(parseJson(text));
  if (!parsed.success || parsed.data.status !== status) return undefined;
  const code = parsed.data.code;
  if (code === undefined || !KNOWN_CODES.has(code)) return undefined;
  return { title: parsed.data.title, code, ...(parsed.data.detail ? { detail: parsed.data.detail } : {}) };
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
