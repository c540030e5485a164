// Embedded default office backend: the API of resources/openapi/office-api.yaml on node:http
// and SQLite, bound to 127.0.0.1, so the kiosk works with no configuration and the tests
// have a real backend to stop and start.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import { type OfficeLogger, silentOfficeLogger } from '../office/office-logger.js';
import {
  civilStatusRequestSchema,
  idempotencyKeySchema,
  reportSchema,
  taxPaymentSchema,
  taxReferenceSchema,
  trackingLookupSchema,
} from '../office/office-schemas.js';
import { SqliteDatabase } from '../storage/sqlite-database.js';
import { OFFICE_SERVER_MIGRATIONS } from './office-server-migrations.js';
import { OfficeStore, type StoreAnswer } from './office-store.js';

export interface OfficeServerOptions {
  /** 0 = any free port. */
  port?: number;
  dbPath: string;
  /**
   * The bearer token every kiosk must send (`Authorization: Bearer <token>`) for anything but
   * the health check: without it any local process could mark a notice paid.
   */
  token: string;
  /**
   * Host names the server answers to (the Host header without its port); others get 421, so
   * a web page that rebinds its own name to 127.0.0.1 cannot drive it. Default: loopback names.
   */
  allowedHosts?: readonly string[];
  now?: () => Date;
  logger?: OfficeLogger;
  /**
   * Holds every answer back this long after the work is done: a slow backend for tests. A
   * function is read at each request, so a test can slow a running server down.
   */
  responseDelayMs?: number | (() => number);
  /** Told of every answer sent (route without identifiers), e.g. for tests counting calls. */
  onAnswer?: (info: OfficeAnswerInfo) => void;
}

export interface OfficeAnswerInfo {
  method: string;
  route: string;
  status: number;
}

export interface OfficeServer {
  url: string;
  port: number;
  store: OfficeStore;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '::1'];

export async function startOfficeServer(opts: OfficeServerOptions): Promise<OfficeServer> {
  const db = await SqliteDatabase.open(opts.dbPath, OFFICE_SERVER_MIGRATIONS);
  const now = opts.now ?? (() => new Date());
  const store = new OfficeStore(db, now);
  const logger = opts.logger ?? silentOfficeLogger;
  const delayOption = opts.responseDelayMs ?? 0;
  const delayMs = typeof delayOption === 'function' ? delayOption : () => delayOption;
  const gate = requestGate(opts.token, opts.allowedHosts ?? LOOPBACK_HOSTS);

  const server = createServer((req, res) => {
    const refused = gate(req);
    (refused ? drained(req, refused) : handle(req, store, now))
      .catch((err: unknown): StoreAnswer => {
        logger.error({ err: err instanceof Error ? err.message : String(err) }, 'office request failed');
        return { status: 500, problem: { code: 'internal', title: 'Internal error' } };
      })
      .then(async (answer) => {
        const delay = delayMs();
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        const info = { method: req.method ?? 'GET', route: routeName(req.url), status: answer.status };
        logger.info(info, 'office request');
        send(res, answer);
        opts.onAnswer?.(info);
      })
      .catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

async function handle(req: IncomingMessage, store: OfficeStore, now: () => Date): Promise<StoreAnswer> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const method = req.method ?? 'GET';
  const seg = path.split('/').filter(Boolean).map(safeDecode);
  if (seg[0] !== 'v1') return notFound();

  if (method === 'GET' && path === '/v1/health') return { status: 200, body: { status: 'ok', time: now().toISOString() } };

  if (method === 'POST' && path === '/v1/civil-status-requests') {
    return withBody(req, civilStatusRequestSchema, (key, body) => store.submitCivilStatus(key, body));
  }
  if (method === 'POST' && path === '/v1/reports') {
    return withBody(req, reportSchema, (key, body) => store.submitReport(key, body));
  }
  if (seg[1] === 'tax-notices' && seg[2] !== undefined) {
    const ref = seg[2];
    if (method === 'GET' && seg.length === 3) {
      if (!taxReferenceSchema.safeParse(ref).success) return notFound();
      const notice = await store.taxNotice(ref);
      return notice ? { status: 200, body: notice } : notFound('Unknown tax notice');
    }
    if (method === 'POST' && seg.length === 4 && seg[3] === 'payments') {
      if (!taxReferenceSchema.safeParse(ref).success) return notFound();
      return withBody(req, taxPaymentSchema, (key, body) => store.payTaxNotice(key, ref, body));
    }
  }
  if (method === 'GET' && seg[1] === 'tax-payments' && seg.length === 3 && seg[2] !== undefined) {
    const key = idempotencyKeySchema.safeParse(seg[2]);
    if (!key.success) return notFound();
    return { status: 200, body: await store.taxPaymentState(key.data.toLowerCase()) };
  }
  if (method === 'POST' && seg[1] === 'requests' && seg.length === 4 && seg[3] === 'withdraw' && seg[2] !== undefined) {
    const key = idempotencyKeySchema.safeParse(seg[2]);
    // The key is the whole request: a body, if any, is read and ignored.
    await readBody(req).catch(() => undefined);
    if (!key.success) return notFound();
    return { status: 200, body: await store.withdraw(key.data.toLowerCase()) };
  }
  if (method === 'GET' && seg[1] === 'requests' && seg.length === 3 && seg[2] !== undefined) {
    if (!trackingLookupSchema.safeParse(seg[2]).success) return notFound();
    const status = await store.requestStatus(seg[2]);
    return status ? { status: 200, body: status } : notFound('Unknown tracking number');
  }
  return notFound();
}

async function withBody<S extends z.ZodType>(
  req: IncomingMessage,
  schema: S,
  work: (key: string, body: z.infer<S>) => Promise<StoreAnswer>,
): Promise<StoreAnswer> {
  const key = idempotencyKeySchema.safeParse(req.headers['idempotency-key']);
  if (!key.success) {
    await readBody(req).catch(() => undefined);
    return { status: 400, problem: { code: 'idempotency-key-required', title: 'An Idempotency-Key header (UUID) is required' } };
  }
  const raw = await readBody(req);
  if (raw === null) return { status: 413, problem: { code: 'invalid-body', title: 'Body too large' } };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 400, problem: { code: 'invalid-body', title: 'Body is not JSON' } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // Field paths only: the values are the citizen's data.
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(root)'))];
    return { status: 400, problem: { code: 'invalid-body', title: 'Invalid request body', detail: `invalid field(s): ${fields.join(', ')}` } };
  }
  return work(key.data.toLowerCase(), parsed.data);
}

/**
 * Host check, then the kiosk's token: the refusal to send, or undefined when the request may
 * proceed. The health check stays open (a technician's network test carries no token).
 */
function requestGate(token: string, allowedHosts: readonly string[]): (req: IncomingMessage) => StoreAnswer | undefined {
  if (token.length < 16) throw new Error('office server token: at least 16 characters');
  const expected = digest(token);
  const hosts = new Set(allowedHosts.map((h) => h.toLowerCase()));
  return (req) => {
    const host = hostName(req.headers.host);
    if (host === undefined || !hosts.has(host)) {
      return { status: 421, problem: { code: 'host-not-allowed', title: 'This server does not answer to that host name' } };
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/v1/health') return undefined;
    const match = /^Bearer ([^\s]+)$/i.exec(req.headers.authorization ?? '');
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      return { status: 401, problem: { code: 'unauthorized', title: 'A valid bearer token is required' } };
    }
    return undefined;
  };
}

function digest(text: string): Buffer {
  // Equal lengths for timingSafeEqual, and no early exit on the first differing character.
  return createHash('sha256').update(text).digest();
}

/** `127.0.0.1:8790` -> `127.0.0.1`, `[::1]:8790` -> `::1`; undefined when absent or malformed. */
function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  if (bracketed) return bracketed[1]?.toLowerCase();
  const plain = /^([^:\s]+)(?::\d+)?$/.exec(header);
  return plain?.[1]?.toLowerCase();
}

/** Answers a refused request only once its body is read, so the client sees the answer, not a reset. */
async function drained(req: IncomingMessage, answer: StoreAnswer): Promise<StoreAnswer> {
  await readBody(req).catch(() => undefined);
  return answer;
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) tooBig = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

function notFound(title = 'Not found'): StoreAnswer {
  return { status: 404, problem: { code: 'not-found', title } };
}

function send(res: ServerResponse, answer: StoreAnswer): void {
  if ('problem' in answer) {
    const body = JSON.stringify({ type: 'about:blank', status: answer.status, ...answer.problem });
    const challenge = answer.status === 401 ? { 'www-authenticate': 'Bearer' } : {};
    res.writeHead(answer.status, { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...challenge });
    res.end(body);
    return;
  }
  res.writeHead(answer.status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(answer.body));
}

/** The route without its identifiers: tax references and tracking numbers stay out of logs. */
function routeName(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0] ?? '/';
  return path
    .replace(/^\/v1\/tax-notices\/[^/]+/, '/v1/tax-notices/{reference}')
    .replace(/^\/v1\/requests\/[^/]+\/withdraw$/, '/v1/requests/{idempotencyKey}/withdraw')
    .replace(/^\/v1\/requests\/(?!\{)[^/]+/, '/v1/requests/{trackingNumber}')
    .replace(/^\/v1\/tax-payments\/[^/]+/, '/v1/tax-payments/{idempotencyKey}');
}
