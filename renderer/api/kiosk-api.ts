// Where the kiosk page gets its API: the Electron preload's `window.borne`, or the browser
// shell's WebSocket when the page runs in a plain browser.
import {
  eventChannels,
  KioskRequestError,
  requestChannels,
  type EventChannel,
  type EventOf,
  type KioskApi,
  type RequestChannel,
  type RequestOf,
  type ResponseOf,
} from '../../main/contract/kiosk-contract.js';
import { decodeBridgeErrorMessage } from '../../main/contract/bridge-error.js';
import { API_PATH } from '../../main/contract/wire-protocol.js';
import { webSocketUrl } from './web-socket-url.js';
import { WsRequestClient } from './ws-request-client.js';

declare global {
  interface Window {
    /** Set by the Electron preload through contextBridge; absent in a plain browser. */
    borne?: KioskApi;
  }
}

/** KioskApi over the browser shell's WebSocket, checking what comes back against the contract. */
export class WsKioskApi implements KioskApi {
  constructor(private readonly client: WsRequestClient) {}

  async request<C extends RequestChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
    const raw = await this.client.request(channel, payload);
    const parsed = requestChannels[channel].response.safeParse(raw);
    if (!parsed.success) {
      throw new KioskRequestError('invalid-response', `Unexpected answer on ${channel}.`);
    }
    // The schema indexed by a generic channel is a union TypeScript cannot narrow back to C.
    return parsed.data as ResponseOf<C>;
  }

  on<C extends EventChannel>(channel: C, listener: (event: EventOf<C>) => void): () => void {
    return this.client.on(channel, (payload) => {
      const parsed = eventChannels[channel].safeParse(payload);
      // Same generic-index limitation as in request().
      if (parsed.success) listener(parsed.data as EventOf<C>);
    });
  }
}

/**
 * The preload's `window.borne`, with the contract checked here too and errors turned back
 * into KioskRequestError: contextBridge keeps only an error's message, where the preload
 * encoded the contract code.
 */
export class BridgeKioskApi implements KioskApi {
  constructor(private readonly bridge: KioskApi) {}

  async request<C extends RequestChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
    let raw: unknown;
    try {
      raw = await this.bridge.request(channel, payload);
    } catch (error) {
      const decoded = decodeBridgeErrorMessage(error instanceof Error ? error.message : String(error));
      throw decoded ? new KioskRequestError(decoded.code, decoded.message) : new KioskRequestError('unavailable', 'The kiosk service did not answer.');
    }
    const parsed = requestChannels[channel].response.safeParse(raw);
    if (!parsed.success) throw new KioskRequestError('invalid-response', `Unexpected answer on ${channel}.`);
    // Same generic-index limitation as in WsKioskApi.request().
    return parsed.data as ResponseOf<C>;
  }

  on<C extends EventChannel>(channel: C, listener: (event: EventOf<C>) => void): () => void {
    return this.bridge.on(channel, listener);
  }
}

let shared: KioskApi | null = null;

export function getKioskApi(): KioskApi {
  if (shared) return shared;
  if (window.borne) {
    shared = new BridgeKioskApi(window.borne);
    return shared;
  }
  shared = new WsKioskApi(new WsRequestClient({ url: webSocketUrl(window.location.host, API_PATH) }));
  return shared;
}
