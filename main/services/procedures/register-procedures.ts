// The citizen procedures of issue 3 on the kiosk contract: privacy consent, identity,
// civil-status documents, public-space reports, local taxes, tracking, and the hardware
// events that feed them. The composition root calls this once with the kiosk's parts.
import type { Logger } from 'pino';
import type { ReversalRequest } from '../../../hardware/payment/payment-terminal.js';
import type { KioskConfig } from '../../config/config-schema.js';
import type { OfficeClient } from '../../office/office-client.js';
import type { Outbox } from '../../office/outbox.js';
import type { KioskReferenceSource } from '../../storage/kiosk-reference-store.js';
import type { PaymentIncidentStore } from '../../storage/payment-incidents.js';
import type { ReceiptJournal } from '../../storage/receipt-journal.js';
import type { ContractRouter } from '../contract-router.js';
import type { KioskDevices } from '../kiosk-devices.js';
import type { ReceiptTranslator } from '../receipt-text.js';
import type { SessionService } from '../session-service.js';
import { CivilStatusService } from './civil-status-service.js';
import { recordConsent } from './consent.js';
import { IdentityService } from './identity-service.js';
import { PaymentFlow } from './payment-flow.js';
import { PaymentReconciler } from './payment-reconciler.js';
import { PaymentSettlement } from './payment-settlement.js';
import { loadPlaces } from './places.js';
import { SubmissionWithdrawals } from './submission-withdrawals.js';
import type { ReceiptContext } from './receipt-blocks.js';
import { receiptPrinter } from './receipt-printing.js';
import { ReportService } from './report-service.js';
import { forwardScans } from './scanner-forwarding.js';
import { TaxService } from './tax-service.js';
import { TrackingService } from './tracking-service.js';

export interface ProcedureDeps {
  config: KioskConfig;
  sessions: SessionService;
  devices: KioskDevices;
  office: OfficeClient;
  outbox: Outbox;
  references: KioskReferenceSource;
  /** Where every receipt is written before printing. */
  journal: ReceiptJournal;
  /** Card payments until the office's word on them (kiosk.sqlite). */
  paymentIncidents: PaymentIncidentStore;
  translate: ReceiptTranslator;
  logger: Logger;
  now: () => Date;
}

export function registerProcedureHandlers(router: ContractRouter, deps: ProcedureDeps): { reconciler: PaymentReconciler; close(): Promise<void> } {
  const { config, sessions, devices, office, outbox, references, now } = deps;
  const logger = deps.logger;
  const timeZone = config.office.timeZone;
  const receipts: ReceiptContext = {
    translate: deps.translate,
    officeNames: config.office.name,
    timeZone,
    ...(config.office.publicStatusUrl ? { publicStatusUrl: config.office.publicStatusUrl } : {}),
    counters: Object.fromEntries(config.queue.services.map((s) => [s.id, s.counter])),
  };
  const print = receiptPrinter(devices.printer, logger, deps.journal, (event) => router.emit('receipt.printing', event));
  const places = loadPlaces();
  const withdrawals = new SubmissionWithdrawals({ sessions, outbox, logger });
  const submission = { sessions, outbox, references, print, receipts, logger, requestTimeoutMs: config.office.requestTimeoutMs, now, withdrawals };

  const identity = new IdentityService({
    sessions,
    reader: devices.idReader,
    emit: (event) => router.emit('identity.read', event),
    logger,
    timeZone,
    now,
  });
  const civilStatus = new CivilStatusService({ ...submission, settings: config.civilStatus });
  const reports = new ReportService({ ...submission, places, timeZone });
  const payments = new PaymentFlow(devices.paymentTerminal);
  const paymentLogger = logger.child({ part: 'payments' });
  const reverse = (request: ReversalRequest) => payments.reverse(request);
  const reconciler = new PaymentReconciler({ store: deps.paymentIncidents, office, reverse, logger: paymentLogger });
  reconciler.start();
  const taxes = new TaxService({
    sessions,
    office,
    payments,
    settlement: new PaymentSettlement({ office, store: deps.paymentIncidents, reverse, logger: paymentLogger }),
    onUncertain: () => reconciler.kick(),
    emitPrompt: (sessionId, step) => router.emit('payment.prompt', { sessionId, step }),
    print,
    receipts,
    logger,
    terminalId: config.kiosk.id,
    timeZone,
    now,
  });
  const tracking = new TrackingService({ sessions, office, outbox, logger });

  router.handle('privacy.consent', ({ sessionId }) => {
    recordConsent(sessions, sessionId, now());
    return {};
  });
  router.handle('identity.enterCardNumber', ({ sessionId, cardNumber, birthDate }) => identity.enterCardNumber(sessionId, cardNumber, birthDate));
  router.handle('identity.clear', ({ sessionId }) => {
    identity.clear(sessionId);
    return {};
  });
  router.handle('civilStatus.options', () => civilStatus.options());
  router.handle('civilStatus.submit', (request) => civilStatus.submit(request));
  router.handle('places.list', () => places);
  router.handle('report.submit', (request) => reports.submit(request));
  router.handle('tax.lookup', ({ sessionId, reference }) => taxes.lookup(sessionId, reference));
  router.handle('tax.pay', ({ sessionId, reference }) => taxes.pay(sessionId, reference));
  router.handle('tax.cancelPayment', async ({ sessionId }) => {
    await taxes.cancelPayment(sessionId);
    return {};
  });
  router.handle('tracking.lookup', ({ sessionId, number }) => tracking.lookup(sessionId, number));

  const stopIdentity = identity.listen();
  const stopScans = forwardScans(devices.scanner, sessions, (event) => router.emit('scanner.scanned', event));
  return {
    reconciler,
    async close() {
      stopIdentity();
      stopScans();
      taxes.close();
      // Its last pass writes to kiosk.sqlite: done before the file closes.
      await reconciler.stop();
      // Withdrawals of a visit ended by the shutdown are in the outbox before it stops.
      await withdrawals.close();
    },
  };
}
