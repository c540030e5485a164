import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { DeviceLogger } from '../../../hardware/devices/device-logger.js';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import { createPaymentTerminal } from '../../../hardware/payment/create-payment-terminal.js';
import { MockPaymentTerminal } from '../../../hardware/payment/mock-payment-terminal.js';
import { maskPan } from '../../../hardware/payment/payment-request.js';
import { paymentTerminalConfigSchema } from '../../../hardware/payment/payment-terminal-config.js';
import type { PaymentOutcome, PaymentRequest } from '../../../hardware/payment/payment-terminal.js';

const FAST = { insertCardMs: 10, enterPinMs: 10, approveAfterMs: 10, removeCardMs: 10, timeoutMs: 1000 };
const REQUEST: PaymentRequest = { amountCentimes: 50_000, currency: 'MAD', reference: 'TH-2025/00042' };

function recordingLogger() {
  const entries: string[] = [];
  const log = (obj: object, msg: string) => entries.push(`${msg} ${JSON.stringify(obj)}`);
  const logger: DeviceLogger = { debug: log, info: log, warn: log, error: log };
  return { logger, entries };
}

async function pay(terminal: MockPaymentTerminal, request: PaymentRequest): Promise<PaymentOutcome> {
  const outcome = terminal.startPayment(request);
  await vi.advanceTimersByTimeAsync(100);
  return outcome;
}

describe('payment terminal safety', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['zero', 0],
    ['negative', -100],
    ['fractional centimes', 12.5],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['over 100,000 MAD', 10_000_001],
    ['a string', '100' as unknown as number],
  ])('refuses an amount that is %s, before any prompt', async (_label, amountCentimes) => {
    const terminal = new MockPaymentTerminal(silentLogger, FAST);
    const prompts: string[] = [];
    terminal.on('prompt', (e) => prompts.push(e.step));
    await terminal.open();
    expect(await terminal.startPayment({ ...REQUEST, amountCentimes })).toEqual({ status: 'error', detail: 'invalid-amount' });
    expect(prompts).toEqual([]);
    expect(terminal.status().state).toBe('ready');
  });

  it('accepts the smallest and the largest allowed amounts', async () => {
    const terminal = new MockPaymentTerminal(silentLogger, FAST);
    await terminal.open();
    for (const amountCentimes of [1, 10_000_000]) {
      expect(await pay(terminal, { ...REQUEST, amountCentimes })).toMatchObject({ status: 'approved', amountCentimes });
    }
  });

  it('refuses another currency and an empty or odd reference', async () => {
    const terminal = new MockPaymentTerminal(silentLogger, FAST);
    await terminal.open();
    expect(await terminal.startPayment({ ...REQUEST, currency: 'EUR' as 'MAD' })).toEqual({ status: 'error', detail: 'invalid-currency' });
    for (const reference of ['', ' ', 'a'.repeat(65), 'REF 1', 'REF\n1']) {
      expect(await terminal.startPayment({ ...REQUEST, reference })).toEqual({ status: 'error', detail: 'invalid-reference' });
    }
  });

  it.each(['4000001234567899', '5413 3300 8901 2345', '3714-496353-98431', '6250941006528599123'])(
    'shows no more than the last four digits of %s',
    async (pan) => {
      const terminal = new MockPaymentTerminal(silentLogger, FAST);
      await terminal.open();
      terminal.setNextOutcome('approve', { pan });
      const outcome = await pay(terminal, REQUEST);
      if (outcome.status !== 'approved') throw new Error(`expected approval, got ${outcome.status}`);
      const last4 = pan.replace(/\D/g, '').slice(-4);
      expect(outcome.maskedPan).toBe(`**** ${last4}`);
      expect(outcome.maskedPan.replace(/\D/g, '')).toHaveLength(4);
    },
  );

  it('masks short or empty card numbers entirely', () => {
    expect(maskPan('123')).toBe('****');
    expect(maskPan('')).toBe('****');
    expect(maskPan('**** **** **** 4242')).toBe('**** 4242');
  });

  it('keeps card numbers, authorization codes and references out of logs and events', async () => {
    const { logger, entries } = recordingLogger();
    const terminal = new MockPaymentTerminal(logger, { ...FAST, authorizationSeed: 314_158 });
    const events: string[] = [];
    terminal.on('prompt', (e) => events.push(JSON.stringify(e)));
    terminal.on('status', (s) => events.push(JSON.stringify(s)));
    await terminal.open();
    const pan = '4929 1234 5678 9753';
    const reference = 'AVIS-77120934';

    terminal.setNextOutcome('approve', { pan });
    const approved = await pay(terminal, { ...REQUEST, reference });
    terminal.setNextOutcome('decline', { pan, reason: 'wrong-pin' });
    await pay(terminal, { ...REQUEST, reference });
    terminal.setNextOutcome('approve', { pan });
    const cancelled = terminal.startPayment({ ...REQUEST, reference });
    await vi.advanceTimersByTimeAsync(25);
    await terminal.cancel();
    await cancelled;
    await terminal.startPayment({ ...REQUEST, amountCentimes: -1, reference });

    if (approved.status !== 'approved') throw new Error('expected approval');
    expect(entries.length).toBeGreaterThan(0);
    for (const line of [...entries, ...events]) {
      expect(line).not.toMatch(/\d{9,}/);
      expect(line).not.toContain('9753');
      expect(line).not.toContain(approved.authorizationCode);
      expect(line).not.toContain(reference);
    }
    expect(entries.some((e) => e.includes('"status":"approved"'))).toBe(true);
    expect(entries.some((e) => e.includes('"reason":"wrong-pin"'))).toBe(true);
  });
});

describe('payment terminal configuration', () => {
  it('defaults every timing of the mock driver and builds it through the factory', () => {
    const config = paymentTerminalConfigSchema.parse({ driver: 'mock' });
    expect(config).toMatchObject({ driver: 'mock', timeoutMs: 60_000 });
    const terminal = createPaymentTerminal(config, silentLogger);
    expect(terminal).toBeInstanceOf(MockPaymentTerminal);
    expect([terminal.id, terminal.kind, terminal.driver]).toEqual(['payment-terminal', 'payment-terminal', 'mock']);
    expect(terminal.status().state).toBe('closed');
  });

  it('rejects unknown drivers, unknown keys and out-of-range timings', () => {
    for (const bad of [
      { driver: 'ingenico' },
      { driver: 'mock', approveAfterMs: -1 },
      { driver: 'mock', timeoutMs: 10 },
      { driver: 'mock', insertCardMs: 1.5 },
      { driver: 'mock', pan: '4000001234567899' },
    ]) {
      expect(paymentTerminalConfigSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('converts to JSON Schema like the rest of the kiosk configuration', () => {
    const schema = JSON.stringify(z.toJSONSchema(paymentTerminalConfigSchema, { io: 'input', unrepresentable: 'any' }));
    expect(schema).toContain('"const":"mock"');
    expect(schema).toContain('approveAfterMs');
  });
});
