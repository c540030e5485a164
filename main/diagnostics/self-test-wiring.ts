// The self-test on a running kiosk: the real devices, database, office connection and folders.
import { join } from 'node:path';
import type { Device } from '../../hardware/devices/device.js';
import type { HardwareConfig } from '../../hardware/hardware-config.js';
import type { ReceiptPrinterDevice } from '../../hardware/printer/receipt-printer.js';
import type { KioskConfig } from '../config/config-schema.js';
import type { SoftwareResult } from '../contract/kiosk-contract.js';
import type { OfficeConnection } from '../office/office-connection.js';
import type { ContractRouter } from '../services/contract-router.js';
import type { ReceiptTranslator } from '../services/receipt-text.js';
import type { StaffModeService } from '../staff/staff-mode-service.js';
import type { SqliteDatabase } from '../storage/sqlite-database.js';
import type { DeviceActivity } from './device-activity.js';
import { checkNetwork } from './network-check.js';
import { statusAskerOf } from './printer-diagnostics.js';
import { logFolders } from './register-log-handlers.js';
import { registerSelfTestHandler } from './self-test-service.js';

export interface SelfTestWiring {
  config: KioskConfig;
  /** The configuration of the moment (live edits); config.hardware when absent. */
  hardware?: () => HardwareConfig;
  dataDir: string;
  db: SqliteDatabase;
  staff: StaffModeService;
  devices: () => Device[];
  /** The driver itself, for its status query. */
  driverPrinter: ReceiptPrinterDevice;
  /** The printer services print through. */
  servicePrinter: Pick<ReceiptPrinterDevice, 'print'>;
  activity: Pick<DeviceActivity, 'snapshot'>;
  office: Pick<OfficeConnection, 'url' | 'embedded' | 'outbox'>;
  translate: ReceiptTranslator;
  software: () => SoftwareResult;
  citizenPresent: () => boolean;
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  now: () => Date;
}

export function openSelfTest(router: ContractRouter, w: SelfTestWiring): void {
  const { config } = w;
  const folders = logFolders(w.dataDir);
  registerSelfTestHandler(router, {
    sessions: w.staff.sessions,
    checks: {
      kioskId: config.kiosk.id,
      officeName: config.office.name.fr,
      devices: w.devices,
      activity: w.activity,
      printerAsker: () => statusAskerOf(w.driverPrinter),
      hardware: w.hardware ?? (() => config.hardware),
      network: () => checkNetwork({ url: w.office.url, embedded: w.office.embedded, outbox: w.office.outbox, now: w.now }),
      db: w.db,
      dataDir: w.dataDir,
      logsDir: folders.logsDir,
      software: w.software,
      now: w.now,
    },
    printer: w.servicePrinter,
    translate: w.translate,
    timeZone: config.office.timeZone,
    // The same folder as the audit CSV and the logs: a USB drive's mount point when the office sets one.
    exportDir: config.staff.exportDir ?? join(w.dataDir, 'exports'),
    citizenPresent: w.citizenPresent,
    audit: (account, action, target, outcome) => w.staff.audit(account, action, target, outcome),
    logger: w.logger,
  });
}
