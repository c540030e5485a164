// Main's side of the bridge: one invoke channel whose sender is checked before anything
// reaches the contract router (which validates the payload), and events pushed back.
import type { EventChannel } from '../contract/kiosk-contract.js';
import type { RequestDispatcher, RequestResult } from '../services/contract-router.js';
import { isAppUrl } from './app-origin.js';
import { IPC_EVENT_CHANNEL } from './ipc-channels.js';
import type { ShellLogger } from './shell-logger.js';
import { describeUrlForLog } from './web-contents-lockdown.js';

/** What an `IpcMainInvokeEvent` tells about its sender. */
export interface IpcSenderInfo {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface EventSourceRouter {
  onEvent(listener: (channel: EventChannel, payload: unknown) => void): () => void;
}

export interface EventRecipient {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
}

/**
 * Only the kiosk window's own top frame, showing borne://app, may call main. Anything else
 * (another webContents, a subframe, a page that navigated elsewhere, a frame already gone)
 * is refused.
 */
export function isTrustedSender(event: IpcSenderInfo, kioskContents: unknown): boolean {
  if (kioskContents === null || kioskContents === undefined || event.sender !== kioskContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export const UNTRUSTED_SENDER_RESULT: RequestResult = {
  ok: false,
  error: { code: 'invalid-request', message: 'sender refused' },
};

export interface RequestHandlerOptions {
  router: RequestDispatcher;
  getKioskContents: () => unknown;
  logger: ShellLogger;
}

/** The listener for `ipcMain.handle(IPC_REQUEST_CHANNEL, ...)`. */
export function createRequestHandler(options: RequestHandlerOptions) {
  return async (event: IpcSenderInfo, channel: unknown, payload: unknown): Promise<RequestResult> => {
    if (!isTrustedSender(event, options.getKioskContents())) {
      options.logger.warn(
        { frame: event.senderFrame ? describeUrlForLog(event.senderFrame.url) : '(gone)', channel: typeof channel === 'string' ? channel.slice(0, 64) : `(${typeof channel})` },
        'IPC request from an untrusted sender refused',
      );
      return UNTRUSTED_SENDER_RESULT;
    }
    return options.router.dispatch(channel, payload);
  };
}

/** Pushes the router's events to the kiosk page while it shows the app; returns unsubscribe. */
export function forwardRouterEvents(router: EventSourceRouter, getTarget: () => EventRecipient | null): () => void {
  return router.onEvent((channel, payload) => {
    const target = getTarget();
    if (!target || target.isDestroyed() || !isAppUrl(target.getURL())) return;
    target.send(IPC_EVENT_CHANNEL, channel, payload);
  });
}
