// Local taxes: find a notice, then pay it by card. The office must be reachable before any
// card is asked for, the amount charged is the amount the citizen saw, and a charge is given
// back only once the office says it holds no such payment (payment-settlement.ts); when it
// cannot say in time, the citizen takes a slip and the reconciler settles the payment later.
import type { PaymentOutcome } from '../../../hardware/payment/payment-terminal.js';
import { KioskRequestError, type PaymentStep, type ResponseOf, type TaxNoticeView, type TaxPayResult } from '../../contract/kiosk-contract.js';
import type { OfficeClient } from '../../office/office-client.js';
import type { TaxPayment, TaxPaymentReceipt } from '../../office/office-schemas.js';
import type { CitizenSession, SessionService } from '../session-service.js';
import { officeTime } from './office-calendar.js';
import { officeLookupProblem } from './office-lookup-problem.js';
import type { PaymentFlow } from './payment-flow.js';
import type { PaymentSettlement } from './payment-settlement.js';
import type { ProcedureLogger } from './procedure-logger.js';
import { type ReceiptContext, receiptQrPayload } from './receipt-blocks.js';
import { issuedStamp, type ReceiptPrint } from './receipt-printing.js';
import { noticeView, ShownNotices } from './tax-notices.js';
import { buildPaymentIncidentSlip, buildTaxPaymentReceipt } from './tax-receipts.js';
import { normaliseTaxReference } from './tax-reference.js';

export interface TaxServiceDeps {
  sessions: SessionService;
  office: OfficeClient;
  payments: PaymentFlow;
  emitPrompt(sessionId: string, step: PaymentStep): void;
  print: ReceiptPrint;
  receipts: ReceiptContext;
  logger: ProcedureLogger;
  terminalId: string;
  timeZone: string;
  now: () => Date;
  /** Sends the approved payment to the office and settles it (confirm, reverse, or uncertain). */
  settlement: PaymentSettlement;
  /** Told when a payment is left uncertain, so the reconciler looks at it soon. */
  onUncertain?: () => void;
}

type Approved = Extract<PaymentOutcome, { status: 'approved' }>;

export class TaxService {
  private readonly shown = new ShownNotices();
  private readonly stopForgetting: () => void;

  constructor(private readonly deps: TaxServiceDeps) {
    this.stopForgetting = deps.sessions.onEnded((sessionId) => this.shown.forget(sessionId));
  }

  close(): void {
    this.stopForgetting();
  }

  async lookup(sessionId: string, typed: string): Promise<ResponseOf<'tax.lookup'>> {
    const session = this.deps.sessions.require(sessionId);
    const reference = normaliseTaxReference(typed);
    if (!reference) return { ok: false, problem: 'invalid-reference' };
    const result = await this.deps.office.getTaxNotice(reference, { signal: session.signal });
    this.deps.sessions.assertStillActive(sessionId);
    if (!result.ok) {
      const problem = officeLookupProblem(result.kind);
      this.deps.logger.info({ procedure: 'tax-lookup', reference, outcome: problem, status: result.status }, 'procedure outcome');
      return { ok: false, problem };
    }
    const notice = noticeView(result.value);
    this.shown.remember(sessionId, reference, notice.amountDueCentimes);
    this.deps.logger.info({ procedure: 'tax-lookup', reference, outcome: notice.status }, 'procedure outcome');
    return { ok: true, notice };
  }

  async cancelPayment(sessionId: string): Promise<void> {
    this.deps.sessions.require(sessionId);
    await this.deps.payments.cancel(sessionId);
  }

  async pay(sessionId: string, typed: string): Promise<TaxPayResult> {
    const session = this.deps.sessions.require(sessionId);
    const reference = normaliseTaxReference(typed);
    if (!reference) throw new KioskRequestError('invalid-request', 'not a tax notice reference');
    const log = (outcome: string, extra: object = {}) =>
      this.deps.logger.info({ procedure: 'tax-payment', reference, outcome, ...extra }, 'procedure outcome');
    if (this.deps.payments.isRunning()) {
      log('terminal-error', { detail: 'busy' });
      return { outcome: 'terminal-error' };
    }

    // Right before charging: the office must answer, and say the same amount as on screen.
    const fresh = await this.deps.office.getTaxNotice(reference, { signal: session.signal });
    this.deps.sessions.assertStillActive(sessionId);
    if (!fresh.ok && fresh.kind !== 'not-found') {
      log('backend-unavailable', { kind: fresh.kind });
      return { outcome: 'backend-unavailable' };
    }
    const shownAmount = this.shown.amountShown(sessionId, reference);
    if (!fresh.ok || fresh.value.status !== 'due' || fresh.value.amountDue.centimes === 0 || fresh.value.amountDue.centimes !== shownAmount) {
      log('notice-changed');
      return { outcome: 'notice-changed' };
    }
    const notice = noticeView(fresh.value);

    const outcome = await this.deps.payments.run(
      { amountCentimes: notice.amountDueCentimes, currency: 'MAD', reference },
      { sessionId, signal: session.signal, onPrompt: (step) => this.deps.emitPrompt(sessionId, step) },
    );
    if (outcome.status !== 'approved') {
      log(outcome.status, outcome.status === 'declined' ? { reason: outcome.reason } : outcome.status === 'error' ? { detail: outcome.detail } : {});
      this.deps.sessions.assertStillActive(sessionId);
      switch (outcome.status) {
        case 'declined':
          return { outcome: 'declined', reason: outcome.reason };
        case 'timed-out':
          return { outcome: 'timed-out' };
        case 'cancelled':
          return { outcome: 'cancelled' };
        case 'error':
          return { outcome: 'terminal-error' };
      }
    }
    return this.settle(session, notice, outcome);
  }

  /**
   * The card is approved: money moved, so the office is told whatever happens to the session
   * (no session signal here). Only the paper waits for the session to still be there.
   */
  private async settle(session: CitizenSession, notice: TaxNoticeView, approved: Approved): Promise<TaxPayResult> {
    const { logger, sessions } = this.deps;
    const reference = notice.reference;
    const payment: TaxPayment = {
      authorizationCode: approved.authorizationCode,
      terminalId: this.deps.terminalId,
      amount: { currency: 'MAD', centimes: approved.amountCentimes },
    };
    const settled = await this.deps.settlement.settle({ reference, payment, transactionReference: approved.transactionReference });
    if (settled.kind === 'confirmed') {
      const receipt = this.paymentView(settled.receipt, approved);
      logger.info({ procedure: 'tax-payment', reference, trackingNumber: receipt.trackingNumber, outcome: 'paid' }, 'procedure outcome');
      sessions.assertStillActive(session.id);
      const print = await this.deps.print(buildTaxPaymentReceipt({ view: receipt, notice, language: session.language }, this.deps.receipts), {
        kind: 'tax-payment',
        number: receipt.trackingNumber,
        service: 'local-taxes',
        amountCentimes: approved.amountCentimes,
        essentials: { sessionId: session.id, serviceId: 'local-taxes', ...issuedStamp(new Date(receipt.paidAt), this.deps.timeZone) },
      });
      sessions.assertStillActive(session.id);
      return { outcome: 'paid', receipt, print };
    }
    if (settled.kind === 'reversed') {
      logger.warn({ procedure: 'tax-payment', reference, outcome: 'not-confirmed', reversed: true }, 'procedure outcome');
      sessions.assertStillActive(session.id);
      return { outcome: 'not-confirmed', reversed: true };
    }
    // Nobody knows yet whether the office recorded it: the reconciler will settle it, and the
    // citizen takes a slip saying so, with the number the clerk finds it under.
    this.deps.onUncertain?.();
    logger.error(
      { procedure: 'tax-payment', reference, outcome: 'uncertain', checkNumber: settled.incident.checkNumber, reversalFailed: settled.reversalFailed },
      'procedure outcome: card charged, office answer unknown, being checked',
    );
    sessions.assertStillActive(session.id);
    const slipAt = this.deps.now();
    const slip = buildPaymentIncidentSlip(
      {
        reference,
        checkNumber: settled.incident.checkNumber,
        amountCentimes: approved.amountCentimes,
        authorizationCode: approved.authorizationCode,
        maskedPan: approved.maskedPan,
        terminalId: this.deps.terminalId,
        language: session.language,
        at: slipAt,
      },
      this.deps.receipts,
    );
    const print = await this.deps.print(slip, {
      kind: 'payment-incident',
      number: reference,
      service: 'local-taxes',
      amountCentimes: approved.amountCentimes,
      essentials: { sessionId: session.id, serviceId: 'local-taxes', ...issuedStamp(slipAt, this.deps.timeZone) },
    });
    sessions.assertStillActive(session.id);
    return { outcome: 'not-confirmed', reversed: false, checking: true, checkNumber: settled.incident.checkNumber, print };
  }

  private paymentView(confirmed: TaxPaymentReceipt, approved: Approved) {
    return {
      trackingNumber: confirmed.trackingNumber,
      reference: confirmed.reference,
      amountCentimes: confirmed.amount.centimes,
      paidAt: confirmed.paidAt,
      paidAtOfficeTime: officeTime(new Date(confirmed.paidAt), this.deps.timeZone),
      authorizationCode: approved.authorizationCode,
      maskedPan: approved.maskedPan,
      qr: receiptQrPayload(confirmed.trackingNumber, this.deps.receipts.publicStatusUrl),
    };
  }
}
