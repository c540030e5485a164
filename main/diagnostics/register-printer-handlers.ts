// The technician's printer channels: the decoded status, a test page printed like any
// receipt, and "new roll loaded" which starts the paper counter again. Same rules as every
// tech.* channel: a live token, a technician's session, else 'forbidden'.
import type { PrintResult, ReceiptPrinterDevice } from '../../hardware/printer/receipt-printer.js';
import { printerTestPage } from '../../hardware/printer/printer-test-page.js';
import type { Receipt } from '../../hardware/printer/receipt-model.js';
import { KioskRequestError, type PrinterDiagnostics } from '../contract/kiosk-contract.js';
import type { ContractRouter } from '../services/contract-router.js';
import type { StaffSession } from '../staff/staff-sessions.js';
import type { HardwareConfig } from '../../hardware/hardware-config.js';
import type { StaffModeService } from '../staff/staff-mode-service.js';
import type { SqliteDatabase } from '../storage/sqlite-database.js';
import { configuredDevices, SIMULATED } from './device-address.js';
import { decodeStatusBits, PrinterPaperCounter, statusAskerOf, type StatusAsker } from './printer-diagnostics.js';
import { officeDateTime } from '../storage/office-day.js';
import { technicianSession } from './register-tech-handlers.js';

export const CITIZEN_BEING_SERVED = 'a citizen is using the kiosk: print the test page once the kiosk is free';

export interface PrinterHandlerDeps {
  sessions: { use(token: string): StaffSession };
  /** The printer services print through (failed prints reach the technician's counters). */
  printer: Pick<ReceiptPrinterDevice, 'print'>;
  /** Absent for a printer that cannot be asked (the mock). */
  asker: StatusAsker | undefined;
  counter: Pick<PrinterPaperCounter, 'read' | 'newRoll' | 'settled'>;
  driver: string;
  address: string;
  citizenPresent: () => boolean;
  testPage: () => Receipt;
  /** The staff audit trail (StaffModeService.audit): who printed a test page, who declared a new roll. */
  audit: (session: StaffSession, action: 'printer-test-page' | 'printer-new-roll', outcome: string) => Promise<void>;
}

export function registerPrinterHandlers(router: ContractRouter, deps: PrinterHandlerDeps): void {
  const technician = (token: string): StaffSession => technicianSession(deps.sessions, token);

  const view = async (ask: boolean): Promise<PrinterDiagnostics> => {
    const status = deps.asker ? (ask ? await deps.asker.askAllStatus() : deps.asker.lastStatusReplies()) : null;
    await deps.counter.settled();
    const paper = await deps.counter.read();
    return {
      driver: deps.driver,
      address: deps.address,
      replies: status?.replies ?? [],
      bits: status ? decodeStatusBits(status.replies) : [],
      queriedAt: status?.at.toISOString() ?? null,
      paper: { receipts: paper.receipts, lengthMm: Math.round(paper.lengthMm * 10) / 10, since: paper.since.toISOString() },
    };
  };

  router.handle('tech.printer.status', ({ staffToken }) => {
    technician(staffToken);
    return view(true);
  });
  router.handle('tech.printer.testPage', async ({ staffToken }) => {
    const session = technician(staffToken);
    if (deps.citizenPresent()) throw new KioskRequestError('unavailable', CITIZEN_BEING_SERVED);
    const result: PrintResult = await deps.printer.print(deps.testPage());
    await deps.audit(session, 'printer-test-page', result.ok ? 'printed' : `not-printed:${result.reason}`);
    return result.ok ? { ok: true as const } : { ok: false as const, reason: result.reason };
  });
  router.handle('tech.printer.newRoll', async ({ staffToken }) => {
    const session = technician(staffToken);
    await deps.counter.newRoll();
    await deps.audit(session, 'printer-new-roll', 'ok');
    return view(false);
  });
}


export function testPageFor(kioskId: string, timeZone: string, now: () => Date): () => Receipt {
  return () => printerTestPage({ kioskId, printedAt: officeDateTime(now(), timeZone) });
}

export interface PrinterDiagnosticsWiring {
  db: SqliteDatabase;
  /** The driver itself: its 'printed' events and status queries. */
  driverPrinter: ReceiptPrinterDevice;
  /** The printer the services print through; the test page goes the same way. */
  servicePrinter: Pick<ReceiptPrinterDevice, 'print'>;
  /** The configuration of the moment: a technician may change the printer while the kiosk runs. */
  hardware: () => HardwareConfig;
  kioskId: string;
  timeZone: string;
  /** Absent on a kiosk without a staff mode: the paper is still counted, nobody can ask. */
  staff: StaffModeService | undefined;
  citizenPresent: () => boolean;
  logger: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
  now: () => Date;
}

/** Starts counting paper now (before the devices open) and serves the printer channels. */
export function openPrinterDiagnostics(router: ContractRouter, w: PrinterDiagnosticsWiring): { close(): Promise<void> } {
  const counter = new PrinterPaperCounter(w.db, w.now, (err) =>
    w.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'printer paper counter not updated'),
  );
  counter.watch(w.driverPrinter);
  const configured = () => configuredDevices(w.hardware()).find((d) => d.kind === 'printer');
  const staff = w.staff;
  if (staff) {
    // Getters: after a configuration edit the screen names the new driver and asks the new one.
    registerPrinterHandlers(router, {
      sessions: staff.sessions,
      printer: w.servicePrinter,
      get asker() {
        return statusAskerOf(w.driverPrinter);
      },
      counter,
      get driver() {
        return configured()?.driver ?? w.driverPrinter.driver;
      },
      get address() {
        return configured()?.address ?? SIMULATED;
      },
      citizenPresent: w.citizenPresent,
      testPage: testPageFor(w.kioskId, w.timeZone, w.now),
      audit: async (session, action, outcome) => {
        if (action === 'printer-new-roll') w.logger.info({ account: session.account.id }, 'printer new roll: paper counter reset');
        await staff.audit(session.account, action, 'printer', outcome);
      },
    });
  }
  return {
    close: async () => {
      counter.close();
      await counter.settled();
    },
  };
}
