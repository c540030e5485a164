// The staff session's idle clock, as the screen sees it. Main ends the session itself after
// idleSeconds without a touch; the screen warns WARNING_LEAD_SECONDS before, from the last tap.
export const WARNING_LEAD_SECONDS = 20;

export type StaffIdlePhase = { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'ended' };

export function staffIdlePhase(lastTapAt: number, now: number, idleSeconds: number): StaffIdlePhase {
  const idle = (now - lastTapAt) / 1000;
  if (idle >= idleSeconds) return { phase: 'ended' };
  if (idle >= Math.max(0, idleSeconds - WARNING_LEAD_SECONDS)) return { phase: 'warning', secondsLeft: Math.ceil(idleSeconds - idle) };
  return { phase: 'active' };
}
