// The network screen against real sockets: a tiny HTTP server standing for the office, and a
// port nobody listens on.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkNetwork, officeProblem } from '../../../main/diagnostics/network-check.js';

const outbox = (depth: number, oldestPendingAgeMs: number | null) => ({
  stats: async () => ({ depth, oldestPendingAgeMs, delivered: 0, rejected: 0 }),
});

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function listen(handler: (status: (code: number, body: string) => void) => void): Promise<string> {
  server = createServer((_req, res) => handler((code, body) => res.writeHead(code, { 'content-type': 'application/json' }).end(body)));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closedPort(): Promise<string> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('network check', () => {
  it('measures the health round trip and reports what waits in the outbox', async () => {
    const url = await listen((reply) => reply(200, JSON.stringify({ status: 'ok', time: new Date().toISOString() })));
    const r = await checkNetwork({ url, embedded: true, outbox: outbox(3, 125_900) });
    expect(r.office).toMatchObject({ url, embedded: true, reachable: true });
    expect(r.office.latencyMs).toBeGreaterThanOrEqual(0);
    expect(r.office.problem).toBeUndefined();
    expect(r.outbox).toEqual({ depth: 3, oldestAgeSeconds: 125 });
  });

  it('says why the office is not reachable', async () => {
    const url = await closedPort();
    const r = await checkNetwork({ url, embedded: false, outbox: outbox(0, null) });
    expect(r.office).toMatchObject({ reachable: false, latencyMs: null, embedded: false });
    expect(r.office.problem).toContain('refused the connection');
    expect(r.outbox).toEqual({ depth: 0, oldestAgeSeconds: null });
  });

  it('tells a server that is not the office from one that is failing', async () => {
    const url = await listen((reply) => reply(200, '{"hello":"world"}'));
    expect((await checkNetwork({ url, embedded: false, outbox: outbox(0, null) })).office.problem).toContain('not the office server');
    expect(officeProblem({ ok: false, kind: 'server-error', status: 503, detail: 'HTTP 503' }, 3000)).toBe('the office server answered with an error (HTTP 503)');
    expect(officeProblem({ ok: false, kind: 'timeout', detail: 'x' }, 3000)).toBe('the office server did not answer within 3000 ms');
  });
});
