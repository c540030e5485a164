// What happens to an approved card payment at the office. The rule: never give the charge back
// while the office may have recorded the payment. A lost answer (a hang, garbage, a 5xx after
// the office's commit, a proxy's page) says nothing either way, so the kiosk asks the office what
// it holds under the payment's idempotency key, and reverses only on the office's final `void`.
// When the office cannot say before the citizen leaves, the payment stays "uncertain" in
// kiosk.sqlite for the reconciler (payment-reconciler.ts).
import { randomUUID } from 'node:crypto';
import type { ReversalRequest } from '../../../hardware/payment/payment-terminal.js';
import { isRetryable, type OfficeClient, type OfficeFailure } from '../../office/office-client.js';
import type { TaxPayment, TaxPaymentReceipt } from '../../office/office-schemas.js';
import type { PaymentIncident, PaymentIncidentStore } from '../../storage/payment-incidents.js';

export interface SettlementLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface PaymentSettlementDeps {
  office: OfficeClient;
  store: PaymentIncidentStore;
  /** Gives the charge back on the terminal (idempotent per transaction); false when the terminal or acquirer refused. */
  reverse(request: ReversalRequest): Promise<boolean>;
  logger: SettlementLogger;
  /** Pauses between attempts while the citizen waits (each list: one pause per retry). */
  payRetryDelaysMs?: readonly number[];
  stateRetryDelaysMs?: readonly number[];
  newKey?: () => string;
}

export interface ApprovedPayment {
  reference: string;
  payment: TaxPayment;
  /** The terminal's reference of the transaction: stored with the row, named by any reversal. */
  transactionReference: string;
}

export type SettlementOutcome =
  | { kind: 'confirmed'; receipt: TaxPaymentReceipt }
  | { kind: 'reversed' }
  /** The reconciler has it now; `reversalFailed` when the office said void but the terminal refused. */
  | { kind: 'uncertain'; incident: PaymentIncident; reversalFailed: boolean };

const DEFAULT_PAY_RETRY_DELAYS_MS = [300, 900] as const;
const DEFAULT_STATE_RETRY_DELAYS_MS = [500, 1500] as const;

export class PaymentSettlement {
  constructor(private readonly deps: PaymentSettlementDeps) {}

  async settle(approved: ApprovedPayment): Promise<SettlementOutcome> {
    const { store, logger } = this.deps;
    const key = (this.deps.newKey ?? randomUUID)();
    const payment = approved.payment;
    // Durable before the office hears of it: a kill -9 from here on leaves a row to settle.
    await store.open({
      idempotencyKey: key,
      reference: approved.reference,
      amountCentimes: payment.amount.centimes,
      authorizationCode: payment.authorizationCode,
      terminalId: payment.terminalId,
      transactionReference: approved.transactionReference,
    });
    const paid = await this.pay(approved.reference, payment, key);
    if (paid.ok) return this.confirmed(key, paid.value);
    const why = describe(paid);

    // Refused or unanswered alike: only the office's word on the key decides (void is final).
    const state = await this.askState(key);
    if (state === 'unknown') {
      await store.markUncertain(key, why);
      logger.error({ reference: approved.reference, reason: why }, 'payment uncertain: the office could not say whether it recorded it');
      return this.uncertain(key, false);
    }
    if (state.state === 'recorded') return this.confirmed(key, state.receipt);
    const reversal = { authorizationCode: payment.authorizationCode, amountCentimes: payment.amount.centimes, transactionReference: approved.transactionReference };
    if (await this.deps.reverse(reversal)) {
      await store.settle(key, { state: 'reversed' });
      logger.warn({ reference: approved.reference, reason: why }, 'payment not recorded by the office: charge given back');
      return { kind: 'reversed' };
    }
    await store.markUncertain(key, 'office says void; reversal refused by the terminal');
    logger.error({ reference: approved.reference, authorizationCode: payment.authorizationCode }, 'payment void at the office, reversal refused');
    return this.uncertain(key, true);
  }

  private async confirmed(key: string, receipt: TaxPaymentReceipt): Promise<SettlementOutcome> {
    await this.deps.store.settle(key, { state: 'confirmed', trackingNumber: receipt.trackingNumber });
    return { kind: 'confirmed', receipt };
  }

  private async uncertain(key: string, reversalFailed: boolean): Promise<SettlementOutcome> {
    const incident = await this.deps.store.get(key);
    if (!incident) throw new Error('payment row vanished');
    return { kind: 'uncertain', incident, reversalFailed };
  }

  /** Same key on every attempt: the office records the payment once at most. */
  private async pay(reference: string, payment: TaxPayment, key: string) {
    let result = await this.deps.office.payTaxNotice(reference, payment, key);
    for (const delay of this.deps.payRetryDelaysMs ?? DEFAULT_PAY_RETRY_DELAYS_MS) {
      if (result.ok || !isRetryable(result)) break;
      await sleep(delay);
      result = await this.deps.office.payTaxNotice(reference, payment, key);
    }
    return result;
  }

  private async askState(key: string) {
    const delays = this.deps.stateRetryDelaysMs ?? DEFAULT_STATE_RETRY_DELAYS_MS;
    for (let i = 0; ; i += 1) {
      const r = await this.deps.office.getTaxPaymentState(key);
      if (r.ok) return r.value;
      const delay = delays[i];
      if (delay === undefined) return 'unknown' as const;
      await sleep(delay);
    }
  }
}

export function describe(f: OfficeFailure): string {
  return [f.kind, f.status, f.code].filter((p) => p !== undefined).join(' ');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
