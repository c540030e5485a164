// 125 kHz badge reader on a serial port (or USB-CDC): STX...ETX frames, repeated while held.
import type { DeviceLogger } from '../devices/device-logger.js';
import { SerialLineDevice } from '../serial/serial-line-device.js';
import type { ListSerialPorts, SerialPortIdentity } from '../serial/serial-port-identity.js';
import { BADGE_READER_DEVICE_ID, type BadgeReaderDevice, type BadgeReaderEvents } from './badge-reader.js';
import { BadgeReadPipeline } from './badge-read-pipeline.js';

export interface SerialBadgeReaderOptions {
  path: string;
  baudRate: number;
  holdGapMs?: number;
  reopenIntervalMs?: number;
  /** Configured USB identity, to find the device at another path (see SerialLinkOptions). */
  match?: SerialPortIdentity;
  listPorts?: ListSerialPorts;
}

export class SerialBadgeReader extends SerialLineDevice<BadgeReaderEvents> implements BadgeReaderDevice {
  constructor(options: SerialBadgeReaderOptions, logger: DeviceLogger) {
    super(BADGE_READER_DEVICE_ID, 'badge-reader');
    const pipeline = new BadgeReadPipeline({
      logger,
      onBadge: (event) => this.emit('badge', event),
      onUnreadable: (event) => this.emit('unreadable', event),
      ...(options.holdGapMs !== undefined ? { holdGapMs: options.holdGapMs } : {}),
    });
    this.connect(options, pipeline, logger);
  }
}
