// The shape of logger the office code writes to: pino's, or the router's. Callers pass only
// ids, counts, states and error kinds: bodies hold names, card and phone numbers.
import { type DeviceLogger, silentLogger } from '../../hardware/devices/device-logger.js';

export type OfficeLogger = Pick<DeviceLogger, 'info' | 'warn' | 'error'>;

export const silentOfficeLogger: OfficeLogger = silentLogger;
