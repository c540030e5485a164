// One WebSocket carrying the wire protocol's request/response envelope and pushed events.
// The kiosk page (/api) and the dev dock (/dev) both use it; it knows nothing of channels.
import { z } from 'zod';
import { contractErrorSchema, KioskRequestError } from '../../main/contract/kiosk-contract.js';
import type { ClientMessage } from '../../main/contract/wire-protocol.js';

/** The part of the browser's WebSocket this client needs, so tests can pass a fake. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type WebSocketFactory = (url: string) => WebSocketLike;
export type ConnectionState = 'connecting' | 'open' | 'closed';

export interface WsRequestClientOptions {
  url: string;
  createSocket?: WebSocketFactory;
  /** First reconnect delay; doubles after each failure up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A request with no answer after this long fails as 'unavailable'. */
  requestTimeoutMs?: number;
}

const OPEN = 1;

const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('response'),
    id: z.number().int(),
    result: z.union([
      z.object({ ok: z.literal(true), value: z.unknown() }),
      z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
    ]),
  }),
  z.object({ type: z.literal('event'), channel: z.string(), payload: z.unknown() }),
]);

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: KioskRequestError) => void;
  timer: ReturnType<typeof setTimeout>;
  /** Serialized message still waiting for the socket to open; null once sent. */
  unsent: string | null;
}

export class WsRequestClient {
  private socket: WebSocketLike | null = null;
  private state: ConnectionState = 'closed';
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private backoffMs: number;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private closedByUser = false;
  private readonly createSocket: WebSocketFactory;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly requestTimeoutMs: number;

  constructor(private readonly options: WsRequestClientOptions) {
    // The DOM types its handlers with MessageEvent/CloseEvent parameters; this client only
    // reads `data`, so the narrower WebSocketLike view is safe.
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url) as unknown as WebSocketLike);
    this.initialBackoffMs = options.initialBackoffMs ?? 250;
    this.maxBackoffMs = options.maxBackoffMs ?? 5000;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30000;
    this.backoffMs = this.initialBackoffMs;
    this.connect();
  }

  get connectionState(): ConnectionState {
    return this.state;
  }

  request(channel: string, payload: unknown): Promise<unknown> {
    if (this.closedByUser) {
      return Promise.reject(new KioskRequestError('unavailable', 'The connection is closed.'));
    }
    const id = this.nextId++;
    const message: ClientMessage = { type: 'request', id, channel, payload };
    const text = JSON.stringify(message);
    return new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(id, new KioskRequestError('unavailable', 'The request timed out.'));
      }, this.requestTimeoutMs);
      const entry: Pending = { resolve, reject, timer, unsent: text };
      this.pending.set(id, entry);
      if (this.socket && this.socket.readyState === OPEN) {
        this.flush(entry);
      } else if (this.reconnectTimer !== null) {
        // Someone is waiting now: do not sit out the rest of the backoff.
        clearTimeout(this.reconnectTimer);
        this.reconnectTimer = null;
        this.connect();
      }
    });
  }

  on(channel: string, listener: (payload: unknown) => void): () => void {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  onConnectionState(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => {
      this.stateListeners.delete(listener);
    };
  }

  close(): void {
    this.closedByUser = true;
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.close(1000, 'closed by page');
    }
    this.failAll('The connection is closed.');
    this.setState('closed');
  }

  private connect(): void {
    if (this.closedByUser) return;
    this.setState('connecting');
    let socket: WebSocketLike;
    try {
      socket = this.createSocket(this.options.url);
    } catch {
      this.handleDrop();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.backoffMs = this.initialBackoffMs;
      this.setState('open');
      for (const entry of this.pending.values()) this.flush(entry);
    };
    socket.onmessage = (event) => {
      if (this.socket === socket) this.handleMessage(event.data);
    };
    socket.onerror = () => {
      // The close event follows; reconnection is handled there.
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.handleDrop();
    };
  }

  private handleDrop(): void {
    this.failAll('The kiosk service is not reachable.');
    this.setState('closed');
    if (this.closedByUser) return;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.maxBackoffMs);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect();
    }, delay);
  }

  private flush(entry: Pending): void {
    if (entry.unsent === null || !this.socket) return;
    this.socket.send(entry.unsent);
    entry.unsent = null;
  }

  private handleMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = serverMessageSchema.safeParse(json);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'event') {
      for (const listener of this.listeners.get(message.channel) ?? []) {
        try {
          listener(message.payload);
        } catch (error) {
          console.error('event listener failed', message.channel, error);
        }
      }
      return;
    }
    if (message.result.ok) {
      this.settle(message.id, null, message.result.value);
    } else {
      const code = contractErrorSchema.shape.code.safeParse(message.result.error.code);
      this.settle(
        message.id,
        new KioskRequestError(code.success ? code.data : 'internal', message.result.error.message),
      );
    }
  }

  private settle(id: number, error: KioskRequestError | null, value?: unknown): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    if (error) entry.reject(error);
    else entry.resolve(value);
  }

  private failAll(message: string): void {
    for (const id of [...this.pending.keys()]) {
      this.settle(id, new KioskRequestError('unavailable', message));
    }
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }
}
