// A network receipt printer on 127.0.0.1 for development and integration tests: accepts raw
// ESC/POS on a TCP port like a real printer's port 9100, answers real-time status requests,
// and decodes every job back into text, images and QR payloads.
import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { emptyCondition, encodeStatusByte, type PrinterCondition, type StatusRequest } from '../printer/printer-status.js';
import { EscPosStreamDecoder, type DecodedReceipt, type Dialect } from './escpos-decoder.js';

export const VIRTUAL_PRINTER_STATES = [
  'ready',
  'paper-near-end',
  'paper-out',
  'cover-open',
  'cutter-error',
  /** Needs a power cycle or a technician. */
  'unrecoverable',
  /** E.g. print head too hot: the printer stops, then resumes by itself. */
  'auto-recoverable-error',
  'offline',
  /** Not listening at all: connections are refused, like a printer that is switched off. */
  'unreachable',
  /** Prints, but never answers status requests, like many cheap printers. */
  'silent',
] as const;
export type VirtualPrinterState = (typeof VIRTUAL_PRINTER_STATES)[number];

export interface VirtualPrinterJob {
  bytes: Buffer;
  decoded: DecodedReceipt;
  at: Date;
}

export interface VirtualPrinterOptions {
  /** 0 picks a free port. */
  port?: number;
  dialect?: Dialect;
}

function conditionOf(state: VirtualPrinterState): PrinterCondition {
  const c = emptyCondition();
  if (state === 'paper-near-end') c.paperNearEnd = true;
  if (state === 'paper-out') c.paperOut = true;
  if (state === 'cover-open') c.coverOpen = true;
  if (state === 'offline') c.offline = true;
  if (state === 'cutter-error') {
    c.cutterError = true;
    c.error = true;
  }
  if (state === 'unrecoverable') {
    c.unrecoverable = true;
    c.error = true;
  }
  if (state === 'auto-recoverable-error') {
    c.autoRecoverableError = true;
    c.error = true;
  }
  return c;
}

/** States in which a real printer receives data but prints nothing. */
const NOT_PRINTING: ReadonlySet<VirtualPrinterState> = new Set([
  'paper-out',
  'cover-open',
  'cutter-error',
  'unrecoverable',
  'auto-recoverable-error',
  'offline',
]);

/** What can stop a printer in the middle of a receipt. */
export type MidJobFault = 'cover-open' | 'paper-out' | 'offline';

/** GS v 0: the first raster band of a receipt (the Epson dialect the kiosk sends by default). */
const RASTER_START = Buffer.from([0x1d, 0x76, 0x30]);

export class VirtualPrinter extends EventEmitter {
  readonly jobs: VirtualPrinterJob[] = [];
  /** Bytes of print data thrown away because the printer could not print. */
  discardedBytes = 0;
  /** DLE EOT requests seen on any connection, answered or not. */
  statusRequests = 0;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private state: VirtualPrinterState = 'ready';
  private boundPort = 0;
  private handedOut = 0;
  private printDelayMs = 0;
  private midJobFault: MidJobFault | undefined;

  constructor(private readonly options: VirtualPrinterOptions = {}) {
    super();
  }

  get port(): number {
    return this.boundPort;
  }

  currentState(): VirtualPrinterState {
    return this.state;
  }

  async start(): Promise<number> {
    await this.listen(this.options.port ?? 0);
    return this.boundPort;
  }

  async stop(): Promise<void> {
    await this.closeListener();
  }

  async setState(state: VirtualPrinterState): Promise<void> {
    const was = this.state;
    this.state = state;
    if (state === 'unreachable' && was !== 'unreachable') await this.closeListener();
    // Coming back on: same port, as a printer keeps its address.
    if (state !== 'unreachable' && was === 'unreachable') await this.listen(this.boundPort);
  }

  /** From now on each receipt takes this long to come out (0: as fast as the bytes arrive). */
  setPrintDelay(ms: number): void {
    this.printDelayMs = Math.max(0, ms);
  }

  /**
   * The next receipt stops as its first dots arrive: the printer takes `fault`'s state and
   * throws the rest of the job away, as one does when its cover is lifted, its roll ends or
   * it is switched offline mid-print. It then answers status with that fault until setState.
   */
  failDuringNextJob(fault: MidJobFault): void {
    this.midJobFault = fault;
  }

  /** The next job not yet handed out by this method, waiting for it if needed. */
  waitForJob(timeoutMs = 5000): Promise<VirtualPrinterJob> {
    const ready = this.jobs[this.handedOut];
    if (ready) {
      this.handedOut += 1;
      return Promise.resolve(ready);
    }
    return new Promise((resolve, reject) => {
      const onJob = (): void => {
        clearTimeout(timer);
        const job = this.jobs[this.handedOut];
        if (!job) return;
        this.handedOut += 1;
        resolve(job);
      };
      const timer = setTimeout(() => {
        this.off('job', onJob);
        reject(new Error(`no print job within ${timeoutMs} ms`));
      }, timeoutMs);
      this.once('job', onJob);
    });
  }

  private listen(port: number): Promise<void> {
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        const addr = server.address();
        this.boundPort = typeof addr === 'object' && addr ? addr.port : port;
        resolve();
      });
    });
  }

  private closeListener(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (!server) return Promise.resolve();
    return new Promise((resolve) => server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    const chunks: Buffer[] = [];
    let blocked = false;
    const decoder = new EscPosStreamDecoder({
      ...(this.options.dialect ? { dialect: this.options.dialect } : {}),
      onStatusRequest: (n) => {
        this.statusRequests += 1;
        if (this.state === 'silent' || n < 1 || n > 4) return;
        socket.write(Buffer.from([encodeStatusByte(n as StatusRequest, conditionOf(this.state))]));
      },
    });
    let announced = false;
    socket.on('data', (chunk: Buffer) => {
      if (NOT_PRINTING.has(this.state)) blocked = true;
      chunks.push(chunk);
      decoder.push(chunk);
      // Lets a test cut the power while a receipt is on its way, not before nor after.
      if (!announced && chunk.includes(RASTER_START)) {
        announced = true;
        this.emit('printing');
        const fault = this.midJobFault;
        if (fault) {
          this.midJobFault = undefined;
          this.state = fault;
          blocked = true;
          this.emit('fault', { state: fault });
        }
        if (this.printDelayMs > 0) {
          // A mechanism slower than the wire: the printer stops reading while it burns paper.
          socket.pause();
          setTimeout(() => socket.resume(), this.printDelayMs).unref();
        }
      }
    });
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      this.sockets.delete(socket);
      const decoded = decoder.finish();
      const bytes = Buffer.concat(chunks);
      const printsSomething = decoded.images.length > 0 || decoded.text.length > 0 || decoded.cuts > 0;
      if (!printsSomething) return;
      if (blocked) {
        this.discardedBytes += bytes.length;
        this.emit('discarded', { bytes: bytes.length, state: this.state });
        return;
      }
      const job: VirtualPrinterJob = { bytes, decoded, at: new Date() };
      this.jobs.push(job);
      this.emit('job', job);
    };
    socket.on('end', () => {
      finish();
      socket.end();
    });
    socket.on('close', finish);
    // A client that resets mid-job is its problem; the simulator keeps serving.
    socket.on('error', () => undefined);
  }
}
