import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserShell, startBrowserShell } from '../../main/browser-shell/browser-shell-server.js';
import { createLaunchSecret, mintLaunchUrl } from '../../main/browser-shell/launch-ticket.js';
import { ContractRouter } from '../../main/services/contract-router.js';
import { ask, connectSocket as connect, openLaunchUrl, sessionFrom } from './support/browser-shell-client.js';

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

describe('browser shell', () => {
  let shell: BrowserShell;
  let origin: string;
  /** A session of a page opened with its launch address, as the kiosk's browser holds it. */
  let cookie: string;
  const secret = createLaunchSecret();
  const router = new ContractRouter(quiet);
  router.handle('queue.services', () => [{ id: 'civil-status', prefix: 'A', counter: '1', waiting: 2, estimatedWaitMinutes: 6 }]);

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-renderer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kiosk</title>');
    writeFileSync(join(dir, 'dev-dock.html'), '<!doctype html><title>dock</title>');
    writeFileSync(join(tmpdir(), 'borne-secret.txt'), 'secret');
    shell = await startBrowserShell({ port: 0, rendererDir: dir, router, logger: quiet, launchSecret: secret });
    origin = `http://127.0.0.1:${shell.port}`;
    cookie = await sessionFrom(shell.mintKioskUrl());
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
    expect(shell.mintDevDockUrl()).toBeUndefined();
    const dock = await connect(`ws://127.0.0.1:${shell.port}/dev`, origin, cookie);
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

  it('carries the contract for a client with the session cookie and the kiosk origin', async () => {
    const result = await connect(`ws://127.0.0.1:${shell.port}/api`, origin, cookie);
    if (!('ws' in result)) throw new Error(`refused ${result.refused}`);
    expect(await ask(result.ws, 'queue.services', {})).toMatchObject({
      type: 'response',
      result: { ok: true, value: [{ id: 'civil-status', prefix: 'A', counter: '1', waiting: 2, estimatedWaitMinutes: 6 }] },
    });
    expect(await ask(result.ws, 'session.start', { language: 'de' })).toMatchObject({ result: { ok: false, error: { code: 'invalid-request' } } });
    result.ws.close();
  });

  it('refuses another origin, a missing session and a forged session', async () => {
    const good = `ws://127.0.0.1:${shell.port}/api`;
    expect(await connect(good, 'http://evil.example', cookie)).toEqual({ refused: 403 });
    expect(await connect(good, origin)).toEqual({ refused: 401 });
    expect(await connect(good, origin, `${cookie.slice(0, -1)}${cookie.endsWith('x') ? 'y' : 'x'}`)).toEqual({ refused: 401 });
    // The launch ticket itself is no key to the WebSocket.
    const ticket = new URL(shell.mintKioskUrl()).searchParams.get('launch');
    expect(await connect(`${good}?token=${ticket}&launch=${ticket}`, origin)).toEqual({ refused: 401 });
  });

  it('trades a launch address once for an HttpOnly, SameSite=Strict session cookie and a clean address', async () => {
    const url = shell.mintKioskUrl();
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${shell.port}/\\?launch=[\\w-]+\\.[\\w-]+$`));
    const first = await openLaunchUrl(url);
    expect(first.status).toBe(303);
    expect(first.location).toBe('/');
    expect(first.setCookie).toMatch(new RegExp(`^borne_session_${shell.port}=[\\w-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
    expect(await connect(`ws://127.0.0.1:${shell.port}/api`, origin, first.cookie)).toHaveProperty('ws');

    // The same address again (read from Chromium's command line, say) opens nothing.
    const again = await openLaunchUrl(url);
    expect(again.status).toBe(403);
    expect(again.setCookie).toBeUndefined();
    // ...but the browser that used it, reloading it, is simply sent on to the clean page.
    expect(await openLaunchUrl(url, first.cookie)).toMatchObject({ status: 303, location: '/', setCookie: undefined });
  });

  it('refuses a launch address not signed with its secret', async () => {
    const base = `http://127.0.0.1:${shell.port}`;
    const forged = await openLaunchUrl(mintLaunchUrl(base, '/', createLaunchSecret()));
    expect(forged).toMatchObject({ status: 403, setCookie: undefined });
    expect((await openLaunchUrl(`${base}/?launch=garbage`)).status).toBe(403);
    // A genuine ticket with its signature changed.
    const ticket = new URL(shell.mintKioskUrl()).searchParams.get('launch') ?? '';
    const tampered = `${ticket.slice(0, -2)}${ticket.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await openLaunchUrl(`${base}/?launch=${tampered}`)).status).toBe(403);
  });

  it('pushes events to connected kiosk pages', async () => {
    const result = await connect(`ws://127.0.0.1:${shell.port}/api`, origin, cookie);
    if (!('ws' in result)) throw new Error('refused');
    const next = new Promise((resolve) => result.ws.once('message', (d) => resolve(JSON.parse(String(d)))));
    router.emit('device.status', { id: 'printer', kind: 'printer', driver: 'escpos', state: 'fault', detail: 'paper out' });
    expect(await next).toEqual({ type: 'event', channel: 'device.status', payload: { id: 'printer', kind: 'printer', driver: 'escpos', state: 'fault', detail: 'paper out' } });
    result.ws.close();
  });
});
