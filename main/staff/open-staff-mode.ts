// The staff mode's wiring: the badge sign-in service and its staff.* channels, on a kiosk
// that has both staff accounts and a badge reader.
import { join } from 'node:path';
import type { Logger } from 'pino';
import { paperWidthDots } from '../../hardware/printer/receipt-raster.js';
import type { KioskConfig } from '../config/config-schema.js';
import type { ContractRouter } from '../services/contract-router.js';
import type { KioskDevices } from '../services/kiosk-devices.js';
import type { ReceiptTranslator } from '../services/receipt-text.js';
import type { ReceiptJournal } from '../storage/receipt-journal.js';
import type { SqliteDatabase } from '../storage/sqlite-database.js';
import { StaffAuditLog } from '../storage/staff-audit-log.js';
import { exportAuditCsv } from './audit-export.js';
import { computeDaySummary } from './day-summary.js';
import { buildDaySummaryReceipt } from './day-summary-receipt.js';
import { PaymentIncidentStore } from '../storage/payment-incidents.js';
import { registerPaymentIncidentHandlers } from './register-payment-incident-handlers.js';
import { registerStaffHandlers } from './register-staff-handlers.js';
import { StaffAuthenticator } from './staff-authenticator.js';
import { StaffModeService } from './staff-mode-service.js';
import { StaffPrinting } from './staff-printing.js';
import { officeNameIn } from '../contract/office-names.js';

export interface StaffModeHandle {
  service: StaffModeService;
  auditLog: StaffAuditLog;
  close(): Promise<void>;
}

export interface StaffModeWiring {
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
export async function openStaffMode(w: StaffModeWiring): Promise<StaffModeHandle | undefined> {
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
      const lang = language ?? config.kiosk.defaultLanguage;
      const receipt = buildDaySummaryReceipt(
        summary,
        { language: lang, officeName: officeNameIn(config.office.name, lang), kioskId: config.kiosk.id, printedAt: now(), timeZone, staffName },
        w.translate,
      );
      return devices.printer.print(receipt);
    },
    now,
  });
  registerPaymentIncidentHandlers(router, { staff: service, store: new PaymentIncidentStore(w.db, timeZone, now), timeZone });
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
