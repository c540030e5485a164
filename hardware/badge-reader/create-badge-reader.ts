// Picks the badge-reader driver named in the hardware configuration; 'none' is a kiosk with
// no staff mode, so there is no device to open or to list.
import type { DeviceLogger } from '../devices/device-logger.js';
import type { BadgeReaderConfig } from '../hardware-config.js';
import type { BadgeReaderDevice } from './badge-reader.js';
import { MockBadgeReader } from './badge-reader-mock.js';
import { SerialBadgeReader } from './badge-reader-serial.js';

export function createBadgeReader(config: BadgeReaderConfig, logger: DeviceLogger): BadgeReaderDevice | null {
  switch (config.driver) {
    case 'serial':
      return new SerialBadgeReader(
        { path: config.path, baudRate: config.baudRate, holdGapMs: config.holdGapMs, ...(config.usb ? { match: config.usb } : {}) },
        logger,
      );
    case 'mock':
      return new MockBadgeReader(logger);
    case 'none':
      return null;
  }
}
