// Picks the payment terminal driver named in the hardware configuration.
import type { DeviceLogger } from '../devices/device-logger.js';
import { MockPaymentTerminal } from './mock-payment-terminal.js';
import type { PaymentTerminalConfig } from './payment-terminal-config.js';
import type { PaymentTerminalDevice } from './payment-terminal.js';

export function createPaymentTerminal(config: PaymentTerminalConfig, logger: DeviceLogger): PaymentTerminalDevice {
  switch (config.driver) {
    case 'mock': {
      const { driver: _driver, ...options } = config;
      return new MockPaymentTerminal(logger, options);
    }
  }
}
