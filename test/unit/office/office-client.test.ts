import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isRetryable, OfficeClient } from '../../../main/office/office-client.js';

type Reply = (res: ServerResponse) => void;
const servers: Server[] = [];

async function fakeBackend(reply: Reply): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => reply(res));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function json(status: number, body: unknown, type = 'application/json'): Reply {
  return (res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

const notice = {
  reference: 'TSC-2026-000123',
  year: 2026,
  status: 'due',
  dueDate: '2026-03-31',
  amountDue: { currency: 'MAD', centimes: 86000 },
  lines: [{ code: 'tsc', label: 'Taxe de services communaux', amount: { currency: 'MAD', centimes: 86000 } }],
};
const report = { kind: 'complaint', category: 'roads', place: { arrondissementId: 'a', neighbourhoodId: 'b' }, description: 'trou' } as const;
const KEY = '2d4f0c3e-8a51-4b8e-9a8e-7b3c1d2e5f60';

describe('office client results', () => {
  it('returns the parsed value on success', async () => {
    const client = new OfficeClient({ baseUrl: await fakeBackend(json(200, notice)) });
    const r = await client.getTaxNotice('TSC-2026-000123');
    expect(r).toMatchObject({ ok: true, value: { amountDue: { centimes: 86000 } } });
  });

  it('reports a 500 as server-error with the problem detail, without throwing', async () => {
    const client = new OfficeClient({ baseUrl: await fakeBackend(json(500, { title: 'Internal error', status: 500, code: 'internal' }, 'application/problem+json')) });
    const r = await client.submitReport(report, KEY);
    expect(r).toMatchObject({ ok: false, kind: 'server-error', status: 500, code: 'internal', detail: 'Internal error' });
    if (!r.ok) expect(isRetryable(r)).toBe(true);
  });

  it('reports garbage JSON, or JSON outside the API, as garbage', async () => {
    const broken = new OfficeClient({ baseUrl: await fakeBackend(json(200, '{"reference": "TSC-20')) });
    expect(await broken.getTaxNotice('TSC-2026-000123')).toMatchObject({ ok: false, kind: 'garbage', status: 200 });
    const html = new OfficeClient({ baseUrl: await fakeBackend(json(200, '<html>proxy login</html>', 'text/html')) });
    expect(await html.getTaxNotice('TSC-2026-000123')).toMatchObject({ ok: false, kind: 'garbage' });
    const wrong = new OfficeClient({ baseUrl: await fakeBackend(json(201, { trackingNumber: 42 })) });
    const r = await wrong.submitReport(report, KEY);
    expect(r).toMatchObject({ ok: false, kind: 'garbage' });
    if (!r.ok) expect(r.detail).toContain('trackingNumber');
  });

  it('gives up on a slow backend after its timeout', async () => {
    const client = new OfficeClient({ baseUrl: await fakeBackend((res) => setTimeout(() => json(200, notice)(res), 2000)), timeoutMs: 200 });
    const started = Date.now();
    const r = await client.getTaxNotice('TSC-2026-000123');
    expect(r).toMatchObject({ ok: false, kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('stops waiting when the caller aborts (the session ended)', async () => {
    const client = new OfficeClient({ baseUrl: await fakeBackend((res) => setTimeout(() => json(200, notice)(res), 2000)), timeoutMs: 5000 });
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 100);
    const r = await client.getTaxNotice('TSC-2026-000123', { signal: ctrl.signal });
    expect(r.ok).toBe(false);
  });

  it('reports a closed port as unreachable', async () => {
    const url = await fakeBackend(json(200, notice));
    const s = servers.pop();
    await new Promise((r) => s?.close(r));
    const r = await new OfficeClient({ baseUrl: url }).health();
    expect(r).toMatchObject({ ok: false, kind: 'unreachable', detail: 'ECONNREFUSED' });
  });

  it('tells 404 from refusals, and which refusals are worth retrying', async () => {
    const PROBLEM = 'application/problem+json';
    const missing = await new OfficeClient({ baseUrl: await fakeBackend(json(404, { title: 'Unknown tax notice', status: 404, code: 'not-found' }, PROBLEM)) }).getTaxNotice('TSC-2026-999999');
    expect(missing).toMatchObject({ ok: false, kind: 'not-found', status: 404, fromOffice: true });
    const bad = await new OfficeClient({ baseUrl: await fakeBackend(json(400, { title: 'Invalid request body', status: 400, code: 'invalid-body' }, PROBLEM)) }).submitReport(report, KEY);
    expect(bad).toMatchObject({ ok: false, kind: 'rejected', status: 400, code: 'invalid-body' });
    if (!bad.ok) expect(isRetryable(bad)).toBe(false);
    const busy = await new OfficeClient({ baseUrl: await fakeBackend(json(429, { title: 'Slow down', status: 429, code: 'internal' }, PROBLEM)) }).submitReport(report, KEY);
    expect(busy).toMatchObject({ ok: false, kind: 'rejected', status: 429 });
    if (!busy.ok) expect(isRetryable(busy)).toBe(true);
  });

  it("only the office's own problem body is a final refusal: a gateway's page never is", async () => {
    const answers: Array<[string, Reply]> = [
      ['HTML 403 of a proxy', json(403, '<html><body>Forbidden</body></html>', 'text/html')],
      ['HTML 404 of a proxy', json(404, '<html><body>Not Found</body></html>', 'text/html')],
      ['400 with no body', json(400, '', 'text/plain')],
      ['problem body under a wrong content type', json(400, { title: 'Invalid request body', status: 400, code: 'invalid-body' }, 'text/html')],
      ['problem body whose status disagrees', json(409, { title: 'x', status: 400, code: 'invalid-body' }, 'application/problem+json')],
      ['a code the API does not have', json(422, { title: 'x', status: 422, code: 'waf-blocked' }, 'application/problem+json')],
      ['408', json(408, { title: 'Timeout', status: 408, code: 'internal' }, 'application/problem+json')],
      ['502 of a gateway', json(502, '<html>Bad gateway</html>', 'text/html')],
      ['401: the kiosk token, not the request', json(401, { title: 'Token', status: 401, code: 'unauthorized' }, 'application/problem+json')],
    ];
    for (const [what, reply] of answers) {
      const r = await new OfficeClient({ baseUrl: await fakeBackend(reply) }).submitReport(report, KEY);
      expect(r.ok, what).toBe(false);
      if (!r.ok) expect(isRetryable(r), what).toBe(true);
    }
    const refused = await new OfficeClient({
      baseUrl: await fakeBackend(json(409, { title: 'Taken', status: 409, code: 'kiosk-reference-taken' }, 'application/problem+json; charset=utf-8')),
    }).submitReport(report, KEY);
    expect(refused).toMatchObject({ ok: false, kind: 'rejected', fromOffice: true, code: 'kiosk-reference-taken' });
    if (!refused.ok) expect(isRetryable(refused)).toBe(false);
  });

  it('sends the bearer token when it has one', async () => {
    let seen: string | undefined;
    const server = createServer((req, res) => {
      seen = req.headers.authorization;
      req.resume();
      req.on('end', () => json(200, notice)(res));
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await new OfficeClient({ baseUrl: url, token: 'sixteen-chars-token' }).getTaxNotice('TSC-2026-000123');
    expect(seen).toBe('Bearer sixteen-chars-token');
  });
});

describe('withdrawals', () => {
  const civil = {
    document: 'birth-extract',
    copies: 1,
    documentLanguage: 'fr',
    identity: { method: 'card-number', cardNumber: 'BE123456', birthDate: '1974-08-12' },
  } as const;

  it("409 request-withdrawn in the office's problem body is a final refusal of the submission", async () => {
    const body = { type: 'about:blank', title: 'The kiosk withdrew the request sent under this key', status: 409, code: 'request-withdrawn' };
    const client = new OfficeClient({ baseUrl: await fakeBackend(json(409, body, 'application/problem+json')) });
    const r = await client.submitCivilStatusRequest(civil, KEY);
    expect(r).toMatchObject({ ok: false, kind: 'rejected', status: 409, code: 'request-withdrawn', fromOffice: true });
    if (!r.ok) expect(isRetryable(r)).toBe(false);
  });

  it('the same code from something that is not the office (wrong content type, status inside differs) is retried', async () => {
    const body = { title: 'withdrawn', status: 409, code: 'request-withdrawn' };
    const asJson = new OfficeClient({ baseUrl: await fakeBackend(json(409, body)) });
    const r1 = await asJson.submitReport(report, KEY);
    expect(r1).toMatchObject({ ok: false, fromOffice: false });
    if (!r1.ok) expect(isRetryable(r1)).toBe(true);
    const mismatched = new OfficeClient({ baseUrl: await fakeBackend(json(409, { ...body, status: 410 }, 'application/problem+json')) });
    const r2 = await mismatched.submitReport(report, KEY);
    expect(r2).toMatchObject({ ok: false, fromOffice: false });
    if (!r2.ok) expect(isRetryable(r2)).toBe(true);
  });

  it('withdrawRequest posts to /v1/requests/{key}/withdraw with the token and reads both answers', async () => {
    const seen: Array<{ method?: string; url?: string; auth?: string }> = [];
    const answers = [{ state: 'withdrawn', trackingNumber: 'AR-2026-000007' }, { state: 'not-withdrawn', trackingNumber: 'AR-2026-000008', status: 'in-progress' }];
    const server = createServer((req, res) => {
      seen.push({ method: req.method, url: req.url, auth: req.headers.authorization });
      req.resume();
      req.on('end', () => json(200, answers[seen.length - 1])(res));
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const client = new OfficeClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token: 'kiosk-token-0123456789' });
    expect(await client.withdrawRequest(KEY)).toMatchObject({ ok: true, value: { state: 'withdrawn', trackingNumber: 'AR-2026-000007' } });
    expect(await client.withdrawRequest(KEY)).toMatchObject({ ok: true, value: { state: 'not-withdrawn', status: 'in-progress' } });
    expect(seen[0]).toEqual({ method: 'POST', url: `/v1/requests/${KEY}/withdraw`, auth: 'Bearer kiosk-token-0123456789' });
  });

  it('an answer to a withdrawal outside the API is garbage, not a confirmation', async () => {
    const client = new OfficeClient({ baseUrl: await fakeBackend(json(200, { state: 'ok' })) });
    const r = await client.withdrawRequest(KEY);
    expect(r).toMatchObject({ ok: false, kind: 'garbage' });
    if (!r.ok) expect(isRetryable(r)).toBe(true);
  });
});
