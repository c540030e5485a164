// One serial port kept open for as long as the driver wants it: a failed open or an unplug
// (serialport closes the port with err.disconnected) leaves it offline, and it tries again
// every couple of seconds until close(); serialport never reopens by itself. Each try takes
// the configured path if it is back, else the port now carrying the device's USB identity
// (a reader moved to another socket comes back as /dev/ttyUSB1).
// It also watches the device node: after a hangup Linux may hand out 0-byte reads instead of
// an error, which serialport never reports, while the node's disappearance is certain.
import { stat } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import type { DeviceLogger } from '../devices/device-logger.js';
import { describeOpenProblem, REASON_OF_CAUSE, serialOpenCause, type SerialOfflineReason } from './serial-open-problem.js';
import { SerialNoiseDetector } from './serial-noise-detector.js';
import { claimPort, portsTakenByOthers, releasePort } from './serial-port-claims.js';
import {
  canonicalPath,
  describeIdentity,
  findListedPort,
  identityOf,
  listSystemSerialPorts,
  type ListSerialPorts,
  type SerialPortIdentity,
} from './serial-port-identity.js';
import { chooseTarget } from './serial-port-target.js';

export interface ReconnectingSerialPortOptions {
  path: string;
  baudRate: number;
  /** Delay between reopen attempts, and between checks that the device node still exists. */
  reopenIntervalMs?: number;
  /** The device's USB identity from the configuration: found by it wherever it is plugged. */
  match?: SerialPortIdentity;
  /** The system's port list (SerialPort.list()); injected by tests, the hardware boundary. */
  listPorts?: ListSerialPorts;
  deviceId: string;
  logger: DeviceLogger;
  onData: (chunk: Buffer) => void;
  /** `detail` says how it came back ("reconnected", "found again at ..."); none on the first open. */
  onOpen: (detail?: string) => void;
  /** `detail` is for a technician: it names the cause, never data. */
  onOffline: (detail: string, reason: SerialOfflineReason) => void;
  /** Bytes turned to noise (true: a wrong baud rate, most likely) or came clean again (false). */
  onNoise?: (noisy: boolean) => void;
}

/** Short enough that a technician who plugs a reader back sees it ready within seconds. */
export const DEFAULT_REOPEN_INTERVAL_MS = 2000;

const UNPLUGGED = 'unplugged (disconnected): waiting for it to come back';

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class ReconnectingSerialPort {
  private port: SerialPort | null = null;
  private wanted = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private lastProblem: string | null = null;
  private presenceTimer: NodeJS.Timeout | null = null;
  private openedPath: string;
  private learned: SerialPortIdentity | null = null;
  private wasOpen = false;
  private lastMoveLogged: string | null = null;
  private readonly noise = new SerialNoiseDetector((noisy) => this.options.onNoise?.(noisy));

  constructor(private readonly options: ReconnectingSerialPortOptions) {
    this.openedPath = options.path;
  }

  get isOpen(): boolean {
    return this.port?.isOpen ?? false;
  }

  /** The path open now, or last open: the configured one unless the device was found elsewhere. */
  get currentPath(): string {
    return this.openedPath;
  }

  /** The USB identity it is matched by: configured, else learned from the port list. */
  get identity(): SerialPortIdentity | null {
    return this.options.match ?? this.learned;
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
    releasePort(this);
    const port = this.port;
    this.port = null;
    if (port?.isOpen) {
      await new Promise<void>((resolve) => port.close(() => resolve()));
    }
  }

  private get interval(): number {
    return this.options.reopenIntervalMs ?? DEFAULT_REOPEN_INTERVAL_MS;
  }

  private get list(): ListSerialPorts {
    return this.options.listPorts ?? listSystemSerialPorts;
  }

  private async attempt(): Promise<void> {
    const target = await chooseTarget({
      configuredPath: this.options.path,
      configured: this.options.match ?? null,
      learned: this.learned,
      list: this.list,
      taken: portsTakenByOthers(this),
      wasOpen: this.wasOpen,
    });
    if (!this.wanted) return;
    if (target.path === null) {
      this.offline(target.detail, target.reason);
      return;
    }
    await this.openAt(target.path, target.moved);
  }

  private openAt(path: string, moved: boolean): Promise<void> {
    return new Promise((resolve) => {
      let port: SerialPort;
      try {
        port = new SerialPort({ path, baudRate: this.options.baudRate, autoOpen: false });
      } catch (err) {
        this.cannotOpen(err, path);
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
          this.cannotOpen(err, path);
          resolve();
          return;
        }
        this.opened(port, path, moved);
        resolve();
      });
    });
  }

  private opened(port: SerialPort, path: string, moved: boolean): void {
    const previous = this.openedPath;
    const cameBack = this.wasOpen || this.lastProblem !== null;
    this.port = port;
    this.openedPath = path;
    this.wasOpen = true;
    this.lastProblem = null;
    this.noise.reset();
    port.on('data', (chunk: Buffer) => {
      this.noise.push(chunk);
      this.options.onData(chunk);
    });
    port.on('close', (closeErr: (Error & { disconnected?: boolean }) | null) => this.closed(port, closeErr));
    void canonicalPath(path).then((real) => {
      if (this.port === port) claimPort(real, this);
    });
    void this.watchPresence(port, path);
    if (!moved) void this.learnIdentity(port, path);
    const identity = this.identity;
    if (moved && this.lastMoveLogged !== path) {
      // Once per new place: the device id, where it was and where it is; no data.
      this.lastMoveLogged = path;
      this.options.logger.info(
        { device: this.options.deviceId, from: previous, to: path, usb: identity ? describeIdentity(identity) : null },
        'serial device found at another path',
      );
    } else {
      this.options.logger.info({ device: this.options.deviceId, path }, 'serial port open');
    }
    if (moved) this.options.onOpen(`found again at ${path} (same USB id${identity ? `: ${describeIdentity(identity)}` : ''})`);
    else this.options.onOpen(cameBack ? 'reconnected' : undefined);
  }

  /** What the system lists for the path just opened, to find the device should it move. */
  private async learnIdentity(port: SerialPort, path: string): Promise<void> {
    try {
      const listed = await findListedPort(path, await this.list());
      const seen = listed ? identityOf(listed) : null;
      if (seen && this.port === port) this.learned = seen;
    } catch {
      // No list (no udevadm...): the device is then found again only at its configured path.
    }
  }

  private closed(port: SerialPort, err: (Error & { disconnected?: boolean }) | null): void {
    if (this.port !== port) return;
    this.port = null;
    releasePort(this);
    this.stopPresenceWatch();
    if (!this.wanted) return;
    if (err?.disconnected) this.offline(UNPLUGGED, 'unplugged');
    else this.offline('serial port closed', 'open-failed');
  }

  /** Device number of the node behind the path, or null when it is gone. */
  private async deviceNumber(path: string): Promise<number | null> {
    try {
      return (await stat(path)).rdev;
    } catch {
      return null;
    }
  }

  private async watchPresence(port: SerialPort, path: string): Promise<void> {
    // Windows COM names have no node to stat; there the read error is all there is.
    if (!path.startsWith('/')) return;
    const opened = await this.deviceNumber(path);
    if (opened === null || this.port !== port) return;
    this.stopPresenceWatch();
    this.presenceTimer = setInterval(() => {
      void this.deviceNumber(path).then((current) => {
        if (current === opened || this.port !== port) return;
        this.port = null;
        releasePort(this);
        this.stopPresenceWatch();
        port.close(() => undefined);
        if (this.wanted) this.offline(UNPLUGGED, 'unplugged');
      });
    }, this.interval);
    this.presenceTimer.unref();
  }

  private stopPresenceWatch(): void {
    if (this.presenceTimer) clearInterval(this.presenceTimer);
    this.presenceTimer = null;
  }

  private cannotOpen(err: unknown, path: string): void {
    this.offline(describeOpenProblem(err, path), REASON_OF_CAUSE[serialOpenCause(err)]);
  }

  private offline(detail: string, reason: SerialOfflineReason): void {
    if (detail !== this.lastProblem) {
      // One log line per new problem, not one per retry.
      this.options.logger.warn({ device: this.options.deviceId, detail }, 'serial device offline');
      this.lastProblem = detail;
    }
    this.options.onOffline(detail, reason);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (!this.wanted || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.wanted && !this.port) void this.attempt();
    }, this.interval);
    this.retryTimer.unref();
  }
}
