import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL } from '../../../main/electron/ipc-channels.js';
import { createRequestHandler, forwardRouterEvents, isTrustedSender } from '../../../main/electron/kiosk-ipc.js';
import { ContractRouter } from '../../../main/services/contract-router.js';
import { FakeWebContents, recordingLogger } from './fake-electron.js';

const kiosk = new FakeWebContents();
const other = new FakeWebContents();
const topFrame = (url: string) => ({ url, parent: null });
const SESSION = '123e4567-e89b-42d3-a456-426614174000';

function setup() {
  const logger = recordingLogger();
  const router = new ContractRouter(logger);
  const served = vi.fn(() => []);
  router.handle('queue.services', served);
  router.handle('session.setLanguage', () => ({}));
  const handler = createRequestHandler({ router, getKioskContents: () => kiosk, logger });
  return { router, served, handler, logger };
}

describe('isTrustedSender', () => {
  it('accepts the kiosk window top frame on borne://app', () => {
    expect(isTrustedSender({ sender: kiosk, senderFrame: topFrame('borne://app/index.html') }, kiosk)).toBe(true);
  });
  it.each([
    ['another webContents', { sender: other, senderFrame: topFrame('borne://app/index.html') }],
    ['another origin', { sender: kiosk, senderFrame: topFrame('https://evil.example/') }],
    ['a file:// page', { sender: kiosk, senderFrame: topFrame('file:///tmp/x.html') }],
    ['a look-alike host', { sender: kiosk, senderFrame: topFrame('borne://app.evil/index.html') }],
    ['a subframe', { sender: kiosk, senderFrame: { url: 'borne://app/index.html', parent: {} } }],
    ['a frame that is gone', { sender: kiosk, senderFrame: null }],
  ])('refuses %s', (_label, event) => {
    expect(isTrustedSender(event, kiosk)).toBe(false);
  });
  it('refuses everything when there is no kiosk window', () => {
    expect(isTrustedSender({ sender: kiosk, senderFrame: topFrame('borne://app/index.html') }, null)).toBe(false);
  });
});

describe('createRequestHandler', () => {
  it('dispatches a trusted, valid request to the router', async () => {
    const { handler, served } = setup();
    const result = await handler({ sender: kiosk, senderFrame: topFrame('borne://app/index.html') }, 'queue.services', {});
    expect(result).toEqual({ ok: true, value: [] });
    expect(served).toHaveBeenCalledOnce();
  });

  it('refuses an untrusted sender without reaching the service', async () => {
    const { handler, served, logger } = setup();
    const result = await handler({ sender: other, senderFrame: topFrame('borne://app/index.html') }, 'queue.services', {});
    expect(result.ok).toBe(false);
    expect(served).not.toHaveBeenCalled();
    expect(logger.entries.some((e) => e.level === 'warn' && /untrusted sender/.test(e.msg))).toBe(true);
  });

  it('refuses an invalid payload and an unknown channel', async () => {
    const { handler } = setup();
    const event = { sender: kiosk, senderFrame: topFrame('borne://app/index.html') };
    const bad = await handler(event, 'session.setLanguage', { sessionId: SESSION, language: 'de' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const unknown = await handler(event, 'fs.readFile', { path: '/etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const good = await handler(event, 'session.setLanguage', { sessionId: SESSION, language: 'zgh' });
    expect(good).toEqual({ ok: true, value: {} });
  });
});

describe('forwardRouterEvents', () => {
  it('pushes router events to the kiosk page and stops after unsubscribe', () => {
    const router = new ContractRouter(recordingLogger());
    const page = new FakeWebContents();
    const stop = forwardRouterEvents(router, () => page);
    router.emit('session.expired', { sessionId: SESSION });
    expect(page.sent).toEqual([[IPC_EVENT_CHANNEL, 'session.expired', { sessionId: SESSION }]]);
    stop();
    router.emit('session.expired', { sessionId: SESSION });
    expect(page.sent).toHaveLength(1);
  });

  it('sends nothing to a page that is not the app, or to a destroyed window', () => {
    const router = new ContractRouter(recordingLogger());
    const page = new FakeWebContents();
    forwardRouterEvents(router, () => page);
    page.url = 'https://elsewhere.example/';
    router.emit('session.expired', { sessionId: SESSION });
    page.url = 'borne://app/index.html';
    page.destroyed = true;
    router.emit('session.expired', { sessionId: SESSION });
    expect(page.sent).toHaveLength(0);
  });
});
