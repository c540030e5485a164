// Retry spacing for the outbox: doubling delays so a backend coming back is not flooded by
// every kiosk of the city at once, jittered so those kiosks do not retry in step, capped so
// a long outage is still noticed within a minute of its end.
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 60_000 };

/**
 * Delay before retry number `attempt` (1 = after the first failure): half the capped
 * exponential step for sure, plus a random share of the other half ("equal jitter").
 */
export function backoffDelayMs(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempt));
  // 2 ** 30 already dwarfs any sane cap; clamping the exponent keeps the number finite.
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(n - 1, 30));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(step / 2 + (step / 2) * r);
}
