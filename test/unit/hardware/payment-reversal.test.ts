import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import { MockPaymentTerminal, type MockPaymentTerminalOptions } from '../../../hardware/payment/mock-payment-terminal.js';
import type { ReversalRequest } from '../../../hardware/payment/payment-terminal.js';

const FAST = { insertCardMs: 5, enterPinMs: 5, approveAfterMs: 5, removeCardMs: 5, timeoutMs: 1000 };
const REQUEST = { amountCentimes: 86_000, currency: 'MAD' as const, reference: 'TSC-2026-000456' };

async function approvedTerminal(options: Partial<MockPaymentTerminalOptions> = {}) {
  const terminal = new MockPaymentTerminal(silentLogger, { ...FAST, ...options });
  await terminal.open();
  const outcome = await terminal.startPayment(REQUEST);
  if (outcome.status !== 'approved') throw new Error(`expected an approval, got ${outcome.status}`);
  const reversal: ReversalRequest = { authorizationCode: outcome.authorizationCode, amountCentimes: outcome.amountCentimes, transactionReference: outcome.transactionReference };
  return { terminal, reversal };
}

describe('MockPaymentTerminal reversal', () => {
  it('gives an approved payment back once; the same transaction again is "already reversed"; a reference it never issued is refused', async () => {
    const { terminal, reversal } = await approvedTerminal();
    expect(reversal.transactionReference).toMatch(/^MPT1\.\d{6}\.86000\.[0-9a-f]{16}\.[0-9a-f]{16}$/);
    expect(await terminal.reverse({ ...reversal, transactionReference: 'MPT1.000001.86000.0123456789abcdef.0123456789abcdef' })).toEqual({ ok: false });
    // The reference binds the approval: another code or amount with it is not that transaction.
    expect(await terminal.reverse({ ...reversal, amountCentimes: 1 })).toEqual({ ok: false });
    expect(await terminal.reverse({ ...reversal, authorizationCode: '999999' })).toEqual({ ok: false });
    expect(await terminal.reverse(reversal)).toEqual({ ok: true });
    expect(await terminal.reverse(reversal)).toEqual({ ok: true, alreadyReversed: true });
  });

  it('reverses an approval of an earlier run (a kiosk restart), and still knows it reversed it after another restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'borne-mock-acquirer-'));
    const acquirerStateFile = join(dataDir, 'mock-acquirer.json');
    const { terminal: before, reversal } = await approvedTerminal({ acquirerStateFile });
    await before.close();

    const afterRestart = new MockPaymentTerminal(silentLogger, { ...FAST, acquirerStateFile });
    await afterRestart.open();
    expect(await afterRestart.reverse(reversal)).toEqual({ ok: true });
    await afterRestart.close();
    expect(statSync(acquirerStateFile).mode & 0o777).toBe(0o600);

    const secondRestart = new MockPaymentTerminal(silentLogger, { ...FAST, acquirerStateFile });
    await secondRestart.open();
    expect(await secondRestart.reverse(reversal)).toEqual({ ok: true, alreadyReversed: true });
  });

  it('fails the next reversal only when scripted, then reverses again', async () => {
    const { terminal, reversal } = await approvedTerminal();
    terminal.setNextReversalFails(true);
    expect(terminal.script().nextReversalFails).toBe(true);
    expect(await terminal.reverse(reversal)).toEqual({ ok: false });
    expect(terminal.script().nextReversalFails).toBe(false);
    expect(await terminal.reverse(reversal)).toEqual({ ok: true });
  });

  it('cannot reverse while unplugged', async () => {
    const { terminal, reversal } = await approvedTerminal();
    terminal.setUnplugged(true);
    expect(await terminal.reverse(reversal)).toEqual({ ok: false });
    terminal.setUnplugged(false);
    expect(await terminal.reverse(reversal)).toEqual({ ok: true });
  });

  it('issues no transaction for a declined payment', async () => {
    const terminal = new MockPaymentTerminal(silentLogger, FAST);
    await terminal.open();
    terminal.setNextOutcome('decline', { reason: 'wrong-pin' });
    expect(terminal.script()).toEqual({ next: 'decline', reason: 'wrong-pin', nextReversalFails: false });
    expect(await terminal.startPayment(REQUEST)).toEqual({ status: 'declined', reason: 'wrong-pin' });
    expect(await terminal.reverse({ authorizationCode: '000001', amountCentimes: 86_000, transactionReference: '' })).toEqual({ ok: false });
  });
});
