import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceLogger } from '../../../hardware/devices/device-logger.js';
import type { DeviceState } from '../../../hardware/devices/device.js';
import { MockPaymentTerminal, type MockPaymentTerminalOptions } from '../../../hardware/payment/mock-payment-terminal.js';
import type { PaymentOutcome, PaymentPromptStep, PaymentRequest } from '../../../hardware/payment/payment-terminal.js';

// insert-card 0-100, enter-pin 100-300, processing 300-600, remove-card 600-650.
const FAST: Partial<MockPaymentTerminalOptions> = { insertCardMs: 100, enterPinMs: 200, approveAfterMs: 300, removeCardMs: 50, timeoutMs: 1000 };
const FULL_RUN_MS = 650;
const REQUEST: PaymentRequest = { amountCentimes: 125_050, currency: 'MAD', reference: 'TNB-2024-000123' };

function recordingLogger() {
  const entries: string[] = [];
  const log = (obj: object, msg: string) => entries.push(`${msg} ${JSON.stringify(obj)}`);
  const logger: DeviceLogger = { debug: log, info: log, warn: log, error: log };
  return { logger, entries };
}

async function openTerminal(options: Partial<MockPaymentTerminalOptions> = FAST) {
  const { logger, entries } = recordingLogger();
  const terminal = new MockPaymentTerminal(logger, options);
  const prompts: PaymentPromptStep[] = [];
  const states: DeviceState[] = [];
  terminal.on('prompt', (e) => prompts.push(e.step));
  terminal.on('status', (s) => states.push(s.state));
  await terminal.open();
  return { terminal, prompts, states, entries };
}

/** Starts a payment and exposes its outcome once settled, without awaiting it. */
function track(promise: Promise<PaymentOutcome>) {
  const box: { outcome?: PaymentOutcome } = {};
  void promise.then((o) => (box.outcome = o));
  return box;
}

describe('MockPaymentTerminal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('approves after walking through every prompt, with the amount and a masked card number', async () => {
    const { terminal, prompts, states } = await openTerminal();
    const box = track(terminal.startPayment(REQUEST));
    expect(terminal.status().state).toBe('busy');
    await vi.advanceTimersByTimeAsync(FULL_RUN_MS - 1);
    expect(box.outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(box.outcome).toEqual({
      status: 'approved',
      authorizationCode: '000001',
      maskedPan: '**** 7899',
      amountCentimes: 125_050,
      transactionReference: expect.stringMatching(/^MPT1\.000001\.125050\./),
    });
    expect(prompts).toEqual(['insert-card', 'enter-pin', 'processing', 'remove-card']);
    expect(states).toEqual(['ready', 'busy', 'ready']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shows each prompt at the time its step begins', async () => {
    const { terminal, prompts } = await openTerminal();
    void terminal.startPayment(REQUEST);
    const seen: string[] = [];
    let now = 0;
    for (const at of [0, 99, 100, 299, 300, 599, 600]) {
      await vi.advanceTimersByTimeAsync(at - now);
      now = at;
      seen.push(`${at}:${prompts.at(-1)}`);
    }
    expect(seen).toEqual(['0:insert-card', '99:insert-card', '100:enter-pin', '299:enter-pin', '300:processing', '599:processing', '600:remove-card']);
  });

  it('declines with the scripted reason, then approves the next payment again', async () => {
    const { terminal, prompts } = await openTerminal();
    terminal.setNextOutcome('decline', { reason: 'insufficient-funds' });
    const first = track(terminal.startPayment(REQUEST));
    await vi.advanceTimersByTimeAsync(FULL_RUN_MS);
    expect(first.outcome).toEqual({ status: 'declined', reason: 'insufficient-funds' });
    expect(prompts).toEqual(['insert-card', 'enter-pin', 'processing', 'remove-card']);

    const second = track(terminal.startPayment(REQUEST));
    await vi.advanceTimersByTimeAsync(FULL_RUN_MS);
    expect(second.outcome?.status).toBe('approved');
  });

  it('reports a scripted error after processing and stays usable', async () => {
    const { terminal } = await openTerminal();
    terminal.setNextOutcome('error');
    const box = track(terminal.startPayment(REQUEST));
    await vi.advanceTimersByTimeAsync(FULL_RUN_MS);
    expect(box.outcome).toEqual({ status: 'error', detail: 'acquirer-unreachable' });
    expect(terminal.status().state).toBe('ready');
  });

  it('times out exactly timeoutMs after asking for a card that never comes', async () => {
    const { terminal, prompts } = await openTerminal();
    terminal.setNextOutcome('timeout');
    const box = track(terminal.startPayment(REQUEST));
    await vi.advanceTimersByTimeAsync(999);
    expect(box.outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(box.outcome).toEqual({ status: 'timed-out' });
    expect(prompts).toEqual(['insert-card']);
    expect(terminal.status().state).toBe('ready');
  });

  it('times out at the PIN step and asks for the card back', async () => {
    const { terminal, prompts } = await openTerminal();
    terminal.setNextOutcome('timeout', { stallAt: 'enter-pin' });
    const box = track(terminal.startPayment(REQUEST));
    await vi.advanceTimersByTimeAsync(100 + 1000);
    expect(box.outcome).toEqual({ status: 'timed-out' });
    expect(prompts).toEqual(['insert-card', 'enter-pin', 'remove-card']);
  });

  it('times out when the citizen is slower than the timeout', async () => {
    const { terminal } = await openTerminal({ ...FAST, insertCardMs: 5000 });
    const box = track(terminal.startPayment(REQUEST));
    await vi.advanceTimersByTimeAsync(1000);
    expect(box.outcome).toEqual({ status: 'timed-out' });
  });

  const cancelPoints: { step: PaymentPromptStep; at: number; prompts: PaymentPromptStep[] }[] = [
    { step: 'insert-card', at: 50, prompts: ['insert-card'] },
    { step: 'enter-pin', at: 200, prompts: ['insert-card', 'enter-pin', 'remove-card'] },
    { step: 'processing', at: 450, prompts: ['insert-card', 'enter-pin', 'processing', 'remove-card'] },
    { step: 'remove-card', at: 625, prompts: ['insert-card', 'enter-pin', 'processing', 'remove-card'] },
  ];

  for (const point of cancelPoints) {
    it(`cancels during ${point.step}, leaving no timer behind and the terminal ready`, async () => {
      const { terminal, prompts } = await openTerminal();
      const box = track(terminal.startPayment(REQUEST));
      await vi.advanceTimersByTimeAsync(point.at);
      expect(prompts.at(-1)).toBe(point.step);
      await terminal.cancel();
      expect(box.outcome).toEqual({ status: 'cancelled' });
      expect(prompts).toEqual(point.prompts);
      expect(terminal.status().state).toBe('ready');
      expect(vi.getTimerCount()).toBe(0);

      const next = track(terminal.startPayment(REQUEST));
      await vi.advanceTimersByTimeAsync(FULL_RUN_MS);
      expect(next.outcome?.status).toBe('approved');
    });
  }

  it('ignores cancel when no payment runs', async () => {
    const { terminal, states } = await openTerminal();
    await terminal.cancel();
    expect(states).toEqual(['ready']);
  });

  it('refuses a second payment while one runs, without disturbing the first', async () => {
    const { terminal, prompts } = await openTerminal();
    const first = track(terminal.startPayment(REQUEST));
    await vi.advanceTimersByTimeAsync(150);
    expect(await terminal.startPayment({ ...REQUEST, reference: 'OTHER-1' })).toEqual({ status: 'error', detail: 'busy' });
    await vi.advanceTimersByTimeAsync(FULL_RUN_MS);
    expect(first.outcome?.status).toBe('approved');
    expect(prompts).toEqual(['insert-card', 'enter-pin', 'processing', 'remove-card']);
  });

  it('accepts a new payment as soon as the previous outcome is delivered', async () => {
    const { terminal } = await openTerminal({ ...FAST, insertCardMs: 0, enterPinMs: 0, approveAfterMs: 0, removeCardMs: 0 });
    const outcomes: string[] = [];
    const chain = terminal
      .startPayment(REQUEST)
      .then((o) => outcomes.push(o.status))
      .then(() => terminal.startPayment(REQUEST))
      .then((o) => outcomes.push(o.status));
    await vi.runAllTimersAsync();
    await chain;
    expect(outcomes).toEqual(['approved', 'approved']);
  });

  it('refuses payments before open, after close, and while unplugged', async () => {
    const { terminal } = await openTerminal();
    await terminal.close();
    expect(await terminal.startPayment(REQUEST)).toEqual({ status: 'error', detail: 'not-ready' });
    await terminal.open();
    terminal.setUnplugged(true);
    expect(terminal.status()).toMatchObject({ state: 'offline', detail: 'payment terminal disconnected' });
    expect(await terminal.startPayment(REQUEST)).toEqual({ status: 'error', detail: 'not-ready' });
    terminal.setUnplugged(false);
    const box = track(terminal.startPayment(REQUEST));
    await vi.advanceTimersByTimeAsync(FULL_RUN_MS);
    expect(box.outcome?.status).toBe('approved');
  });

  it('ends a running payment with an error when the terminal is unplugged', async () => {
    const { terminal } = await openTerminal();
    const box = track(terminal.startPayment(REQUEST));
    await vi.advanceTimersByTimeAsync(200);
    terminal.setUnplugged(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(box.outcome).toEqual({ status: 'error', detail: 'terminal-disconnected' });
    expect(terminal.status().state).toBe('offline');
  });

  it('cancels a running payment on close', async () => {
    const { terminal } = await openTerminal();
    const box = track(terminal.startPayment(REQUEST));
    await vi.advanceTimersByTimeAsync(200);
    await terminal.close();
    expect(box.outcome).toEqual({ status: 'cancelled' });
    expect(terminal.status().state).toBe('closed');
  });

  it('gives authorization codes that follow the seed, the same on every run', async () => {
    const codes = async () => {
      const { terminal } = await openTerminal({ ...FAST, authorizationSeed: 41 });
      const out: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const box = track(terminal.startPayment(REQUEST));
        await vi.advanceTimersByTimeAsync(FULL_RUN_MS);
        if (box.outcome?.status === 'approved') out.push(box.outcome.authorizationCode);
      }
      return out;
    };
    expect(await codes()).toEqual(['000042', '000043', '000044']);
    expect(await codes()).toEqual(['000042', '000043', '000044']);
  });
});
