// One card payment on the terminal for one session: its prompts go to that session's screen
// only, the end of the session cancels it, and a second payment never starts over a first.
import type { PaymentOutcome, PaymentRequest, PaymentTerminalDevice, ReversalRequest } from '../../../hardware/payment/payment-terminal.js';
import type { PaymentStep } from '../../contract/kiosk-contract.js';

export interface PaymentRunContext {
  sessionId: string;
  signal: AbortSignal;
  onPrompt(step: PaymentStep): void;
}

export class PaymentFlow {
  private running: { sessionId: string } | undefined;

  constructor(private readonly terminal: PaymentTerminalDevice) {}

  isRunning(): boolean {
    return this.running !== undefined;
  }

  async run(request: PaymentRequest, ctx: PaymentRunContext): Promise<PaymentOutcome> {
    if (this.running) return { status: 'error', detail: 'busy' };
    const run = { sessionId: ctx.sessionId };
    this.running = run;
    const onPrompt = (event: { step: PaymentStep }) => ctx.onPrompt(event.step);
    const onAbort = () => void this.terminal.cancel();
    this.terminal.on('prompt', onPrompt);
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    try {
      if (ctx.signal.aborted) return { status: 'cancelled' };
      return await this.terminal.startPayment(request);
    } catch (err) {
      // Drivers promise never to reject; one that does is a terminal failure, not a crash.
      return { status: 'error', detail: err instanceof Error ? err.message : String(err) };
    } finally {
      this.terminal.off('prompt', onPrompt);
      ctx.signal.removeEventListener('abort', onAbort);
      if (this.running === run) this.running = undefined;
    }
  }

  /** Stops the payment running for this session, if any. */
  async cancel(sessionId: string): Promise<void> {
    if (this.running?.sessionId === sessionId) await this.terminal.cancel();
  }

  /** Gives an approval back ("already reversed" counts as done); a reversal that throws counts as failed. */
  async reverse(request: ReversalRequest): Promise<boolean> {
    try {
      return (await this.terminal.reverse(request)).ok;
    } catch {
      return false;
    }
  }
}
