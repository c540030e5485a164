// Speak mode's "tap to hear, tap again to act" (ADA 707.3: every control can be told apart
// without activating it). Pure state machine; speak-mode-taps.ts wires it to the page.

/** A second tap later than this is a new first tap: the citizen may have forgotten. */
export const ARM_WINDOW_MS = 10_000;

/**
 * - `label`: an ordinary control, heard before it acts;
 * - `tone`: a masked entry (PIN or card digit key): a tone, never its label, and it acts at once;
 * - `immediate`: the speech controls themselves (speak mode, Repeat, volume): they act at once.
 */
export type TapMode = 'label' | 'tone' | 'immediate';

export type TapDecision = 'speak-label' | 'act' | 'tone-and-act';

export interface TapState<T> {
  armed: T | null;
  armedAt: number;
}

export function initialTapState<T>(): TapState<T> {
  return { armed: null, armedAt: 0 };
}

export function decideTap<T>(state: TapState<T>, target: T, mode: TapMode, now: number): { decision: TapDecision; next: TapState<T> } {
  const cleared = initialTapState<T>();
  if (mode === 'immediate') return { decision: 'act', next: cleared };
  if (mode === 'tone') return { decision: 'tone-and-act', next: cleared };
  const secondTap = state.armed === target && now - state.armedAt <= ARM_WINDOW_MS;
  if (secondTap) return { decision: 'act', next: cleared };
  return { decision: 'speak-label', next: { armed: target, armedAt: now } };
}
