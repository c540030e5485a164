// Inactivity phases as a pure function of time, so the warning and the reset can be tested
// without waiting real seconds.
export interface IdleTimings {
  warningAfterSeconds: number;
  resetAfterWarningSeconds: number;
}

export type IdlePhase =
  | { phase: 'active' }
  | { phase: 'warning'; secondsLeft: number }
  | { phase: 'expired' };

export function idlePhase(nowMs: number, lastActivityMs: number, timings: IdleTimings): IdlePhase {
  const idleMs = Math.max(0, nowMs - lastActivityMs);
  const warnAtMs = timings.warningAfterSeconds * 1000;
  const resetAtMs = warnAtMs + timings.resetAfterWarningSeconds * 1000;
  if (idleMs < warnAtMs) return { phase: 'active' };
  if (idleMs >= resetAtMs) return { phase: 'expired' };
  return { phase: 'warning', secondsLeft: Math.ceil((resetAtMs - idleMs) / 1000) };
}

/** Whole seconds left of a countdown that started at startMs, never below zero. */
export function secondsLeft(nowMs: number, startMs: number, totalSeconds: number): number {
  return Math.max(0, Math.ceil((startMs + totalSeconds * 1000 - nowMs) / 1000));
}
