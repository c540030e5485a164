import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type BrowserShell, startBrowserShell } from '../../main/browser-shell/browser-shell-server.js';
import { ContractRouter } from '../../main/services/contract-router.js';

const quiet = { warn: () => undefined, error: () => undefined, info: () => undefined };

function httpGet(port: number, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connect(url: string, origin: string): Promise<{ ws: WebSocket } | { refused: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { origin });
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ refused: res.statusCode ?? 0 }));
    ws.once('error', () => resolve({ refused: -1 }));
  });
}

function ask(ws: WebSocket, channel: string, payload: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data))));
    ws.send(JSON.stringify({ type: 'request', id: 7, channel, payload }));
  });
}

describe('browser shell', () => {
  let shell: BrowserShell;
  let origin: string;
  const router = new ContractRouter(quiet);
  router.handle('queue.services', () => [{ id: 'civil-status', prefix: 'A', counter: '1', waiting: 2, estimatedWaitMinutes: 6 }]);

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-renderer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kiosk</title>');
    writeFileSync(join(dir, 'dev-dock.html'), '<!doctype html><title>dock</title>');
    writeFileSync(join(tmpdir(), 'borne-secret.txt'), 'secret');
    shell = await startBrowserShell({ port: 0, rendererDir: dir, router, logger: quiet });
    origin = `http://127.0.0.1:${shell.port}`;
  });
  afterAll(async () => shell.close());

  it('serves the kiosk page with a strict CSP that allows only its own WebSocket', async () => {
    const res = await httpGet(shell.port, '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('kiosk');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${shell.port}`);
    expect(csp).not.toContain('unsafe');
  });

  it('hides the dev dock unless the configuration enables it', async () => {
    expect((await httpGet(shell.port, '/dev-dock.html')).status).toBe(404);
    const dock = await connect(`ws://127.0.0.1:${shell.port}/dev?token=${shell.token}`, origin);
    expect(dock).toEqual({ refused: 404 });
  });

  it.each([
    '/%64ev-dock.html',
    '/dev%2Ddock.html',
    '/DEV-DOCK.HTML',
    '//dev-dock.html',
    '/./dev-dock.html',
    '/%2e/dev-dock.html',
    '/assets/%2e%2e/dev-dock.html',
    '/assets/../dev-dock.html',
    '/%5cdev-dock.html',
    '/dev-dock.html/',
  ])('keeps the disabled dev dock hidden when its path is spelled %s', async (spelling) => {
    const res = await httpGet(shell.port, spelling);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('dock');
  });

  it('refuses paths that leave the renderer folder', async () => {
    expect((await httpGet(shell.port, '/../borne-secret.txt')).status).toBe(404);
    expect((await httpGet(shell.port, '/%2e%2e/borne-secret.txt')).status).toBe(404);
  });

  it('refuses a request whose Host is not loopback (DNS rebinding)', async () => {
    expect((await httpGet(shell.port, '/', `evil.example:${shell.port}`)).status).toBe(421);
  });

  it('carries the contract for a client with the launch token and the kiosk origin', async () => {
    const result = await connect(`ws://127.0.0.1:${shell.port}/api?token=${shell.token}`, origin);
    if (!('ws' in result)) throw new Error(`refused ${result.refused}`);
    expect(await ask(result.ws, 'queue.services', {})).toEqual({
      type: 'response',
      id: 7,
      result: { ok: true, value: [{ id: 'civil-status', prefix: 'A', counter: '1', waiting: 2, estimatedWaitMinutes: 6 }] },
    });
    expect(await ask(result.ws, 'session.start', { language: 'de' })).toMatchObject({ result: { ok: false, error: { code: 'invalid-request' } } });
    result.ws.close();
  });

  it('refuses another origin, a missing token and a wrong token', async () => {
    const good = `ws://127.0.0.1:${shell.port}/api`;
    expect(await connect(`${good}?token=${shell.token}`, 'http://evil.example')).toEqual({ refused: 403 });
    expect(await connect(good, origin)).toEqual({ refused: 401 });
    expect(await connect(`${good}?token=${shell.token.slice(0, -1)}x`, origin)).toEqual({ refused: 401 });
  });

  it('pushes events to connected kiosk pages', async () => {
    const result = await connect(`ws://127.0.0.1:${shell.port}/api?token=${shell.token}`, origin);
    if (!('ws' in result)) throw new Error('refused');
    const next = new Promise((resolve) => result.ws.once('message', (d) => resolve(JSON.parse(String(d)))));
    router.emit('device.status', { id: 'printer', kind: 'printer', driver: 'escpos', state: 'fault', detail: 'paper out' });
    expect(await next).toEqual({ type: 'event', channel: 'device.status', payload: { id: 'printer', kind: 'printer', driver: 'escpos', state: 'fault', detail: 'paper out' } });
    result.ws.close();
  });
});
