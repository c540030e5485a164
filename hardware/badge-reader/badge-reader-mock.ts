// A badge reader with no hardware, for the dev dock and tests: a presented badge goes out
// as real frames through the same parser and debouncing as the serial driver.
import { BaseDevice } from '../devices/device.js';
import type { DeviceLogger } from '../devices/device-logger.js';
import { encodeBadgeFrame } from './badge-frame.js';
import { BADGE_READER_DEVICE_ID, type BadgeReaderDevice, type BadgeReaderEvents } from './badge-reader.js';
import { BadgeReadPipeline } from './badge-read-pipeline.js';

export interface MockBadgeReaderOptions {
  holdGapMs?: number;
  now?: () => number;
}

export class MockBadgeReader extends BaseDevice<BadgeReaderEvents> implements BadgeReaderDevice {
  private readonly pipeline: BadgeReadPipeline;

  constructor(logger: DeviceLogger, options: MockBadgeReaderOptions = {}) {
    super(BADGE_READER_DEVICE_ID, 'badge-reader', 'mock');
    this.pipeline = new BadgeReadPipeline({
      logger,
      onBadge: (event) => this.emit('badge', event),
      onUnreadable: (event) => this.emit('unreadable', event),
      ...options,
    });
  }

  async open(): Promise<void> {
    this.setState('ready');
  }

  async close(): Promise<void> {
    this.pipeline.reset();
    this.setState('closed');
  }

  /**
   * Holds a badge (10 hex digits) to the reader for `frames` frames; false when the reader is
   * not ready. `corruptChecksum` sends the frames with a wrong checksum.
   */
  present(badgeId: string, options: { frames?: number; corruptChecksum?: boolean } = {}): boolean {
    if (this.status().state !== 'ready') return false;
    const frame = encodeBadgeFrame(badgeId, { corruptChecksum: options.corruptChecksum ?? false });
    for (let i = 0; i < (options.frames ?? 1); i++) {
      this.emit('raw', frame);
      this.pipeline.pushBytes(frame);
    }
    return true;
  }

  /** Feeds raw bytes as the reader would send them. */
  presentRaw(bytes: Uint8Array): boolean {
    if (this.status().state !== 'ready') return false;
    this.emit('raw', Buffer.from(bytes));
    this.pipeline.pushBytes(bytes);
    return true;
  }

  /** Simulates pulling the reader's cable (true) or plugging it back (false). */
  setUnplugged(unplugged: boolean): void {
    if (this.status().state === 'closed') return;
    if (unplugged) this.pipeline.reset();
    this.setState(unplugged ? 'offline' : 'ready', unplugged ? 'serial device disconnected' : undefined);
  }
}
