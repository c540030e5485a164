// The technician's channels on a kiosk with a staff mode (a technician session is a staff
// session with the role `technician`): devices, ports, network, software, logs, self-test,
// raw serial consoles and the live configuration. The printer screen's channels are opened
// by the runtime on every kiosk (they answer 'unavailable' without a staff mode).
import type { Logger } from 'pino';
import type { ReceiptPrinterDevice } from '../../hardware/printer/receipt-printer.js';
import type { KioskConfig } from '../config/config-schema.js';
import type { LiveConfig } from '../config/live-config.js';
import { registerConfigHandlers } from '../config/live-config-handlers.js';
import type { SoftwareResult } from '../contract/kiosk-contract.js';
import type { OfficeConnection } from '../office/office-connection.js';
import type { ContractRouter } from '../services/contract-router.js';
import { allDevices, type KioskDevices } from '../services/kiosk-devices.js';
import type { ReceiptTranslator } from '../services/receipt-text.js';
import type { StaffModeService } from '../staff/staff-mode-service.js';
import type { SqliteDatabase } from '../storage/sqlite-database.js';
import type { DeviceActivity } from './device-activity.js';
import { logFolders, registerLogHandlers } from './register-log-handlers.js';
import { openTechDiagnostics } from './register-tech-handlers.js';
import { openSelfTest } from './self-test-wiring.js';
import { openSerialConsole } from './serial-console-handlers.js';

export interface TechnicianModeWiring {
  config: KioskConfig;
  live: LiveConfig;
  dataDir: string;
  db: SqliteDatabase;
  staff: StaffModeService;
  /** The device slots themselves (drivers swap behind them on a configuration edit). */
  devices: KioskDevices;
  /** The printer services print through (failed prints counted by `activity`). */
  servicePrinter: ReceiptPrinterDevice;
  activity: DeviceActivity;
  office: Pick<OfficeConnection, 'url' | 'embedded' | 'outbox'>;
  translate: ReceiptTranslator;
  citizenPresent: () => boolean;
  software: () => SoftwareResult;
  /** Child logger of the staff part: the technician's actions are staff actions. */
  logger: Logger;
  now: () => Date;
}

export async function openTechnicianMode(router: ContractRouter, w: TechnicianModeWiring): Promise<{ close(): Promise<void> }> {
  const { config, staff, devices } = w;
  const hardware = () => w.live.hardware();
  const diagnostics = await openTechDiagnostics(router, {
    staffConfig: config.staff,
    hardware,
    dataDir: w.dataDir,
    staff,
    devices: () => allDevices(devices),
    activity: w.activity,
    office: w.office,
    citizenPresent: w.citizenPresent,
    software: w.software,
    logger: w.logger,
    now: w.now,
  });
  registerLogHandlers(router, {
    sessions: staff.sessions,
    ...logFolders(w.dataDir),
    // The same folder as the audit CSV: a USB drive's mount point when the office sets one.
    ...(config.staff.exportDir ? { exportDir: config.staff.exportDir } : {}),
    timeZone: config.office.timeZone,
    now: w.now,
    logger: w.logger,
    audit: (account, action, target, outcome) => staff.audit(account, action, target, outcome),
  });
  openSelfTest(router, {
    config,
    hardware,
    dataDir: w.dataDir,
    db: w.db,
    staff,
    devices: () => allDevices(devices),
    driverPrinter: devices.printer,
    servicePrinter: w.servicePrinter,
    activity: w.activity,
    office: w.office,
    translate: w.translate,
    citizenPresent: w.citizenPresent,
    software: w.software,
    logger: w.logger,
    now: w.now,
  });
  // Listeners on the devices only while a console is open.
  const serialConsole = openSerialConsole(router, {
    sessions: staff.sessions,
    citizenPresent: w.citizenPresent,
    devices,
    hardware,
    logger: w.logger,
    now: w.now,
  });
  registerConfigHandlers(router, {
    sessions: staff.sessions,
    live: w.live,
    audit: (session, target, outcome) => staff.audit(session.account, 'config-change', target, outcome),
  });
  return {
    close: async () => {
      serialConsole.close();
      await diagnostics.close();
    },
  };
}
