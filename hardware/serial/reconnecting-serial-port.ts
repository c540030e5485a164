// One serial port kept open for as long as the driver wants it: a failed open or an unplug
// (serialport closes the port with err.disconnected) leaves it offline, and it tries to
// reopen the same path every few seconds until close(). serialport never reopens by itself.
// It also watches the device node: after a hangup Linux may hand out 0-byte reads instead of
// an error, which serialport never reports, while the node's disappearance is certain.
import { stat } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import type { DeviceLogger } from '../devices/device-logger.js';

export interface ReconnectingSerialPortOptions {
  path: string;
  baudRate: number;
  /** Delay between reopen attempts, and between checks that the device node still exists. */
  reopenIntervalMs?: number;
  deviceId: string;
  logger: DeviceLogger;
  onData: (chunk: Buffer) => void;
  onOpen: () => void;
  /** `detail` is for a technician: it names the cause, never data. */
  onOffline: (detail: string) => void;
}

const DEFAULT_REOPEN_INTERVAL_MS = 3000;

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class ReconnectingSerialPort {
  private port: SerialPort | null = null;
  private wanted = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private lastProblem: string | null = null;
  private presenceTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: ReconnectingSerialPortOptions) {}

  get isOpen(): boolean {
    return this.port?.isOpen ?? false;
  }

  /** Resolves once the first attempt is over, opened or not; failures go to onOffline. */
  async open(): Promise<void> {
    if (this.wanted) return;
    this.wanted = true;
    await this.attempt();
  }

  async close(): Promise<void> {
    this.wanted = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.stopPresenceWatch();
    const port = this.port;
    this.port = null;
    if (port?.isOpen) {
      await new Promise<void>((resolve) => port.close(() => resolve()));
    }
  }

  private attempt(): Promise<void> {
    return new Promise((resolve) => {
      let port: SerialPort;
      try {
        port = new SerialPort({ path: this.options.path, baudRate: this.options.baudRate, autoOpen: false });
      } catch (err) {
        this.offline(`cannot open serial port: ${describe(err)}`);
        resolve();
        return;
      }
      // Without a listener a late port error would crash the process.
      port.on('error', (err) => this.options.logger.warn({ device: this.options.deviceId, err: describe(err) }, 'serial port error'));
      port.open((err) => {
        if (!this.wanted) {
          if (!err) port.close();
          resolve();
          return;
        }
        if (err) {
          this.offline(`cannot open serial port: ${describe(err)}`);
          resolve();
          return;
        }
        this.port = port;
        port.on('data', (chunk: Buffer) => this.options.onData(chunk));
        port.on('close', (closeErr: (Error & { disconnected?: boolean }) | null) => this.closed(port, closeErr));
        this.lastProblem = null;
        void this.watchPresence(port);
        this.options.logger.info({ device: this.options.deviceId }, 'serial port open');
        this.options.onOpen();
        resolve();
      });
    });
  }

  private closed(port: SerialPort, err: (Error & { disconnected?: boolean }) | null): void {
    if (this.port !== port) return;
    this.port = null;
    this.stopPresenceWatch();
    if (!this.wanted) return;
    this.offline(err?.disconnected ? 'serial device disconnected' : 'serial port closed');
  }

  /** Device number of the node behind the path, or null when it is gone. */
  private async deviceNumber(): Promise<number | null> {
    try {
      return (await stat(this.options.path)).rdev;
    } catch {
      return null;
    }
  }

  private async watchPresence(port: SerialPort): Promise<void> {
    // Windows COM names have no node to stat; there the read error is all there is.
    if (!this.options.path.startsWith('/')) return;
    const opened = await this.deviceNumber();
    if (opened === null || this.port !== port) return;
    this.stopPresenceWatch();
    this.presenceTimer = setInterval(() => {
      void this.deviceNumber().then((current) => {
        if (current === opened || this.port !== port) return;
        this.port = null;
        this.stopPresenceWatch();
        port.close(() => undefined);
        if (this.wanted) this.offline('serial device disconnected');
      });
    }, this.options.reopenIntervalMs ?? DEFAULT_REOPEN_INTERVAL_MS);
    this.presenceTimer.unref();
  }

  private stopPresenceWatch(): void {
    if (this.presenceTimer) clearInterval(this.presenceTimer);
    this.presenceTimer = null;
  }

  private offline(detail: string): void {
    if (detail !== this.lastProblem) {
      // One log line per new problem, not one per retry.
      this.options.logger.warn({ device: this.options.deviceId, detail }, 'serial device offline');
      this.lastProblem = detail;
    }
    this.options.onOffline(detail);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (!this.wanted || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.wanted && !this.port) void this.attempt();
    }, this.options.reopenIntervalMs ?? DEFAULT_REOPEN_INTERVAL_MS);
    this.retryTimer.unref();
  }
}
