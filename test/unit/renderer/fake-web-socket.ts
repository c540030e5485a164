// A stand-in for the browser's WebSocket that lets a test play the server's part.
import type { WebSocketLike } from '../../../renderer/api/ws-request-client.js';

export class FakeWebSocket implements WebSocketLike {
  static created: FakeWebSocket[] = [];
  readyState = 0;
  readonly sent: unknown[] = [];
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(readonly url: string) {
    FakeWebSocket.created.push(this);
  }

  static latest(): FakeWebSocket {
    const socket = FakeWebSocket.created.at(-1);
    if (!socket) throw new Error('no socket was created');
    return socket;
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }

  close(): void {
    this.readyState = 3;
  }

  /** Server side: accept the connection. */
  accept(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  /** Server side: the connection is lost (or refused). */
  drop(): void {
    this.readyState = 3;
    this.onerror?.({});
    this.onclose?.({});
  }

  receive(message: unknown): void {
    this.onmessage?.({ data: typeof message === 'string' ? message : JSON.stringify(message) });
  }

  respond(id: number, result: unknown): void {
    this.receive({ type: 'response', id, result });
  }
}
