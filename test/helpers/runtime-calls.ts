// What integration tests do to a kiosk runtime as its screens would: contract calls through
// the router, a citizen identified by a typed card number, and the mock printer's count.
import { expect } from 'vitest';
import { MockPrinter } from '../../hardware/printer/mock-printer.js';
import type { KioskRuntime } from '../../main/services/kiosk-runtime.js';

/** The specimen card number the identified citizen types (birth date 1974-08-12). */
export const TYPED_CARD_NUMBER = 'BE123456';

export async function call(rt: KioskRuntime, channel: string, payload: unknown): Promise<Record<string, unknown>> {
  const r = await rt.router.dispatch(channel, payload);
  if (!r.ok) throw Object.assign(new Error(`${channel}: ${r.error.code}`), { code: r.error.code });
  return r.value as Record<string, unknown>;
}

/** A citizen who accepted the notice and typed a card number, as the screens do it. */
export async function identifiedSession(rt: KioskRuntime): Promise<string> {
  const { sessionId } = (await call(rt, 'session.start', { language: 'fr' })) as { sessionId: string };
  await call(rt, 'privacy.consent', { sessionId });
  expect(await call(rt, 'identity.enterCardNumber', { sessionId, cardNumber: TYPED_CARD_NUMBER, birthDate: '1974-08-12' })).toMatchObject({ ok: true });
  return sessionId;
}

export function printed(rt: KioskRuntime): number {
  const printer = rt.devices.printer;
  if (!(printer instanceof MockPrinter)) throw new Error('expected the mock printer');
  return printer.printedReceipts().length;
}

export async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
