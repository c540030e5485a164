// The console's channels on the contract router. Its end with the staff session is the
// sessions' own subscription (SerialConsole), which also sees a session replaced.
import type { HardwareConfig } from '../../hardware/hardware-config.js';
import type { ContractRouter } from '../services/contract-router.js';
import { addressOf } from './device-address.js';
import { type ConsoleDevices, SerialConsole, type SerialConsoleDeps } from './serial-console.js';

export interface SerialConsoleWiring {
  sessions: SerialConsoleDeps['sessions'];
  citizenPresent: () => boolean;
  devices: ConsoleDevices;
  /** The configuration of the moment (it can be edited live). */
  hardware: () => HardwareConfig;
  logger: SerialConsoleDeps['logger'];
  now?: () => Date;
  feed?: SerialConsoleDeps['feed'];
}

export function openSerialConsole(router: ContractRouter, w: SerialConsoleWiring): { console: SerialConsole; close(): void } {
  const serialConsole = new SerialConsole({
    sessions: w.sessions,
    citizenPresent: w.citizenPresent,
    devices: w.devices,
    address: (deviceId) => addressOf(w.hardware(), deviceId),
    emit: (event) => router.emit('tech.console', event),
    logger: w.logger,
    ...(w.now ? { now: w.now } : {}),
    ...(w.feed ? { feed: w.feed } : {}),
  });
  router.handle('tech.console.open', ({ staffToken, deviceId }) => serialConsole.openConsole(staffToken, deviceId));
  router.handle('tech.console.close', ({ staffToken, deviceId }) => ({ closed: serialConsole.closeConsole(staffToken, deviceId) }));
  return { console: serialConsole, close: () => serialConsole.dispose() };
}
