// The composition root: configuration in, a router serving the contract out. Both the
// Electron shell and the browser shell start exactly this.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { KioskConfig } from '../config/config-schema.js';
import { resourcesDir } from '../config/resource-paths.js';
import { DeviceActivity } from '../diagnostics/device-activity.js';
import { openPrinterDiagnostics } from '../diagnostics/register-printer-handlers.js';
import { logFolders, registerLogHandlers } from '../diagnostics/register-log-handlers.js';
import { openTechDiagnostics } from '../diagnostics/register-tech-handlers.js';
import { detectHost, type KioskHost, softwareInfo } from '../diagnostics/software-info.js';
import { officeUtcOffsetMinutes } from '../storage/office-day.js';
import { openOfficeConnection } from '../office/office-connection.js';
import { paperWidthDots } from '../../hardware/printer/receipt-raster.js';
import { exportAuditCsv } from '../staff/audit-export.js';
import { computeDaySummary } from '../staff/day-summary.js';
import { buildDaySummaryReceipt } from '../staff/day-summary-receipt.js';
import { registerStaffHandlers } from '../staff/register-staff-handlers.js';
import { StaffAuthenticator } from '../staff/staff-authenticator.js';
import { StaffModeService } from '../staff/staff-mode-service.js';
import { StaffPrinting } from '../staff/staff-printing.js';
import { StaffAuditLog } from '../storage/staff-audit-log.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../storage/kiosk-migrations.js';
import { SqliteKioskReferenceStore } from '../storage/kiosk-reference-store.js';
import { ReceiptJournal } from '../storage/receipt-journal.js';
import { startJournalRetention } from '../storage/receipt-journal-retention.js';
import { SqliteDatabase } from '../storage/sqlite-database.js';
import { TicketStore } from '../storage/ticket-store.js';
import { ContractRouter, type RequestDispatcher } from './contract-router.js';
import { createDevDockRouter } from './dev-dock-service.js';
import { registerProcedureHandlers } from './procedures/register-procedures.js';
import { allDevices, closeAll, createKioskDevices, type KioskDevices, openAll } from './kiosk-devices.js';
import { createReceiptTranslator, type ReceiptTranslator } from './receipt-text.js';
import { SessionService } from './session-service.js';
import { TicketService } from './ticket-service.js';

export interface KioskRuntimeOptions {
  config: KioskConfig;
  dataDir: string;
  logger: Logger;
  now?: () => Date;
  /** Which shell started the runtime (the technician's software screen); default: detected. */
  host?: KioskHost;
  /** The configuration file in use; null or absent: the embedded default. */
  configFile?: string | null;
}

export interface KioskRuntime {
  router: ContractRouter;
  devDock: RequestDispatcher | undefined;
  devices: KioskDevices;
  /** Every receipt and ticket printed, for the staff screens. */
  journal: ReceiptJournal;
  /** Present when staff accounts are configured and the kiosk has a badge reader. */
  staffMode: StaffModeHandle | undefined;
  /** The office backend in use: office.backendUrl, or the embedded server this runtime started. */
  officeUrl: string;
  close(): Promise<void>;
}

export async function startKioskRuntime(opts: KioskRuntimeOptions): Promise<KioskRuntime> {
  const { config, logger } = opts;
  mkdirSync(opts.dataDir, { recursive: true });
  const db = await SqliteDatabase.open(join(opts.dataDir, 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
  const office = await openOfficeConnection({ config: config.office, db, dataDir: opts.dataDir, logger: logger.child({ part: 'office' }) });
  const devices = createKioskDevices(config.hardware, logger.child({ part: 'hardware' }));
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  const activity = new DeviceActivity(now);
  activity.observe(devices);
  // Services print through this one so failed prints reach the technician's counters; the
  // dev dock keeps the drivers themselves (it tells mocks apart by class).
  const serviceDevices: KioskDevices = { ...devices, printer: activity.countPrintFailures(devices.printer) };
  const router = new ContractRouter(logger.child({ part: 'contract' }));
  const sessions = new SessionService(opts.now);
  const translate = await createReceiptTranslator();
  const journal = new ReceiptJournal(db, config.office.timeZone, now);
  const retention = await startJournalRetention(journal, config.journal.retentionDays, logger.child({ part: 'journal' }));
  const tickets = new TicketService({
    store: new TicketStore(db, config.office.timeZone),
    journal,
    sessions,
    printer: serviceDevices.printer,
    translate,
    services: config.queue.services,
    officeName: config.office.name,
    timeZone: config.office.timeZone,
    logger: logger.child({ part: 'tickets' }),
    ...(opts.now ? { now: opts.now } : {}),
  });
  const version = readVersion();

  router.handle('kiosk.info', () => ({
    officeName: config.office.name,
    timeZone: config.office.timeZone,
    defaultLanguage: config.kiosk.defaultLanguage,
    languages: config.kiosk.languages,
    idle: config.idle,
    version,
    officeUtcOffsetMinutes: officeUtcOffsetMinutes(now(), config.office.timeZone),
  }));
  router.handle('session.start', ({ language }) => ({ sessionId: sessions.start(language).id }));
  router.handle('session.setLanguage', ({ sessionId, language }) => {
    sessions.setLanguage(sessionId, language);
    return {};
  });
  router.handle('session.end', ({ sessionId }) => {
    sessions.end(sessionId);
    return {};
  });
  router.handle('queue.services', () => tickets.overview());
  router.handle('queue.takeTicket', ({ sessionId, serviceId }) => tickets.take(sessionId, serviceId));
  router.handle('devices.status', () => allDevices(devices).map((d) => d.status()));
  const procedures = registerProcedureHandlers(router, {
    config,
    sessions,
    devices: serviceDevices,
    office: office.client,
    outbox: office.outbox,
    references: new SqliteKioskReferenceStore(db, config.kiosk.referenceCode, config.office.timeZone, now),
    journal,
    translate,
    logger: logger.child({ part: 'procedures' }),
    now,
  });

  for (const device of allDevices(devices)) {
    device.on('status', (status) => {
      // A device that cannot work is a warning: the technician's log viewer filters on it.
      const level = status.state === 'fault' || status.state === 'offline' || status.state === 'warning' ? 'warn' : 'info';
      logger[level]({ device: status.id, state: status.state, detail: status.detail }, 'device status');
      router.emit('device.status', status);
    });
  }
  // Before the devices open, so the first badge read is not missed.
  const staffMode: StaffModeHandle | undefined = await openStaffMode({
    config,
    dataDir: opts.dataDir,
    db,
    router,
    devices: serviceDevices,
    journal,
    citizenPresent: () => sessions.current() !== undefined,
    translate,
    logger: logger.child({ part: 'staff' }),
    now,
  });
  const diagnostics = staffMode
    ? await openTechDiagnostics(router, {
        staffConfig: config.staff,
        hardware: config.hardware,
        dataDir: opts.dataDir,
        staff: staffMode.service,
        devices: () => allDevices(devices),
        activity,
        office,
        citizenPresent: () => sessions.current() !== undefined,
        software: () => softwareInfo({ kioskVersion: version, host: opts.host ?? detectHost(), configFile: opts.configFile ?? null, startedAt }),
        logger: logger.child({ part: 'staff' }),
        now,
      })
    : undefined;
  if (staffMode) {
    const staff = staffMode.service;
    registerLogHandlers(router, {
      sessions: staff.sessions,
      ...logFolders(opts.dataDir),
      // The same folder as the audit CSV: a USB drive's mount point when the office sets one.
      ...(config.staff.exportDir ? { exportDir: config.staff.exportDir } : {}),
      timeZone: config.office.timeZone,
      now,
      logger: logger.child({ part: 'staff' }),
      audit: (account, action, target, outcome) => staff.audit(account, action, target, outcome),
    });
  }
  const printerDiagnostics = openPrinterDiagnostics(router, {
    db,
    driverPrinter: devices.printer,
    servicePrinter: serviceDevices.printer,
    hardware: config.hardware,
    kioskId: config.kiosk.id,
    timeZone: config.office.timeZone,
    staff: staffMode?.service,
    citizenPresent: () => sessions.current() !== undefined,
    logger: logger.child({ part: 'staff' }),
    now,
  });
  await openAll(devices, logger);

  return {
    router,
    devDock: config.developer.devDock ? createDevDockRouter(devices, logger.child({ part: 'dev-dock' })) : undefined,
    devices,
    journal,
    staffMode,
    officeUrl: office.url,
    close: async () => {
      procedures.close();
      await diagnostics?.close();
      await printerDiagnostics.close();
      await staffMode?.close();
      activity.close();
      await retention.stop();
      // The outbox's last pass writes to the database: stop it before closing the file.
      await office.close();
      await closeAll(devices, logger);
      await db.close();
    },
  };
}

export interface StaffModeHandle {
  service: StaffModeService;
  auditLog: StaffAuditLog;
  close(): Promise<void>;
}

interface StaffModeWiring {
  config: KioskConfig;
  dataDir: string;
  db: SqliteDatabase;
  router: ContractRouter;
  devices: KioskDevices;
  journal: ReceiptJournal;
  citizenPresent: () => boolean;
  translate: ReceiptTranslator;
  logger: Logger;
  now: () => Date;
}

/** The staff mode, when this kiosk has both staff accounts and a badge reader; else its channels answer 'unavailable'. */
async function openStaffMode(w: StaffModeWiring): Promise<StaffModeHandle | undefined> {
  const { config, devices, router, now } = w;
  const badgeReader = devices.badgeReader;
  if (config.staff.accounts.length === 0 || !badgeReader) return undefined;
  const auth = await StaffAuthenticator.open({ config: config.staff, dataDir: w.dataDir, logger: w.logger, now: () => now().getTime() });
  const auditLog = new StaffAuditLog(w.db, config.office.timeZone, now);
  const service = new StaffModeService({
    auth,
    badgeReader,
    citizenPresent: w.citizenPresent,
    events: {
      badge: (event) => router.emit('staff.badge', event),
      sessionEnded: (reason) => router.emit('staff.sessionEnded', { reason }),
    },
    audit: auditLog,
    idleSeconds: config.staff.sessionIdleSeconds,
    logger: w.logger,
    now,
  });
  const timeZone = config.office.timeZone;
  registerStaffHandlers(router, {
    staff: service,
    journal: w.journal,
    printing: new StaffPrinting(w.journal, devices.printer),
    paperWidthDots: paperWidthDots(config.hardware.printer.paperWidthMm),
    timeZone,
    citizenPresent: w.citizenPresent,
    auditLog,
    exportAudit: (range) => exportAuditCsv(auditLog, { directory: config.staff.exportDir ?? join(w.dataDir, 'exports'), ...range, now: now(), timeZone }),
    daySummary: (day) => computeDaySummary(w.journal, day),
    printDaySummary: (summary, staffName, language) => {
      const receipt = buildDaySummaryReceipt(
        summary,
        { language: language ?? config.kiosk.defaultLanguage, officeName: config.office.name, kioskId: config.kiosk.id, printedAt: now(), timeZone, staffName },
        w.translate,
      );
      return devices.printer.print(receipt);
    },
    now,
  });
  service.start();
  return {
    service,
    auditLog,
    close: async () => {
      service.close();
      await service.settled();
      await auth.close();
    },
  };
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(resourcesDir(), '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
