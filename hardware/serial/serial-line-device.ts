// What every serial device driver shares: a port that reopens itself, and a byte pipeline
// that is wiped whenever the port goes away so half a read never joins the next one.
import { BaseDevice, type DeviceEvents, type DeviceKind } from '../devices/device.js';
import type { DeviceLogger } from '../devices/device-logger.js';
import { ReconnectingSerialPort } from './reconnecting-serial-port.js';
import type { ListSerialPorts, SerialPortIdentity } from './serial-port-identity.js';

export interface BytePipeline {
  pushBytes(chunk: Buffer): void;
  reset(): void;
}

export interface SerialLinkOptions {
  path: string;
  baudRate: number;
  reopenIntervalMs?: number;
  /** USB identity (configuration `usb`): the device is found by it should it move to another path. */
  match?: SerialPortIdentity;
  /** Stand-in for SerialPort.list() in tests. */
  listPorts?: ListSerialPorts;
}

export abstract class SerialLineDevice<E extends DeviceEvents> extends BaseDevice<E> {
  private link: ReconnectingSerialPort | undefined;
  private pipeline: BytePipeline | undefined;

  protected constructor(id: string, kind: DeviceKind) {
    super(id, kind, 'serial');
  }

  /** Called once by the driver's constructor, after it has built its pipeline. */
  protected connect(options: SerialLinkOptions, pipeline: BytePipeline, logger: DeviceLogger): void {
    this.pipeline = pipeline;
    this.link = new ReconnectingSerialPort({
      path: options.path,
      baudRate: options.baudRate,
      ...(options.reopenIntervalMs !== undefined ? { reopenIntervalMs: options.reopenIntervalMs } : {}),
      ...(options.match ? { match: options.match } : {}),
      ...(options.listPorts ? { listPorts: options.listPorts } : {}),
      deviceId: this.id,
      logger,
      onData: (chunk) => {
        // The bytes exactly as they came, for the technician's raw console (listened to only while it is open).
        this.emit('raw', chunk);
        pipeline.pushBytes(chunk);
      },
      onOpen: (detail) => this.setState('ready', detail),
      onOffline: (detail, reason) => {
        pipeline.reset();
        this.setState('offline', detail, reason);
      },
      onNoise: (noisy) => {
        if (noisy) this.setState('warning', `receiving garbled bytes: is the device set to ${options.baudRate} baud like the kiosk?`, 'garbled-bytes');
        else this.setState('ready');
      },
    });
  }

  /** The path the port is (or will be) opened at: the configured one, or where the device was found again by its USB id. */
  get currentPath(): string | undefined {
    return this.link?.currentPath;
  }

  /** Never rejects: a device that cannot be opened goes offline and is retried. */
  async open(): Promise<void> {
    await this.link?.open();
  }

  async close(): Promise<void> {
    await this.link?.close();
    this.pipeline?.reset();
    this.setState('closed');
  }
}
