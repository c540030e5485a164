// Printers on a local device path. A USB printer-class node (/dev/usb/lp0) is written like a
// file and has no status channel we can trust; a serial tty (/dev/ttyUSB0, COM3) is opened raw
// through serialport, which also carries the status answers back.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { SerialPort } from 'serialport';
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

export function isSerialPath(path: string): boolean {
  return /^\/dev\/(tty|serial\/|rfcomm|cu\.)/.test(path) || /^COM\d+$/i.test(path);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new PrinterTransportError('offline', `${what}: no progress within ${ms} ms`, 'ETIMEDOUT')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export class FilePrinterTransport implements PrinterTransport {
  readonly description: string;

  constructor(
    private readonly path: string,
    private readonly timeouts: TransportTimeouts,
  ) {
    this.description = path;
  }

  async send(bytes: Buffer): Promise<void> {
    const write = async (): Promise<void> => {
      // No O_CREAT: when the printer is unplugged its node is gone, and creating a plain file in
      // its place would swallow every later receipt without an error.
      const handle = await open(this.path, constants.O_WRONLY | constants.O_APPEND);
      try {
        let off = 0;
        while (off < bytes.length) {
          const { bytesWritten } = await handle.write(bytes, off, bytes.length - off);
          off += bytesWritten;
        }
      } finally {
        await handle.close();
      }
    };
    try {
      await withTimeout(write(), this.timeouts.timeoutMs, 'device write');
    } catch (err) {
      throw classifyTransportError(err, 'device write failed');
    }
  }

  async queryStatus(): Promise<StatusQuery> {
    return { kind: 'unknown', detail: 'device path has no status channel' };
  }
}

export class SerialPrinterTransport implements PrinterTransport {
  readonly description: string;

  constructor(
    private readonly path: string,
    private readonly timeouts: TransportTimeouts,
    private readonly baudRate = 9600,
  ) {
    this.description = `${path} @ ${baudRate} baud`;
  }

  async send(bytes: Buffer): Promise<void> {
    const port = await this.openPort();
    try {
      await withTimeout(
        new Promise<void>((resolve, reject) => {
          port.write(bytes, (err) => (err ? reject(err) : undefined));
          port.drain((err) => (err ? reject(err) : resolve()));
        }),
        this.timeouts.timeoutMs,
        'serial write',
      );
    } catch (err) {
      throw classifyTransportError(err, 'serial write failed');
    } finally {
      await this.closePort(port);
    }
  }

  async queryStatus(requests: StatusRequest[]): Promise<StatusQuery> {
    const port = await this.openPort();
    const replies = new ByteQueue();
    port.on('data', (chunk: Buffer) => replies.push(chunk));
    try {
      const write = (b: Buffer): Promise<void> =>
        new Promise((resolve, reject) => {
          port.write(b);
          port.drain((err) => (err ? reject(classifyTransportError(err, 'status write failed')) : resolve()));
        });
      return await askStatus(write, replies, requests, this.timeouts.statusTimeoutMs);
    } finally {
      replies.close();
      await this.closePort(port);
    }
  }

  private openPort(): Promise<SerialPort> {
    return new Promise((resolve, reject) => {
      const port = new SerialPort({ path: this.path, baudRate: this.baudRate, autoOpen: false });
      port.open((err) => (err ? reject(classifyTransportError(err, 'serial open failed')) : resolve(port)));
    });
  }

  private closePort(port: SerialPort): Promise<void> {
    return new Promise((resolve) => {
      if (!port.isOpen) return resolve();
      port.close(() => resolve());
    });
  }
}
