// The queue-ticket journey on the kiosk side: number first (stored), then paper. Whatever
// the printer does, the citizen gets the number back on screen.
import type { Receipt } from '../../hardware/printer/receipt-model.js';
import type { PrintFailureReason, QueueService, ReceiptPrintingEvent, ServiceId, Ticket } from '../contract/kiosk-contract.js';
import { KioskRequestError } from '../contract/kiosk-contract.js';
import type { QueueServiceConfig } from '../config/config-schema.js';
import type { OfficeNames } from '../contract/office-names.js';
import type { RouterLogger } from './contract-router.js';
import type { SessionService } from './session-service.js';
import { buildTicketReceipt } from './ticket-receipt.js';
import type { ReceiptTranslator } from './receipt-text.js';
import { officeTime } from '../storage/office-day.js';
import type { ReceiptJournal } from '../storage/receipt-journal.js';
import { printJournaled } from '../storage/receipt-journal-print.js';
import type { QueueModel, TicketStore } from '../storage/ticket-store.js';

export type TicketPrintResult = { ok: true } | { ok: false; reason: PrintFailureReason; detail: string };

export interface TicketPrinter {
  print(receipt: Receipt): Promise<TicketPrintResult>;
}

export interface TicketServiceDeps {
  store: TicketStore;
  /** Every ticket is written here before it is printed, for staff reprints. */
  journal: Pick<ReceiptJournal, 'record' | 'markSending' | 'markPrinted' | 'markFailed'>;
  sessions: SessionService;
  printer: TicketPrinter;
  translate: ReceiptTranslator;
  services: readonly QueueServiceConfig[];
  officeNames: OfficeNames;
  /** office.publicStatusUrl, for the ticket's QR code. */
  publicStatusUrl?: string;
  timeZone: string;
  logger: RouterLogger & { info(obj: object, msg: string): void };
  /** Tells the session's screen the ticket's essentials once it is journaled, before it prints. */
  announce?: (event: ReceiptPrintingEvent) => void;
  now?: () => Date;
}

export class TicketService {
  private readonly now: () => Date;

  constructor(private readonly deps: TicketServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async overview(): Promise<QueueService[]> {
    const now = this.now();
    return Promise.all(
      this.deps.services.map(async (s) => {
        const load = await this.deps.store.load(queueModel(s), now);
        return { id: s.id, prefix: s.prefix, counter: s.counter, waiting: load.waiting, estimatedWaitMinutes: load.estimatedWaitMinutes };
      }),
    );
  }

  async take(sessionId: string, serviceId: ServiceId): Promise<{ ticket: Ticket; print: { ok: true } | { ok: false; reason: PrintFailureReason } }> {
    const session = this.deps.sessions.require(sessionId);
    const service = this.deps.services.find((s) => s.id === serviceId);
    if (!service) throw new KioskRequestError('invalid-request', `no counter serves ${serviceId} here`);
    const now = this.now();
    const issued = await this.deps.store.issue(queueModel(service), session.language, now);
    const ticket: Ticket = {
      number: issued.number,
      serviceId,
      counter: service.counter,
      issuedAt: now.toISOString(),
      issuedAtOfficeTime: officeTime(now, this.deps.timeZone),
      waitingAhead: issued.waitingAhead,
      estimatedWaitMinutes: issued.estimatedWaitMinutes,
    };
    this.deps.logger.info({ number: ticket.number, serviceId }, 'ticket issued');
    const receipt = buildTicketReceipt(
      {
        ticket,
        language: session.language,
        officeNames: this.deps.officeNames,
        ...(this.deps.publicStatusUrl ? { publicStatusUrl: this.deps.publicStatusUrl } : {}),
        timeZone: this.deps.timeZone,
        day: issued.day,
      },
      this.deps.translate,
    );
    const announcement: ReceiptPrintingEvent = {
      sessionId,
      kind: 'ticket',
      number: ticket.number,
      serviceId,
      counter: service.counter,
      issuedAt: ticket.issuedAt,
      issuedOfficeDay: issued.day,
      issuedAtOfficeTime: ticket.issuedAtOfficeTime,
    };
    const announce = this.deps.announce;
    const result = await printJournaled(
      this.deps.journal,
      { kind: 'ticket', number: ticket.number, service: serviceId, receipt },
      (r) => this.print(r),
      announce ? () => announce(announcement) : undefined,
    );
    if (result.journalError) this.deps.logger.error({ number: ticket.number, journalId: result.journalId, err: result.journalError }, 'receipt journal');
    if (result.ok) {
      await this.deps.store.markPrinted(issued.id);
    } else {
      await this.deps.store.markPrintFailed(issued.id, result.reason);
      this.deps.logger.warn({ number: ticket.number, reason: result.reason, detail: result.detail }, 'ticket not printed');
    }
    // The paper, if any, is already out; the screen answer belongs to this session alone.
    this.deps.sessions.require(sessionId);
    return { ticket, print: result.ok ? { ok: true } : { ok: false, reason: result.reason } };
  }

  /**
   * Drivers queue their own jobs and promise never to throw; a throw anyway must still leave
   * the citizen with the number already stored, so it becomes a failed print.
   */
  private print(receipt: Receipt): Promise<TicketPrintResult> {
    return this.deps.printer
      .print(receipt)
      .catch((err: unknown): TicketPrintResult => ({ ok: false, reason: 'error', detail: err instanceof Error ? err.message : String(err) }));
  }
}

function queueModel(s: QueueServiceConfig): QueueModel {
  return { serviceId: s.id, prefix: s.prefix, averageServiceMinutes: s.averageServiceMinutes, openCounters: s.openCounters };
}
