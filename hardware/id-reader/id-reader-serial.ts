// MRZ document reader on a serial (or USB-CDC) port.
import { BaseDevice } from '../devices/device.js';
import type { DeviceLogger } from '../devices/device-logger.js';
import { ReconnectingSerialPort } from '../serial/reconnecting-serial-port.js';
import { ID_READER_DEVICE_ID, type IdReaderDevice, type IdReaderEvents } from './id-reader.js';
import { MrzReadPipeline } from './mrz-read-pipeline.js';

export interface SerialIdReaderOptions {
  path: string;
  baudRate: number;
  interLineTimeoutMs: number;
  reopenIntervalMs?: number;
  idleFlushMs?: number;
}

export class SerialIdReader extends BaseDevice<IdReaderEvents> implements IdReaderDevice {
  private readonly pipeline: MrzReadPipeline;
  private readonly link: ReconnectingSerialPort;

  constructor(options: SerialIdReaderOptions, logger: DeviceLogger) {
    super(ID_READER_DEVICE_ID, 'id-reader', 'serial');
    this.pipeline = new MrzReadPipeline({
      interLineTimeoutMs: options.interLineTimeoutMs,
      ...(options.idleFlushMs !== undefined ? { idleFlushMs: options.idleFlushMs } : {}),
      logger,
      onCard: (event) => this.emit('card', event),
      onUnreadable: (event) => this.emit('unreadable', event),
      onBusyChange: (busy) => {
        if (this.status().state === 'ready' || this.status().state === 'busy') this.setState(busy ? 'busy' : 'ready');
      },
    });
    this.link = new ReconnectingSerialPort({
      path: options.path,
      baudRate: options.baudRate,
      ...(options.reopenIntervalMs !== undefined ? { reopenIntervalMs: options.reopenIntervalMs } : {}),
      deviceId: ID_READER_DEVICE_ID,
      logger,
      onData: (chunk) => this.pipeline.pushBytes(chunk),
      onOpen: () => this.setState('ready'),
      onOffline: (detail) => {
        this.pipeline.reset();
        this.setState('offline', detail);
      },
    });
  }

  /** Never rejects: a reader that cannot be opened goes offline and is retried. */
  async open(): Promise<void> {
    await this.link.open();
  }

  async close(): Promise<void> {
    await this.link.close();
    this.pipeline.reset();
    this.setState('closed');
  }
}
