// A payment terminal with no card: tests (and later the dev dock) script what the next payment
// does, and the terminal walks through the same prompts a real one shows, with delays, so
// the screens and the cancel/time-out paths can be exercised end to end.
import { BaseDevice } from '../devices/device.js';
import type { DeviceLogger } from '../devices/device-logger.js';
import { issueTransactionReference, MockAcquirer } from './mock-acquirer.js';
import type { MockPaymentTerminalConfig } from './payment-terminal-config.js';
import { maskPan, paymentRequestError } from './payment-request.js';
import {
  PAYMENT_ERROR,
  PAYMENT_TERMINAL_DEVICE_ID,
  PAYMENT_TERMINAL_KIND,
  type PaymentDeclineReason,
  type PaymentOutcome,
  type PaymentPromptStep,
  type PaymentRequest,
  type PaymentTerminalDevice,
  type PaymentTerminalEvents,
  type ReversalOutcome,
  type ReversalRequest,
} from './payment-terminal.js';

export type MockPaymentScript = 'approve' | 'decline' | 'timeout' | 'error';

export interface MockPaymentScriptDetails {
  /** Card number the simulated card carries; only its last four digits ever leave the mock. */
  pan?: string;
  /** For 'decline'. */
  reason?: PaymentDeclineReason;
  /** For 'timeout': the step at which the simulated citizen walks away. */
  stallAt?: 'insert-card' | 'enter-pin';
  /** For 'error'. */
  detail?: string;
}

export type MockPaymentTerminalOptions = Omit<MockPaymentTerminalConfig, 'driver'> & {
  /** Where the simulated acquirer keeps the references it reversed (the data folder), so a restart forgets none. */
  acquirerStateFile?: string;
};

export const MOCK_PAYMENT_DEFAULTS: MockPaymentTerminalOptions = {
  insertCardMs: 1500,
  enterPinMs: 2000,
  approveAfterMs: 1200,
  removeCardMs: 800,
  timeoutMs: 60_000,
  authorizationSeed: 0,
};

/** A made-up card number, not a real test card of any scheme. */
export const MOCK_DEFAULT_PAN = '4000001234567899';

interface Script extends MockPaymentScriptDetails {
  kind: MockPaymentScript;
}

/** One payment in flight: settles once, and wakes whatever step is waiting when it does. */
class PaymentRun {
  private settled = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private wake: (() => void) | undefined;
  private resolveOutcome: (outcome: PaymentOutcome) => void = () => undefined;
  readonly outcome = new Promise<PaymentOutcome>((resolve) => {
    this.resolveOutcome = resolve;
  });
  cardInserted = false;
  step: PaymentPromptStep | undefined;

  get finished(): boolean {
    return this.settled;
  }

  finish(outcome: PaymentOutcome): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    this.wake?.();
    this.resolveOutcome(outcome);
  }

  /** Resolves after `ms`, or at once when the run settles meanwhile. */
  sleep(ms: number): Promise<void> {
    if (this.settled) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = resolve;
      this.timer = setTimeout(resolve, ms);
    });
  }
}

export class MockPaymentTerminal extends BaseDevice<PaymentTerminalEvents> implements PaymentTerminalDevice {
  private readonly options: MockPaymentTerminalOptions;
  private next: Script = { kind: 'approve' };
  private run: PaymentRun | undefined;
  private completion: Promise<PaymentOutcome> | undefined;
  private authorizations = 0;
  private readonly acquirer: MockAcquirer;
  private failNextReversal = false;

  constructor(
    private readonly logger: DeviceLogger,
    options: Partial<MockPaymentTerminalOptions> = {},
  ) {
    super(PAYMENT_TERMINAL_DEVICE_ID, PAYMENT_TERMINAL_KIND, 'mock');
    this.options = { ...MOCK_PAYMENT_DEFAULTS, ...options };
    this.acquirer = new MockAcquirer(options.acquirerStateFile);
  }

  async open(): Promise<void> {
    this.setState(this.run ? 'busy' : 'ready');
  }

  async close(): Promise<void> {
    await this.stop({ status: 'cancelled' });
    this.setState('closed');
  }

  /** Scripts the next payment only; later ones approve again unless scripted. */
  setNextOutcome(kind: MockPaymentScript, details: MockPaymentScriptDetails = {}): void {
    this.next = { kind, ...details };
  }

  /** What the next payment and the next reversal will do, for the dev dock to show. */
  script(): { next: MockPaymentScript; reason?: PaymentDeclineReason; nextReversalFails: boolean } {
    return {
      next: this.next.kind,
      ...(this.next.kind === 'decline' ? { reason: this.next.reason ?? 'refused' } : {}),
      nextReversalFails: this.failNextReversal,
    };
  }

  /** Makes the next reversal fail (acquirer refuses it), as when the link drops mid-reversal. */
  setNextReversalFails(fails: boolean): void {
    this.failNextReversal = fails;
  }

  async reverse(request: ReversalRequest): Promise<ReversalOutcome> {
    const state = this.status().state;
    if (state === 'offline' || state === 'closed') {
      this.logger.warn({ state }, 'payment reversal impossible: terminal not connected');
      return { ok: false };
    }
    if (this.failNextReversal) {
      this.failNextReversal = false;
      this.logger.warn({}, 'payment reversal refused (scripted)');
      return { ok: false };
    }
    // The acquirer decides, by the transaction's reference, not this process's memory: an
    // approval from before a restart is reversed like any other.
    const verdict = this.acquirer.reverse(request);
    if (!verdict.ok) {
      this.logger.warn({}, 'payment reversal refused: no such approval');
      return { ok: false };
    }
    this.logger.info({ alreadyReversed: verdict.alreadyReversed === true }, verdict.alreadyReversed ? 'payment reversal repeated: already reversed' : 'payment reversed');
    return verdict.alreadyReversed ? { ok: true, alreadyReversed: true } : { ok: true };
  }

  /** Simulates pulling the terminal's cable (true) or plugging it back (false). */
  setUnplugged(unplugged: boolean): void {
    if (this.status().state === 'closed') return;
    if (unplugged) {
      this.run?.finish({ status: 'error', detail: PAYMENT_ERROR.disconnected });
      this.setState('offline', 'payment terminal disconnected');
    } else if (this.status().state === 'offline') {
      this.setState('ready');
    }
  }

  startPayment(request: PaymentRequest): Promise<PaymentOutcome> {
    if (this.run) return Promise.resolve({ status: 'error', detail: PAYMENT_ERROR.busy });
    if (this.status().state !== 'ready') return Promise.resolve({ status: 'error', detail: PAYMENT_ERROR.notReady });
    const invalid = paymentRequestError(request);
    if (invalid) {
      this.logger.warn({ detail: invalid.detail }, 'payment request refused');
      return Promise.resolve(invalid);
    }

    const script = this.next;
    this.next = { kind: 'approve' };
    const run = new PaymentRun();
    const startedAt = Date.now();
    this.run = run;
    this.setState('busy', 'payment in progress');
    this.logger.info({ amountCentimes: request.amountCentimes, currency: request.currency }, 'payment started');
    void this.walk(run, script, request.amountCentimes);

    const completion = run.outcome.then((outcome) => {
      this.run = undefined;
      this.completion = undefined;
      if (this.status().state === 'busy') this.setState('ready');
      // Only the status and coarse reasons: the outcome's card digits and code stay out.
      this.logger.info(
        {
          status: outcome.status,
          durationMs: Date.now() - startedAt,
          ...(outcome.status === 'declined' ? { reason: outcome.reason } : {}),
          ...(outcome.status === 'error' ? { detail: outcome.detail } : {}),
        },
        'payment finished',
      );
      return outcome;
    });
    this.completion = completion;
    return completion;
  }

  async cancel(): Promise<void> {
    await this.stop({ status: 'cancelled' });
  }

  private async stop(outcome: PaymentOutcome): Promise<void> {
    const run = this.run;
    const completion = this.completion;
    if (!run || !completion) return;
    // The citizen must not walk away without the card.
    if (run.cardInserted && run.step !== 'remove-card') this.prompt(run, 'remove-card');
    run.finish(outcome);
    await completion;
  }

  private async walk(run: PaymentRun, script: Script, amountCentimes: number): Promise<void> {
    const { insertCardMs, enterPinMs, approveAfterMs, removeCardMs } = this.options;
    const stall = script.kind === 'timeout' ? (script.stallAt ?? 'insert-card') : undefined;

    if (!(await this.citizenStep(run, 'insert-card', insertCardMs, stall === 'insert-card'))) return;
    run.cardInserted = true;
    if (!(await this.citizenStep(run, 'enter-pin', enterPinMs, stall === 'enter-pin'))) return;

    this.prompt(run, 'processing');
    await run.sleep(approveAfterMs);
    if (run.finished) return;
    const outcome = this.decide(script, amountCentimes);

    this.prompt(run, 'remove-card');
    await run.sleep(removeCardMs);
    run.finish(outcome);
  }

  /** Shows the step and waits for the simulated citizen; false when the run ended instead. */
  private async citizenStep(run: PaymentRun, step: PaymentPromptStep, delayMs: number, stalls: boolean): Promise<boolean> {
    if (run.finished) return false;
    this.prompt(run, step);
    const { timeoutMs } = this.options;
    if (stalls || delayMs >= timeoutMs) {
      await run.sleep(timeoutMs);
      if (run.finished) return false;
      if (run.cardInserted) this.prompt(run, 'remove-card');
      run.finish({ status: 'timed-out' });
      return false;
    }
    await run.sleep(delayMs);
    return !run.finished;
  }

  private decide(script: Script, amountCentimes: number): PaymentOutcome {
    switch (script.kind) {
      case 'decline':
        return { status: 'declined', reason: script.reason ?? 'refused' };
      case 'error':
        return { status: 'error', detail: script.detail ?? PAYMENT_ERROR.acquirerUnreachable };
      case 'approve':
      case 'timeout': {
        const authorizationCode = this.nextAuthorizationCode();
        return {
          status: 'approved',
          authorizationCode,
          maskedPan: maskPan(script.pan ?? MOCK_DEFAULT_PAN),
          amountCentimes,
          transactionReference: issueTransactionReference(authorizationCode, amountCentimes),
        };
      }
    }
  }

  /** Six digits from a seeded counter, so tests and demos can predict them. */
  private nextAuthorizationCode(): string {
    this.authorizations += 1;
    return String((this.options.authorizationSeed + this.authorizations) % 1_000_000).padStart(6, '0');
  }

  private prompt(run: PaymentRun, step: PaymentPromptStep): void {
    if (run.finished || run !== this.run) return;
    run.step = step;
    this.logger.debug({ step }, 'payment prompt');
    this.emit('prompt', { step });
  }
}
