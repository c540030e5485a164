// Ticks once a second apart from the screens, so the whole staff tree does not re-render.
import { useEffect, useState } from 'react';
import { StaffIdleWarning } from './staff-idle-warning.js';
import { staffIdlePhase } from './staff-idle.js';

export interface StaffIdleGuardProps {
  lastTapAt: number;
  idleSeconds: number;
  onContinue: () => void;
  /** Main has ended the session by now (its clock runs from a touch no later than our tap). */
  onIdleEnd: () => void;
}

export function StaffIdleGuard({ lastTapAt, idleSeconds, onContinue, onIdleEnd }: StaffIdleGuardProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const phase = staffIdlePhase(lastTapAt, now, idleSeconds);
  const ended = phase.phase === 'ended';
  useEffect(() => {
    if (ended) onIdleEnd();
  }, [ended, onIdleEnd]);
  return phase.phase === 'warning' ? <StaffIdleWarning secondsLeft={phase.secondsLeft} onContinue={onContinue} /> : null;
}
