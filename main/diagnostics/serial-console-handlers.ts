// The console's channels on the contract router, and its end with the staff session: the
// 'staff.sessionEnded' event (sign-out, idle, badge tap) closes every console at once.
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
  checkIntervalMs?: number;
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
    ...(w.checkIntervalMs !== undefined ? { checkIntervalMs: w.checkIntervalMs } : {}),
    ...(w.feed ? { feed: w.feed } : {}),
  });
  router.handle('tech.console.open', ({ staffToken, deviceId }) => serialConsole.openConsole(staffToken, deviceId));
  router.handle('tech.console.close', ({ staffToken, deviceId }) => ({ closed: serialConsole.closeConsole(staffToken, deviceId) }));
  const offEvents = router.onEvent((channel) => {
    if (channel === 'staff.sessionEnded') serialConsole.closeAll('session-ended');
  });
  return {
    console: serialConsole,
    close: () => {
      offEvents();
      serialConsole.closeAll('shutdown');
    },
  };
}
