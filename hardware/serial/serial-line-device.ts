// What every serial device driver shares: a port that reopens itself, and a byte pipeline
// that is wiped whenever the port goes away so half a read never joins the next one.
import { BaseDevice, type DeviceEvents, type DeviceKind } from '../devices/device.js';
import type { DeviceLogger } from '../devices/device-logger.js';
import { ReconnectingSerialPort } from './reconnecting-serial-port.js';

export interface BytePipeline {
  pushBytes(chunk: Buffer): void;
  reset(): void;
}

export interface SerialLinkOptions {
  path: string;
  baudRate: number;
  reopenIntervalMs?: number;
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
      deviceId: this.id,
      logger,
      onData: (chunk) => pipeline.pushBytes(chunk),
      onOpen: () => this.setState('ready'),
      onOffline: (detail) => {
        pipeline.reset();
        this.setState('offline', detail);
      },
    });
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
