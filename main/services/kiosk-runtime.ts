// The composition root: configuration in, a router serving the contract out. Both the
// Electron shell and the browser shell start exactly this.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { KioskConfig } from '../config/config-schema.js';
import { resourcesDir } from '../config/resource-paths.js';
import { DeviceActivity } from '../diagnostics/device-activity.js';
import { openTechnicianMode } from '../diagnostics/open-technician-mode.js';
import { openPrinterDiagnostics } from '../diagnostics/register-printer-handlers.js';
import { detectHost, type KioskHost, softwareInfo } from '../diagnostics/software-info.js';
import { officeUtcOffsetMinutes } from '../storage/office-day.js';
import { openOfficeConnection } from '../office/office-connection.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../storage/kiosk-migrations.js';
import { SqliteKioskReferenceStore } from '../storage/kiosk-reference-store.js';
import { ReceiptJournal } from '../storage/receipt-journal.js';
import { PaymentIncidentStore } from '../storage/payment-incidents.js';
import { startJournalRetention } from '../storage/receipt-journal-retention.js';
import { SqliteDatabase } from '../storage/sqlite-database.js';
import { tightenDataFolder } from '../storage/private-files.js';
import { openStaffMode, type StaffModeHandle } from '../staff/open-staff-mode.js';
import { TicketStore } from '../storage/ticket-store.js';
import { ContractRouter, type RequestDispatcher } from './contract-router.js';
import { createDevDockRouter, devDockForHost, withDevDockAccounts } from './dev-dock-service.js';
import { registerProcedureHandlers } from './procedures/register-procedures.js';
import { allDevices, closeAll, createReconfigurableDevices, type KioskDevices, openAll } from './kiosk-devices.js';
import { LiveConfig } from '../config/live-config.js';
import { createReceiptTranslator } from './receipt-text.js';
import { SessionService, type VisitEndReason } from './session-service.js';
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
  /** Ends the citizen's visit from the shell (the renderer process died): its data is wiped. */
  endCitizenVisit(reason: Extract<VisitEndReason, 'renderer-gone' | 'page-loaded'>): void;
  close(): Promise<void>;
}

export async function startKioskRuntime(opts: KioskRuntimeOptions): Promise<KioskRuntime> {
  const { logger } = opts;
  // The demo staff accounts exist only while the dev dock is on, never in a configuration file.
  const host = opts.host ?? detectHost();
  const config = withDevDockAccounts(devDockForHost(opts.config, host, logger), logger);
  // Personal data lives here: 0700/0600 whatever the umask, and an older install's modes fixed.
  const tightened = tightenDataFolder(opts.dataDir);
  if (tightened > 0) logger.warn({ part: 'storage', files: tightened }, 'data folder was readable by other local users: modes set to 0700/0600');
  const db = await SqliteDatabase.open(join(opts.dataDir, 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
  const office = await openOfficeConnection({ config: config.office, db, dataDir: opts.dataDir, logger: logger.child({ part: 'office' }) });
  // Devices are slots: a technician's configuration edit swaps the driver behind them (tech.config.apply).
  const hardware = createReconfigurableDevices(config.hardware, logger.child({ part: 'hardware' }), { dataDir: opts.dataDir });
  const devices = hardware.devices;
  const live = new LiveConfig({ config, configFile: opts.configFile ?? null, dataDir: opts.dataDir, devices: hardware, logger: logger.child({ part: 'config' }) });
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  const activity = new DeviceActivity(now);
  activity.observe(devices);
  // Services print through this one so failed prints reach the technician's counters; the
  // dev dock keeps the drivers themselves (it tells mocks apart by class).
  const serviceDevices: KioskDevices = { ...devices, printer: activity.countPrintFailures(devices.printer) };
  const router = new ContractRouter(logger.child({ part: 'contract' }));
  // Main enforces the screen's idle limits too: a frozen or vanished page cannot keep a visit.
  const sessions = new SessionService(now, config.idle);
  router.observeVisitRequests((sessionId) => sessions.hold(sessionId));
  const sessionLog = logger.child({ part: 'session' });
  sessions.onEnded((sessionId, reason) => {
    sessionLog.info({ reason }, 'citizen visit ended');
    // Main's own decisions: a page still showing that visit must leave it.
    if (reason === 'no-activity' || reason === 'page-loaded' || reason === 'renderer-gone') router.emit('session.expired', { sessionId });
  });
  const stopInactivityWatch = sessions.watchInactivity();
  const translate = await createReceiptTranslator();
  const journal = new ReceiptJournal(db, config.office.timeZone, now);
  const paymentIncidents = new PaymentIncidentStore(db, config.office.timeZone, now);
  const retention = await startJournalRetention(journal, config.journal.retentionDays, logger.child({ part: 'journal' }));
  const tickets = new TicketService({
    store: new TicketStore(db, config.office.timeZone),
    journal,
    sessions,
    printer: serviceDevices.printer,
    translate,
    services: config.queue.services,
    officeNames: config.office.name,
    ...(config.office.publicStatusUrl ? { publicStatusUrl: config.office.publicStatusUrl } : {}),
    timeZone: config.office.timeZone,
    logger: logger.child({ part: 'tickets' }),
    announce: (event) => router.emit('receipt.printing', event),
    ...(opts.now ? { now: opts.now } : {}),
  });
  const version = readVersion();

  router.handle('kiosk.info', () => ({
    officeName: config.office.name.fr,
    officeNames: config.office.name,
    timeZone: config.office.timeZone,
    defaultLanguage: config.kiosk.defaultLanguage,
    languages: config.kiosk.languages,
    idle: config.idle,
    version,
    officeUtcOffsetMinutes: officeUtcOffsetMinutes(now(), config.office.timeZone),
    officeWaitSeconds: Math.ceil(config.office.requestTimeoutMs / 1000),
    devicePlacement: config.kiosk.devicePlacement,
    ...(config.office.arrondissementId ? { arrondissementId: config.office.arrondissementId } : {}),
  }));
  // A page that (re)loads has lost whatever visit it showed: main ends it rather than keep a
  // citizen "present" that no screen shows (staff badges would be refused until the next visit).
  router.handle('kiosk.pageLoaded', () => {
    sessions.endCurrent('page-loaded');
    return {};
  });
  router.handle('session.touch', ({ sessionId, slowTimings }) => {
    sessions.touch(sessionId, { slowTimings });
    return {};
  });
  router.handle('session.start', ({ language }) => ({ sessionId: sessions.start(language).id }));
  router.handle('session.setLanguage', ({ sessionId, language }) => {
    sessions.setLanguage(sessionId, language);
    return {};
  });
  router.handle('session.end', ({ sessionId, reason }) => {
    sessions.end(sessionId, reason);
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
    paymentIncidents,
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
  const software = () => softwareInfo({ kioskVersion: version, host, configFile: opts.configFile ?? null, startedAt });
  const technicianMode = staffMode
    ? await openTechnicianMode(router, {
        config,
        live,
        dataDir: opts.dataDir,
        db,
        staff: staffMode.service,
        devices,
        servicePrinter: serviceDevices.printer,
        activity,
        office,
        translate,
        citizenPresent: () => sessions.current() !== undefined,
        software,
        logger: logger.child({ part: 'staff' }),
        now,
      })
    : undefined;
  const printerDiagnostics = openPrinterDiagnostics(router, {
    db,
    driverPrinter: devices.printer,
    servicePrinter: serviceDevices.printer,
    hardware: () => live.hardware(),
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
    endCitizenVisit: (reason) => {
      sessions.endCurrent(reason);
    },
    close: async () => {
      stopInactivityWatch();
      sessions.endCurrent('shutdown');
      await procedures.close();
      await technicianMode?.close();
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

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(resourcesDir(), '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
