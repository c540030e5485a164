// Inactivity phases as a pure function of time, so the warning and the reset can be tested
// without waiting real seconds.
export interface IdleTimings {
  warningAfterSeconds: number;
  resetAfterWarningSeconds: number;
}

/** WCAG 2.2.1: the warning comes at least this long before the reset, whatever the config says. */
export const MIN_WARNING_SECONDS = 20;

/**
 * The limits a citizen actually gets: the warning never shorter than MIN_WARNING_SECONDS, and
 * every limit multiplied by the speech layer's timeFactor (2 in speak mode: listening to a
 * screen takes longer than reading it).
 */
export function effectiveIdleTimings(timings: IdleTimings, timeFactor: number): IdleTimings {
  const factor = Math.max(1, timeFactor);
  return {
    warningAfterSeconds: timings.warningAfterSeconds * factor,
    resetAfterWarningSeconds: Math.max(MIN_WARNING_SECONDS, timings.resetAfterWarningSeconds) * factor,
  };
}

/** A result screen's countdown, longer in speak mode too. */
export function effectiveSeconds(seconds: number, timeFactor: number): number {
  return seconds * Math.max(1, timeFactor);
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
