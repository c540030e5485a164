// Picks the payment terminal driver named in the hardware configuration.
import { join } from 'node:path';
import type { DeviceLogger } from '../devices/device-logger.js';
import { MockPaymentTerminal } from './mock-payment-terminal.js';
import type { PaymentTerminalConfig } from './payment-terminal-config.js';
import type { PaymentTerminalDevice } from './payment-terminal.js';

export interface PaymentTerminalPlace {
  /** The kiosk's data folder: the mock's simulated acquirer keeps its reversals there. */
  dataDir?: string;
}

export function createPaymentTerminal(config: PaymentTerminalConfig, logger: DeviceLogger, place: PaymentTerminalPlace = {}): PaymentTerminalDevice {
  switch (config.driver) {
    case 'mock': {
      const { driver: _driver, ...options } = config;
      return new MockPaymentTerminal(logger, { ...options, ...(place.dataDir ? { acquirerStateFile: join(place.dataDir, 'mock-acquirer.json') } : {}) });
    }
  }
}
