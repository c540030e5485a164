// Picks the ID-reader driver named in the hardware configuration.
import type { DeviceLogger } from '../devices/device-logger.js';
import type { IdReaderConfig } from '../hardware-config.js';
import type { IdReaderDevice } from './id-reader.js';
import { MockIdReader } from './id-reader-mock.js';
import { SerialIdReader } from './id-reader-serial.js';

export function createIdReader(config: IdReaderConfig, logger: DeviceLogger): IdReaderDevice {
  switch (config.driver) {
    case 'serial':
      return new SerialIdReader(
        {
          path: config.path,
          baudRate: config.baudRate,
          interLineTimeoutMs: config.interLineTimeoutMs,
          ...(config.usb ? { match: config.usb } : {}),
        },
        logger,
      );
    case 'mock':
      return new MockIdReader(logger);
  }
}
