// An ID reader with no hardware: the dev dock and tests hand it MRZ lines or raw bytes,
// which go through the same framing, assembly and parsing as a real read.
import { BaseDevice } from '../devices/device.js';
import type { DeviceLogger } from '../devices/device-logger.js';
import { ID_READER_DEVICE_ID, type IdReaderDevice, type IdReaderEvents } from './id-reader.js';
import { MrzReadPipeline } from './mrz-read-pipeline.js';

export interface MockIdReaderOptions {
  interLineTimeoutMs?: number;
}

export class MockIdReader extends BaseDevice<IdReaderEvents> implements IdReaderDevice {
  private readonly pipeline: MrzReadPipeline;

  constructor(logger: DeviceLogger, options: MockIdReaderOptions = {}) {
    super(ID_READER_DEVICE_ID, 'id-reader', 'mock');
    this.pipeline = new MrzReadPipeline({
      interLineTimeoutMs: options.interLineTimeoutMs ?? 400,
      logger,
      onCard: (event) => this.emit('card', event),
      onUnreadable: (event) => this.emit('unreadable', event),
      onBusyChange: (busy) => {
        if (this.isUp()) this.setState(busy ? 'busy' : 'ready');
      },
    });
  }

  async open(): Promise<void> {
    this.setState('ready');
  }

  async close(): Promise<void> {
    this.pipeline.reset();
    this.setState('closed');
  }

  /** Feeds MRZ lines as a reader would send them; false when the reader is not up. */
  insert(lines: readonly string[]): boolean {
    if (!this.isUp()) return false;
    // What a reader sends for these lines, so the raw console shows mock reads like real ones.
    this.emit('raw', Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'latin1'));
    this.pipeline.pushLines(lines);
    return true;
  }

  /** Feeds raw bytes, framing included; false when the reader is not up. */
  insertRaw(bytes: Uint8Array): boolean {
    if (!this.isUp()) return false;
    this.emit('raw', Buffer.from(bytes));
    this.pipeline.pushBytes(bytes);
    return true;
  }

  /** Simulates pulling the reader's cable (true) or plugging it back (false). */
  setUnplugged(unplugged: boolean): void {
    if (this.status().state === 'closed') return;
    this.pipeline.reset();
    this.setState(unplugged ? 'offline' : 'ready', unplugged ? 'serial device disconnected' : undefined);
  }

  private isUp(): boolean {
    const state = this.status().state;
    return state === 'ready' || state === 'busy';
  }
}
