// MRZ document reader on a serial (or USB-CDC) port.
import type { DeviceLogger } from '../devices/device-logger.js';
import { SerialLineDevice } from '../serial/serial-line-device.js';
import type { ListSerialPorts, SerialPortIdentity } from '../serial/serial-port-identity.js';
import { ID_READER_DEVICE_ID, type IdReaderDevice, type IdReaderEvents } from './id-reader.js';
import { MrzReadPipeline } from './mrz-read-pipeline.js';

export interface SerialIdReaderOptions {
  path: string;
  baudRate: number;
  interLineTimeoutMs: number;
  reopenIntervalMs?: number;
  /** Configured USB identity, to find the device at another path (see SerialLinkOptions). */
  match?: SerialPortIdentity;
  listPorts?: ListSerialPorts;
  idleFlushMs?: number;
}

export class SerialIdReader extends SerialLineDevice<IdReaderEvents> implements IdReaderDevice {
  constructor(options: SerialIdReaderOptions, logger: DeviceLogger) {
    super(ID_READER_DEVICE_ID, 'id-reader');
    const pipeline = new MrzReadPipeline({
      interLineTimeoutMs: options.interLineTimeoutMs,
      ...(options.idleFlushMs !== undefined ? { idleFlushMs: options.idleFlushMs } : {}),
      logger,
      onCard: (event) => this.emit('card', event),
      onUnreadable: (event) => this.emit('unreadable', event),
      onBusyChange: (busy) => {
        if (this.status().state === 'ready' || this.status().state === 'busy') this.setState(busy ? 'busy' : 'ready');
      },
    });
    this.connect(options, pipeline, logger);
  }
}
