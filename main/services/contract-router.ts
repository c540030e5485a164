// Both hosts (Electron IPC and the browser shell's WebSocket) hand every message to one
// router, so validation and error shaping are written once.
import {
  type ContractError,
  type EventChannel,
  type EventOf,
  type RequestChannel,
  type RequestOf,
  type ResponseOf,
  eventChannels,
  isRequestChannel,
  KioskRequestError,
  requestChannels,
} from '../contract/kiosk-contract.js';

export type RequestResult = { ok: true; value: unknown } | { ok: false; error: ContractError };

type Handler<C extends RequestChannel> = (payload: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
type EventListener = (channel: EventChannel, payload: unknown) => void;

export interface RouterLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export class ContractRouter {
  private readonly handlers = new Map<RequestChannel, (payload: never) => unknown>();
  private readonly listeners = new Set<EventListener>();

  constructor(private readonly logger: RouterLogger) {}

  handle<C extends RequestChannel>(channel: C, handler: Handler<C>): void {
    this.handlers.set(channel, handler as (payload: never) => unknown);
  }

  async dispatch(channel: unknown, payload: unknown): Promise<RequestResult> {
    if (!isRequestChannel(channel)) {
      this.logger.warn({ channel: String(channel).slice(0, 64) }, 'request on an unknown channel refused');
      return { ok: false, error: { code: 'invalid-request', message: 'unknown channel' } };
    }
    const spec = requestChannels[channel];
    const parsed = spec.request.safeParse(payload ?? {});
    if (!parsed.success) {
      // Issue paths only: the payload itself may hold personal data.
      const fields = parsed.error.issues.map((i) => i.path.join('.') || '(root)');
      this.logger.warn({ channel, fields }, 'request payload refused');
      return { ok: false, error: { code: 'invalid-request', message: `invalid field(s): ${fields.join(', ')}` } };
    }
    const handler = this.handlers.get(channel);
    if (!handler) {
      return { ok: false, error: { code: 'unavailable', message: `${channel} is not served` } };
    }
    try {
      const value = await handler(parsed.data as never);
      const checked = spec.response.safeParse(value);
      if (!checked.success) {
        this.logger.error({ channel, issues: checked.error.issues.map((i) => i.path.join('.')) }, 'handler answered outside the contract');
        return { ok: false, error: { code: 'invalid-response', message: 'the service answered outside the contract' } };
      }
      return { ok: true, value: checked.data };
    } catch (err) {
      if (err instanceof KioskRequestError) return { ok: false, error: { code: err.code, message: err.message } };
      this.logger.error({ channel, err: errorSummary(err) }, 'request handler failed');
      return { ok: false, error: { code: 'internal', message: 'internal error' } };
    }
  }

  emit<C extends EventChannel>(channel: C, payload: EventOf<C>): void {
    const checked = eventChannels[channel].parse(payload);
    for (const listener of this.listeners) listener(channel, checked);
  }

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function errorSummary(err: unknown): { name: string; message: string } {
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: typeof err, message: String(err) };
}
