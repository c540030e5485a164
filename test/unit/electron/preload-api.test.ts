import { describe, expect, it, vi } from 'vitest';
import { KioskRequestError, type KioskApi } from '../../../main/contract/kiosk-contract.js';
import { decodeBridgeErrorMessage } from '../../../main/contract/bridge-error.js';
import { BRIDGE_API_KEY, IPC_EVENT_CHANNEL, IPC_REQUEST_CHANNEL } from '../../../main/electron/ipc-channels.js';
import { exposeKioskApi, type IpcRendererLike } from '../../../main/electron/preload-api.js';

const SESSION = '123e4567-e89b-42d3-a456-426614174000';

class FakeIpcRenderer implements IpcRendererLike {
  invocations: unknown[][] = [];
  answer: unknown = { ok: true, value: {} };
  private readonly handlers = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push([channel, ...args]);
    return Promise.resolve(this.answer);
  }
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): this {
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), listener]);
    return this;
  }
  push(channel: string, ...args: unknown[]): void {
    for (const h of this.handlers.get(channel) ?? []) h({ sender: 'ipc-event-object' }, ...args);
  }
}

function expose() {
  const exposed = new Map<string, unknown>();
  const ipc = new FakeIpcRenderer();
  exposeKioskApi({ exposeInMainWorld: (key, api) => void exposed.set(key, api) }, ipc);
  return { ipc, exposed, api: exposed.get(BRIDGE_API_KEY) as KioskApi };
}

describe('exposeKioskApi', () => {
  it('exposes exactly window.borne = { request, on }, frozen, with no IPC object', () => {
    const { exposed, api, ipc } = expose();
    expect([...exposed.keys()]).toEqual(['borne']);
    expect(Object.keys(api).sort()).toEqual(['on', 'request']);
    expect(typeof api.request).toBe('function');
    expect(typeof api.on).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(ipc);
  });

  it('sends a valid request over the one invoke channel and returns only the value', async () => {
    const { api, ipc } = expose();
    ipc.answer = { ok: true, value: { sessionId: SESSION } };
    await expect(api.request('session.start', { language: 'ar' })).resolves.toEqual({ sessionId: SESSION });
    expect(ipc.invocations).toEqual([[IPC_REQUEST_CHANNEL, 'session.start', { language: 'ar' }]]);
  });

  it('rejects an unknown channel without calling main', async () => {
    const { api, ipc } = expose();
    // The page is untrusted: it may call with any string despite the types.
    const request = api.request as (channel: string, payload: unknown) => Promise<unknown>;
    await expect(request('shell.openExternal', {})).rejects.toBeInstanceOf(KioskRequestError);
    expect(ipc.invocations).toEqual([]);
  });

  it('turns { ok: false } into an Error whose message carries the contract code', async () => {
    const { api, ipc } = expose();
    ipc.answer = { ok: false, error: { code: 'stale-session', message: 'session is over' } };
    const err = await api.request('session.end', { sessionId: SESSION, reason: 'idle' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as KioskRequestError).code).toBe('stale-session');
    // contextBridge keeps only the message: the code must survive in it.
    expect(decodeBridgeErrorMessage((err as Error).message)).toEqual({ code: 'stale-session', message: 'session is over' });
  });

  it('rejects a malformed answer from main', async () => {
    const { api, ipc } = expose();
    ipc.answer = { value: 'no ok flag' };
    await expect(api.request('kiosk.info', {})).rejects.toMatchObject({ code: 'internal' });
  });

  it('delivers events of the subscribed channel, payload only, until unsubscribed', () => {
    const { api, ipc } = expose();
    const expired = vi.fn();
    const status = vi.fn();
    const off = api.on('session.expired', expired);
    api.on('device.status', status);
    ipc.push(IPC_EVENT_CHANNEL, 'session.expired', { sessionId: SESSION });
    expect(expired).toHaveBeenCalledWith({ sessionId: SESSION });
    expect(expired.mock.calls[0]).toHaveLength(1);
    expect(status).not.toHaveBeenCalled();
    off();
    ipc.push(IPC_EVENT_CHANNEL, 'session.expired', { sessionId: SESSION });
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('drops events that do not match the contract', () => {
    const { api, ipc } = expose();
    const expired = vi.fn();
    api.on('session.expired', expired);
    ipc.push(IPC_EVENT_CHANNEL, 'session.expired', { sessionId: 'not-a-uuid' });
    ipc.push(IPC_EVENT_CHANNEL, 'unknown.event', {});
    expect(expired).not.toHaveBeenCalled();
  });

  it('refuses to subscribe to an unknown event channel', () => {
    const { api } = expose();
    const on = api.on as (channel: string, listener: unknown) => () => void;
    expect(() => on('ipc.raw', () => undefined)).toThrow(TypeError);
    expect(() => on('session.expired', 'not a function')).toThrow(TypeError);
  });

  it('keeps delivering to other listeners when one throws', () => {
    const { api, ipc } = expose();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const second = vi.fn();
    api.on('session.expired', () => {
      throw new Error('boom');
    });
    api.on('session.expired', second);
    ipc.push(IPC_EVENT_CHANNEL, 'session.expired', { sessionId: SESSION });
    expect(second).toHaveBeenCalledOnce();
    consoleError.mockRestore();
  });
});
