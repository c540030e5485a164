// Both hosts (Electron IPC and the browser shell's WebSocket) hand every message to a
// router, so validation and error shaping are written once. The kiosk contract and the dev
// dock's channels each get their own router over their own channel map.
import type { z } from 'zod';
import {
  type ContractError,
  type EventChannel,
  type EventOf,
  eventChannels,
  KioskRequestError,
  requestChannels,
} from '../contract/kiosk-contract.js';

export type RequestResult = { ok: true; value: unknown } | { ok: false; error: ContractError };

export type ChannelMap = Record<string, { request: z.ZodType; response: z.ZodType }>;
type Req<M extends ChannelMap, C extends keyof M> = z.infer<M[C]['request']>;
type Res<M extends ChannelMap, C extends keyof M> = z.input<M[C]['response']>;
type Handler<M extends ChannelMap, C extends keyof M> = (payload: Req<M, C>) => Promise<Res<M, C>> | Res<M, C>;
type EventListener = (channel: EventChannel, payload: unknown) => void;

export interface RouterLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** What a host needs of any router: hand it a message, get a result to send back. */
export interface RequestDispatcher {
  dispatch(channel: unknown, payload: unknown): Promise<RequestResult>;
}

export class ChannelRouter<M extends ChannelMap> implements RequestDispatcher {
  private readonly handlers = new Map<keyof M, (payload: never) => unknown>();

  constructor(
    private readonly channels: M,
    protected readonly logger: RouterLogger,
  ) {}

  handle<C extends keyof M & string>(channel: C, handler: Handler<M, C>): void {
    this.handlers.set(channel, handler as (payload: never) => unknown);
  }

  async dispatch(channel: unknown, payload: unknown): Promise<RequestResult> {
    if (typeof channel !== 'string' || !Object.hasOwn(this.channels, channel)) {
      // Not String(channel): an object whose toString is not a function would throw here.
      this.logger.warn({ channel: typeof channel === 'string' ? channel.slice(0, 64) : `(${typeof channel})` }, 'request on an unknown channel refused');
      return { ok: false, error: { code: 'invalid-request', message: 'unknown channel' } };
    }
    const spec = this.channels[channel] as M[keyof M];
    const parsed = spec.request.safeParse(payload ?? {});
    if (!parsed.success) {
      // Issue paths only: the payload itself may hold personal data.
      const fields = parsed.error.issues.map((i) => i.path.join('.') || '(root)');
      this.logger.warn({ channel, fields }, 'request payload refused');
      return { ok: false, error: { code: 'invalid-request', message: `invalid field(s): ${fields.join(', ')}` } };
    }
    const handler = this.handlers.get(channel);
    if (!handler) return { ok: false, error: { code: 'unavailable', message: `${channel} is not served` } };
    const release = this.beforeHandle(parsed.data);
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
    } finally {
      release();
    }
  }

  /** Called with a valid request before its handler runs; the returned function after it answered. */
  protected beforeHandle(_payload: unknown): () => void {
    return noop;
  }
}

const noop = (): void => undefined;

/** What the router tells about requests made on behalf of a citizen's visit (those with a sessionId). */
export type VisitRequestObserver = (sessionId: string) => () => void;

/** The kiosk contract's router: requests plus the events main pushes to the screen. */
export class ContractRouter extends ChannelRouter<typeof requestChannels> {
  private readonly listeners = new Set<EventListener>();
  private visitObserver: VisitRequestObserver | undefined;

  constructor(logger: RouterLogger) {
    super(requestChannels, logger);
  }

  emit<C extends EventChannel>(channel: C, payload: EventOf<C>): void {
    const checked = eventChannels[channel].safeParse(payload);
    if (!checked.success) {
      this.logger.error({ channel }, 'event outside the contract dropped');
      return;
    }
    for (const listener of this.listeners) listener(channel, checked.data);
  }

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Every request carrying a sessionId is shown to `observer` while it runs: the session
   * service counts it as the citizen's activity and holds the visit open until it answers.
   */
  observeVisitRequests(observer: VisitRequestObserver): void {
    this.visitObserver = observer;
  }

  protected override beforeHandle(payload: unknown): () => void {
    const observer = this.visitObserver;
    if (!observer || typeof payload !== 'object' || payload === null) return noop;
    const sessionId = (payload as { sessionId?: unknown }).sessionId;
    return typeof sessionId === 'string' ? observer(sessionId) : noop;
  }
}

export function errorSummary(err: unknown): { name: string; message: string } {
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: typeof err, message: String(err) };
}
