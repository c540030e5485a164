// Settles the card payments left uncertain (the citizen left before the office could say
// whether it recorded them), in the background, for as long as the kiosk runs and across
// restarts: asks the office what it holds under each payment's key; `recorded` confirms it,
// `void` (final at the office) gives the charge back. Each row is settled once: the store's
// settle() changes only an unsettled row, and a reversal names the terminal's transaction
// reference saved in the row, which the acquirer answers "already reversed" the second time
// (see PaymentTerminalDevice.reverse), so a crash or a restart between the two repeats nothing
// that moves money twice, and an approval from an earlier run can still be given back.
import type { ReversalRequest } from '../../../hardware/payment/payment-terminal.js';
import { type BackoffPolicy, backoffDelayMs } from '../../office/backoff.js';
import type { OfficeClient } from '../../office/office-client.js';
import type { PaymentIncident, PaymentIncidentStore } from '../../storage/payment-incidents.js';
import { describe, type SettlementLogger } from './payment-settlement.js';

export interface PaymentReconcilerDeps {
  store: PaymentIncidentStore;
  office: OfficeClient;
  reverse(request: ReversalRequest): Promise<boolean>;
  logger: SettlementLogger;
  backoff?: BackoffPolicy;
  nowMs?: () => number;
  random?: () => number;
}

export interface ReconcileSummary {
  confirmed: number;
  reversed: number;
  deferred: number;
}

const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2000, capMs: 120_000 };

export class PaymentReconciler {
  private readonly backoff: BackoffPolicy;
  private readonly nowMs: () => number;
  private running = false;
  private loopDone: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private pass: Promise<ReconcileSummary> | undefined;

  constructor(private readonly deps: PaymentReconcilerDeps) {
    this.backoff = deps.backoff ?? DEFAULT_BACKOFF;
    this.nowMs = deps.nowMs ?? Date.now;
  }

  /** Adopts the payments a previous run was still sending, then works in the background. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = (async () => {
      try {
        const adopted = await this.deps.store.adoptInterrupted();
        if (adopted > 0) this.deps.logger.warn({ adopted }, 'payments interrupted by the last stop are now checked with the office');
      } catch (err) {
        this.deps.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'could not adopt interrupted payments');
      }
      await this.loop();
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loopDone;
    await this.pass;
  }

  /** A new uncertain payment, or the office back: look now rather than at the next timer. */
  kick(): void {
    this.wake?.();
  }

  /** One pass over the due rows; concurrent callers share it (never two settlements of a row at once). */
  runOnce(): Promise<ReconcileSummary> {
    this.pass ??= this.runPass().finally(() => {
      this.pass = undefined;
    });
    return this.pass;
  }

  private async runPass(): Promise<ReconcileSummary> {
    const summary: ReconcileSummary = { confirmed: 0, reversed: 0, deferred: 0 };
    for (const incident of await this.deps.store.due(this.nowMs())) {
      const outcome = await this.settleOne(incident);
      summary[outcome] += 1;
    }
    return summary;
  }

  private async settleOne(incident: PaymentIncident): Promise<keyof ReconcileSummary> {
    const { store, office, logger } = this.deps;
    const state = await office.getTaxPaymentState(incident.idempotencyKey);
    if (!state.ok) return this.defer(incident, describe(state));
    if (state.value.state === 'recorded') {
      const trackingNumber = state.value.receipt.trackingNumber;
      if (await store.settle(incident.idempotencyKey, { state: 'confirmed', trackingNumber })) {
        logger.info({ checkNumber: incident.checkNumber, trackingNumber }, 'uncertain payment settled: recorded at the office');
      }
      return 'confirmed';
    }
    // A row from before the terminal reference was saved cannot name its transaction: the clerk
    // sees it "checking" and gives the charge back at the acquirer by its authorization code.
    if (incident.transactionReference === null) return this.defer(incident, 'office says void; no terminal reference to reverse by');
    const reversal = { authorizationCode: incident.authorizationCode, amountCentimes: incident.amountCentimes, transactionReference: incident.transactionReference };
    if (!(await this.deps.reverse(reversal))) return this.defer(incident, 'office says void; reversal refused by the terminal');
    if (await store.settle(incident.idempotencyKey, { state: 'reversed' })) {
      logger.warn({ checkNumber: incident.checkNumber }, 'uncertain payment settled: void at the office, charge given back');
    }
    return 'reversed';
  }

  private async defer(incident: PaymentIncident, reason: string): Promise<'deferred'> {
    const delay = backoffDelayMs(incident.attempts + 1, this.backoff, this.deps.random);
    await this.deps.store.defer(incident.id, this.nowMs() + delay, reason);
    return 'deferred';
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let waitMs = this.backoff.capMs;
      try {
        await this.runOnce();
        const next = await this.deps.store.nextDueAt();
        if (next !== null) waitMs = Math.min(this.backoff.capMs, Math.max(0, next - this.nowMs()));
      } catch (err) {
        this.deps.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'payment reconciliation pass failed');
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        function done(): void {
          clearTimeout(timer);
          resolve();
        }
        this.wake = done;
      });
      this.wake = undefined;
    }
  }
}
