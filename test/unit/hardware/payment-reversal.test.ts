import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import { MockPaymentTerminal } from '../../../hardware/payment/mock-payment-terminal.js';

const FAST = { insertCardMs: 5, enterPinMs: 5, approveAfterMs: 5, removeCardMs: 5, timeoutMs: 1000 };
const REQUEST = { amountCentimes: 86_000, currency: 'MAD' as const, reference: 'TSC-2026-000456' };

async function approvedTerminal() {
  const terminal = new MockPaymentTerminal(silentLogger, FAST);
  await terminal.open();
  const outcome = await terminal.startPayment(REQUEST);
  if (outcome.status !== 'approved') throw new Error(`expected an approval, got ${outcome.status}`);
  return { terminal, code: outcome.authorizationCode };
}

describe('MockPaymentTerminal reversal', () => {
  it('gives an approved payment back once, and refuses a code it never approved', async () => {
    const { terminal, code } = await approvedTerminal();
    expect(await terminal.reverse('999999')).toEqual({ ok: false });
    expect(await terminal.reverse(code)).toEqual({ ok: true });
    expect(await terminal.reverse(code)).toEqual({ ok: false });
  });

  it('fails the next reversal only when scripted, then reverses again', async () => {
    const { terminal, code } = await approvedTerminal();
    terminal.setNextReversalFails(true);
    expect(terminal.script().nextReversalFails).toBe(true);
    expect(await terminal.reverse(code)).toEqual({ ok: false });
    expect(terminal.script().nextReversalFails).toBe(false);
    expect(await terminal.reverse(code)).toEqual({ ok: true });
  });

  it('cannot reverse while unplugged', async () => {
    const { terminal, code } = await approvedTerminal();
    terminal.setUnplugged(true);
    expect(await terminal.reverse(code)).toEqual({ ok: false });
    terminal.setUnplugged(false);
    expect(await terminal.reverse(code)).toEqual({ ok: true });
  });

  it('does not keep declined payments as reversible', async () => {
    const terminal = new MockPaymentTerminal(silentLogger, FAST);
    await terminal.open();
    terminal.setNextOutcome('decline', { reason: 'wrong-pin' });
    expect(terminal.script()).toEqual({ next: 'decline', reason: 'wrong-pin', nextReversalFails: false });
    expect(await terminal.startPayment(REQUEST)).toEqual({ status: 'declined', reason: 'wrong-pin' });
    expect(await terminal.reverse('000001')).toEqual({ ok: false });
  });
});
