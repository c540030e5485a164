import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskRequestError } from '../../../main/contract/kiosk-contract.js';
import { WsKioskApi } from '../../../renderer/api/kiosk-api.js';
import { WsRequestClient } from '../../../renderer/api/ws-request-client.js';
import { FakeWebSocket } from './fake-web-socket.js';

const URL = 'ws://127.0.0.1:4000/api?token=t';

function makeClient(options: { requestTimeoutMs?: number } = {}) {
  return new WsRequestClient({
    url: URL,
    createSocket: (url) => new FakeWebSocket(url),
    initialBackoffMs: 100,
    maxBackoffMs: 400,
    ...options,
  });
}

async function rejection(promise: Promise<unknown>): Promise<KioskRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KioskRequestError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}

beforeEach(() => {
  FakeWebSocket.created = [];
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('WsRequestClient', () => {
  it('connects to the given URL and answers a request with the matching response', async () => {
    const client = makeClient();
    const socket = FakeWebSocket.latest();
    expect(socket.url).toBe(URL);
    socket.accept();

    const first = client.request('kiosk.info', {});
    const second = client.request('queue.services', {});
    expect(socket.sent).toEqual([
      { type: 'request', id: 1, channel: 'kiosk.info', payload: {} },
      { type: 'request', id: 2, channel: 'queue.services', payload: {} },
    ]);
    // Answers may come back out of order: each goes to its own request.
    socket.respond(2, { ok: true, value: ['services'] });
    socket.respond(1, { ok: true, value: { officeName: 'Hay Mohammadi' } });
    await expect(first).resolves.toEqual({ officeName: 'Hay Mohammadi' });
    await expect(second).resolves.toEqual(['services']);
  });

  it('holds requests made before the socket opens and sends them on open', async () => {
    const client = makeClient();
    const pending = client.request('kiosk.info', {});
    const socket = FakeWebSocket.latest();
    expect(socket.sent).toEqual([]);
    socket.accept();
    expect(socket.sent).toHaveLength(1);
    socket.respond(1, { ok: true, value: 42 });
    await expect(pending).resolves.toBe(42);
  });

  it('rejects with a KioskRequestError carrying the error code and message', async () => {
    const client = makeClient();
    const socket = FakeWebSocket.latest();
    socket.accept();
    const stale = client.request('queue.takeTicket', {});
    const odd = client.request('queue.takeTicket', {});
    socket.respond(1, { ok: false, error: { code: 'stale-session', message: 'session ended' } });
    socket.respond(2, { ok: false, error: { code: 'teapot', message: 'odd' } });
    const staleError = await rejection(stale);
    expect(staleError.code).toBe('stale-session');
    expect(staleError.message).toBe('session ended');
    // A code outside the contract is reported as internal rather than passed through.
    expect((await rejection(odd)).code).toBe('internal');
  });

  it('delivers events to the listeners of that channel until they unsubscribe', () => {
    const client = makeClient();
    const socket = FakeWebSocket.latest();
    socket.accept();
    const expired = vi.fn();
    const status = vi.fn();
    const stop = client.on('session.expired', expired);
    client.on('device.status', status);

    socket.receive({ type: 'event', channel: 'session.expired', payload: { sessionId: 'a' } });
    expect(expired).toHaveBeenCalledWith({ sessionId: 'a' });
    expect(status).not.toHaveBeenCalled();

    stop();
    socket.receive({ type: 'event', channel: 'session.expired', payload: { sessionId: 'b' } });
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('ignores malformed frames and answers to unknown ids', async () => {
    const client = makeClient();
    const socket = FakeWebSocket.latest();
    socket.accept();
    const pending = client.request('kiosk.info', {});
    socket.receive('not json');
    socket.receive({ type: 'response', id: 'one', result: { ok: true, value: 1 } });
    socket.respond(99, { ok: true, value: 'stray' });
    socket.respond(1, { ok: true, value: 'mine' });
    await expect(pending).resolves.toBe('mine');
  });

  it('fails pending requests as unavailable when the socket drops, then reconnects with backoff', async () => {
    const client = makeClient();
    const states: string[] = [];
    client.onConnectionState((state) => states.push(state));
    const first = FakeWebSocket.latest();
    first.accept();
    const pending = client.request('queue.takeTicket', {});

    first.drop();
    expect((await rejection(pending)).code).toBe('unavailable');
    expect(FakeWebSocket.created).toHaveLength(1);

    vi.advanceTimersByTime(99);
    expect(FakeWebSocket.created).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeWebSocket.created).toHaveLength(2);

    // A refused reconnection waits twice as long before the next try.
    FakeWebSocket.latest().drop();
    vi.advanceTimersByTime(199);
    expect(FakeWebSocket.created).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeWebSocket.created).toHaveLength(3);

    FakeWebSocket.latest().accept();
    expect(states).toEqual(['open', 'closed', 'connecting', 'closed', 'connecting', 'open']);
    expect(client.connectionState).toBe('open');
  });

  it('reconnects at once when a request is made during the backoff wait', async () => {
    const client = makeClient();
    FakeWebSocket.latest().drop();
    expect(FakeWebSocket.created).toHaveLength(1);

    const pending = client.request('kiosk.info', {});
    expect(FakeWebSocket.created).toHaveLength(2);
    const socket = FakeWebSocket.latest();
    socket.accept();
    expect(socket.sent).toEqual([{ type: 'request', id: 1, channel: 'kiosk.info', payload: {} }]);
    socket.respond(1, { ok: true, value: 'back' });
    await expect(pending).resolves.toBe('back');
  });

  it('gives up on a request that gets no answer in time', async () => {
    const client = makeClient({ requestTimeoutMs: 1000 });
    FakeWebSocket.latest().accept();
    const pending = client.request('queue.takeTicket', {});
    vi.advanceTimersByTime(1000);
    expect((await rejection(pending)).code).toBe('unavailable');
  });

  it('stops reconnecting and refuses requests once closed', async () => {
    const client = makeClient();
    FakeWebSocket.latest().accept();
    const pending = client.request('kiosk.info', {});
    client.close();
    expect((await rejection(pending)).code).toBe('unavailable');
    expect((await rejection(client.request('kiosk.info', {}))).code).toBe('unavailable');
    vi.advanceTimersByTime(10_000);
    expect(FakeWebSocket.created).toHaveLength(1);
  });
});

describe('WsKioskApi', () => {
  it('returns answers that match the contract and rejects those that do not', async () => {
    const api = new WsKioskApi(makeClient());
    const socket = FakeWebSocket.latest();
    socket.accept();

    const good = api.request('session.start', { language: 'fr' });
    socket.respond(1, { ok: true, value: { sessionId: '123e4567-e89b-12d3-a456-426614174000' } });
    await expect(good).resolves.toEqual({ sessionId: '123e4567-e89b-12d3-a456-426614174000' });

    const bad = api.request('session.start', { language: 'fr' });
    socket.respond(2, { ok: true, value: { sessionId: 7 } });
    expect((await rejection(bad)).code).toBe('invalid-response');
  });

  it('passes on only events whose payload matches the contract', () => {
    const api = new WsKioskApi(makeClient());
    const socket = FakeWebSocket.latest();
    socket.accept();
    const listener = vi.fn();
    api.on('session.expired', listener);
    socket.receive({ type: 'event', channel: 'session.expired', payload: { sessionId: 'not-a-uuid' } });
    socket.receive({
      type: 'event',
      channel: 'session.expired',
      payload: { sessionId: '123e4567-e89b-12d3-a456-426614174000' },
    });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ sessionId: '123e4567-e89b-12d3-a456-426614174000' });
  });
});
