// The embedded office server answers only its own kiosk: a bearer token on everything but the
// health check, and only loopback host names (a web page that rebinds its name to 127.0.0.1
// cannot drive it). A refused write changes nothing in the office's database.
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OfficeClient } from '../../main/office/office-client.js';
import { type OfficeServer, startOfficeServer } from '../../main/office-server/office-server.js';
import { TEST_OFFICE_TOKEN } from '../helpers/office-token.js';

const PAYMENT = { authorizationCode: 'AUTH42', terminalId: 'attacker', amount: { currency: 'MAD', centimes: 86000 } };

let server: OfficeServer;
beforeEach(async () => {
  server = await startOfficeServer({ token: TEST_OFFICE_TOKEN, port: 0, dbPath: join(mkdtempSync(join(tmpdir(), 'borne-office-auth-')), 'office.sqlite') });
});
afterEach(async () => {
  await server.close();
});

/** A raw HTTP call, so the Host header can be what an attacker's page would send. */
function call(opts: { method: string; path: string; headers?: Record<string, string>; body?: unknown }): Promise<{ status: number; type: string; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const req = request(
      { host: '127.0.0.1', port: server.port, method: opts.method, path: opts.path, headers: { 'content-type': 'application/json', ...opts.headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), json: JSON.parse(text || '{}') as Record<string, unknown> }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const pay = (headers: Record<string, string>) =>
  call({ method: 'POST', path: '/v1/tax-notices/TSC-2026-000456/payments', headers: { 'idempotency-key': randomUUID(), ...headers }, body: PAYMENT });

async function noticeStatus(): Promise<string> {
  const r = await new OfficeClient({ baseUrl: server.url, token: TEST_OFFICE_TOKEN }).getTaxNotice('TSC-2026-000456');
  if (!r.ok) throw new Error(r.detail);
  return r.value.status;
}

describe('office server authentication', () => {
  it('refuses a payment without a token, or with a wrong one (401), and the notice stays due', async () => {
    const none = await pay({});
    expect(none).toMatchObject({ status: 401, json: { code: 'unauthorized' } });
    expect(none.type).toMatch(/^application\/problem\+json/);
    expect(await pay({ authorization: 'Bearer not-the-kiosk-token-at-all' })).toMatchObject({ status: 401 });
    expect(await pay({ authorization: `Basic ${Buffer.from(`x:${TEST_OFFICE_TOKEN}`).toString('base64')}` })).toMatchObject({ status: 401 });
    expect(await pay({ authorization: `Bearer ${TEST_OFFICE_TOKEN}x` })).toMatchObject({ status: 401 });
    expect(await server.store.countRequests({ procedure: 'tax-payment' })).toBe(0);
    expect(await noticeStatus()).toBe('due');
  });

  it('refuses reads of personal data without the token too; the health check stays open', async () => {
    expect(await call({ method: 'GET', path: '/v1/tax-notices/TSC-2026-000456' })).toMatchObject({ status: 401 });
    expect(await call({ method: 'GET', path: '/v1/requests/AR-2026-000001' })).toMatchObject({ status: 401 });
    expect(await call({ method: 'GET', path: `/v1/tax-payments/${randomUUID()}` })).toMatchObject({ status: 401 });
    expect(await call({ method: 'GET', path: '/v1/health' })).toMatchObject({ status: 200, json: { status: 'ok' } });
  });

  it('refuses a foreign Host name (DNS rebinding) even with the token', async () => {
    const auth = { authorization: `Bearer ${TEST_OFFICE_TOKEN}` };
    const rebound = await pay({ ...auth, host: `evil.example:${server.port}` });
    expect(rebound).toMatchObject({ status: 421, json: { code: 'host-not-allowed' } });
    expect(await call({ method: 'GET', path: '/v1/health', headers: { host: 'evil.example' } })).toMatchObject({ status: 421 });
    expect(await server.store.countRequests({ procedure: 'tax-payment' })).toBe(0);
    expect(await noticeStatus()).toBe('due');
    // Loopback names are the embedded server's own.
    expect(await call({ method: 'GET', path: '/v1/tax-notices/TSC-2026-000456', headers: { ...auth, host: `localhost:${server.port}` } })).toMatchObject({ status: 200 });
  });

  it('records the payment of a kiosk that sends its token', async () => {
    const r = await pay({ authorization: `Bearer ${TEST_OFFICE_TOKEN}` });
    expect(r).toMatchObject({ status: 201, json: { status: 'confirmed' } });
    expect(await noticeStatus()).toBe('paid');
  });

  it('answers to a configured host list instead of loopback names', async () => {
    const other = await startOfficeServer({
      token: TEST_OFFICE_TOKEN,
      port: 0,
      dbPath: join(mkdtempSync(join(tmpdir(), 'borne-office-auth-')), 'office.sqlite'),
      allowedHosts: ['bureau.casablanca.ma'],
    });
    try {
      const client = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port: other.port, path: '/v1/health', headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end();
        });
      expect(await client('bureau.casablanca.ma:443')).toBe(200);
      expect(await client(`127.0.0.1:${other.port}`)).toBe(421);
    } finally {
      await other.close();
    }
  });
});
