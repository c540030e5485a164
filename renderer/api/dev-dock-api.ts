// The dev dock's typed API over the browser shell's /dev WebSocket.
import {
  devDockChannels,
  type DevDockChannel,
  type DevDockRequest,
  type DevDockResponse,
} from '../../main/contract/dev-dock-contract.js';
import { KioskRequestError } from '../../main/contract/kiosk-contract.js';
import { DEV_DOCK_PATH } from '../../main/contract/wire-protocol.js';
import { webSocketUrl } from './web-socket-url.js';
import { WsRequestClient } from './ws-request-client.js';

export class DevDockApi {
  constructor(readonly client: WsRequestClient) {}

  async request<C extends DevDockChannel>(channel: C, payload: DevDockRequest<C>): Promise<DevDockResponse<C>> {
    const raw = await this.client.request(channel, payload);
    const parsed = devDockChannels[channel].response.safeParse(raw);
    if (!parsed.success) throw new KioskRequestError('invalid-response', `Unexpected answer on ${channel}.`);
    // A schema indexed by a generic channel is a union TypeScript cannot narrow back to C.
    return parsed.data as DevDockResponse<C>;
  }
}

export function createDevDockApi(): DevDockApi {
  return new DevDockApi(new WsRequestClient({ url: webSocketUrl(window.location.host, DEV_DOCK_PATH) }));
}
