// The body of the preload, written against two small interfaces so that it is tested under
// Node with fakes. The page receives `window.borne` = { request, on } and nothing else: never
// ipcRenderer, never an IPC event object.
import {
  type EventChannel,
  type KioskApi,
  eventChannels,
  isRequestChannel,
  KioskRequestError,
  requestResultSchema,
} from '../contract/kiosk-contract.js';
import { encodeBridgeErrorMessage } from '../contract/bridge-error.js';
import { BRIDGE_API_KEY, IPC_EVENT_CHANNEL, IPC_REQUEST_CHANNEL } from './ipc-channels.js';

export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && Object.hasOwn(eventChannels, name);
}

function bridgeError(code: KioskRequestError['code'], message: string): KioskRequestError {
  return new KioskRequestError(code, encodeBridgeErrorMessage({ code, message }));
}

type Listener = (payload: unknown) => void;

export function createKioskApi(ipcRenderer: IpcRendererLike): KioskApi {
  const listeners = new Map<EventChannel, Set<Listener>>();

  ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, channel, payload) => {
    if (!isEventChannel(channel)) return;
    const subscribers = listeners.get(channel);
    if (!subscribers || subscribers.size === 0) return;
    const parsed = eventChannels[channel].safeParse(payload);
    if (!parsed.success) return;
    for (const listener of [...subscribers]) {
      try {
        listener(parsed.data);
      } catch (err) {
        // One faulty listener must not starve the others of the event.
        console.error('borne event listener failed', err);
      }
    }
  });

  async function request(channel: unknown, payload: unknown): Promise<unknown> {
    if (!isRequestChannel(channel)) throw bridgeError('invalid-request', 'unknown channel');
    const raw = await ipcRenderer.invoke(IPC_REQUEST_CHANNEL, channel, payload);
    const result = requestResultSchema.safeParse(raw);
    if (!result.success) throw bridgeError('internal', 'malformed answer from main');
    if (result.data.ok) return result.data.value;
    throw bridgeError(result.data.error.code, result.data.error.message);
  }

  function on(channel: unknown, listener: unknown): () => void {
    if (!isEventChannel(channel)) throw new TypeError('unknown event channel');
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const subscriber = listener as Listener;
    let set = listeners.get(channel);
    if (!set) listeners.set(channel, (set = new Set()));
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
    };
  }

  // Casts: the runtime checks above enforce what the generic KioskApi signatures promise.
  return Object.freeze({ request, on }) as unknown as KioskApi;
}

export function exposeKioskApi(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike): void {
  contextBridge.exposeInMainWorld(BRIDGE_API_KEY, createKioskApi(ipcRenderer));
}
