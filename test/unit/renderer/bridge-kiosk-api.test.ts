import { describe, expect, it } from 'vitest';
import { encodeBridgeErrorMessage } from '../../../main/contract/bridge-error.js';
import { type KioskApi, KioskRequestError } from '../../../main/contract/kiosk-contract.js';
import { BridgeKioskApi } from '../../../renderer/api/kiosk-api.js';

/** What the page sees of the preload in Electron: plain values, and errors reduced to a message. */
function bridge(answer: () => Promise<unknown>): KioskApi {
  return { request: (() => answer()) as KioskApi['request'], on: () => () => undefined };
}

describe('Electron bridge client', () => {
  it('turns a stale-session error back into its contract code, so the screen resets', async () => {
    const api = new BridgeKioskApi(bridge(() => Promise.reject(new Error(encodeBridgeErrorMessage({ code: 'stale-session', message: 'this session has ended' })))));
    await expect(api.request('queue.takeTicket', { sessionId: '00000000-0000-4000-8000-000000000000', serviceId: 'civil-status' })).rejects.toEqual(
      new KioskRequestError('stale-session', 'this session has ended'),
    );
  });

  it('treats an undecodable failure as the service being unavailable', async () => {
    const api = new BridgeKioskApi(bridge(() => Promise.reject(new Error('Error invoking remote method'))));
    await expect(api.request('queue.services', {})).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('refuses an answer outside the contract', async () => {
    const api = new BridgeKioskApi(bridge(() => Promise.resolve([{ id: 'passports' }])));
    await expect(api.request('queue.services', {})).rejects.toMatchObject({ code: 'invalid-response' });
  });
});
