// Network printers on raw port 9100: one socket per job (or per status query), closed after,
// because many printers serve a single connection and hang on to a socket left open.
import { Socket } from 'node:net';
import type { StatusRequest } from './printer-status.js';
import {
  ByteQueue,
  PrinterTransportError,
  askStatus,
  classifyTransportError,
  type PrinterTransport,
  type StatusQuery,
  type TransportTimeouts,
} from './printer-transport.js';

export function parseTcpAddress(address: string): { host: string; port: number } | undefined {
  const m = /^tcp:\/\/([^\s:/]+):(\d{1,5})\/?$/.exec(address);
  if (!m?.[1] || !m[2]) return undefined;
  const port = Number(m[2]);
  return port > 0 && port < 65536 ? { host: m[1], port } : undefined;
}

export class TcpPrinterTransport implements PrinterTransport {
  readonly description: string;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly timeouts: TransportTimeouts,
  ) {
    this.description = `tcp://${host}:${port}`;
  }

  async send(bytes: Buffer): Promise<void> {
    const socket = await this.connect();
    try {
      await new Promise<void>((resolve, reject) => {
        // Idle timeout: a printer that stops taking data (buffer full, jammed) fails the job.
        socket.setTimeout(this.timeouts.timeoutMs, () =>
          reject(new PrinterTransportError('offline', `printer stopped accepting data for ${this.timeouts.timeoutMs} ms`, 'ETIMEDOUT')),
        );
        socket.once('error', (err) => reject(classifyTransportError(err, 'send failed')));
        // end() calls back once every byte is flushed to the kernel.
        socket.end(bytes, () => resolve());
      });
      await this.waitForClose(socket, 500);
    } finally {
      socket.destroy();
    }
  }

  async queryStatus(requests: StatusRequest[]): Promise<StatusQuery> {
    const socket = await this.connect();
    const replies = new ByteQueue();
    socket.on('data', (chunk: Buffer) => replies.push(chunk));
    socket.on('close', () => replies.close());
    socket.on('error', () => replies.close());
    try {
      const write = (b: Buffer): Promise<void> =>
        new Promise((resolve, reject) => socket.write(b, (err) => (err ? reject(classifyTransportError(err, 'status write failed')) : resolve())));
      return await askStatus(write, replies, requests, this.timeouts.statusTimeoutMs);
    } finally {
      socket.destroy();
    }
  }

  private connect(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = new Socket();
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new PrinterTransportError('offline', `no connection within ${this.timeouts.timeoutMs} ms`, 'ETIMEDOUT'));
      }, this.timeouts.timeoutMs);
      socket.once('error', (err) => {
        clearTimeout(timer);
        socket.destroy();
        reject(classifyTransportError(err, 'connect failed'));
      });
      socket.connect(this.port, this.host, () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        socket.setNoDelay(true);
        resolve(socket);
      });
    });
  }

  /** Gives the printer a moment to close its side, so it has read everything before we reset. */
  private waitForClose(socket: Socket, ms: number): Promise<void> {
    if (socket.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      // A late reset after all bytes were flushed is not a failed job.
      socket.on('error', () => undefined);
      socket.resume();
    });
  }
}
