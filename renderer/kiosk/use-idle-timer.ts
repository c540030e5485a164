import { useCallback, useEffect, useRef, useState } from 'react';
import { useSpeech } from '../speech/speech-control.js';
import { effectiveIdleTimings, effectiveSeconds, idlePhase, secondsLeft, type IdlePhase, type IdleTimings } from './idle-clock.js';

const ACTIVITY_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;
const TICK_MS = 250;

/**
 * Watches for inactivity while `enabled`: after the warning delay it reports a countdown,
 * at zero it calls onExpire once. Any touch, click or key (including on the warning itself)
 * counts as activity, so one tap is enough to continue.
 */
export function useIdleTimer(
  enabled: boolean,
  timings: IdleTimings,
  onExpire: () => void,
): { phase: IdlePhase; keepAlive: () => void } {
  const [phase, setPhase] = useState<IdlePhase>({ phase: 'active' });
  const lastActivity = useRef(Date.now());
  const onExpireRef = useRef(onExpire);
  useEffect(() => {
    onExpireRef.current = onExpire;
  }, [onExpire]);

  const { timeFactor } = useSpeech();
  const { warningAfterSeconds, resetAfterWarningSeconds } = effectiveIdleTimings(timings, timeFactor);
  useEffect(() => {
    if (!enabled) {
      setPhase({ phase: 'active' });
      return undefined;
    }
    lastActivity.current = Date.now();
    let fired = false;
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    const tick = () => {
      const next = idlePhase(Date.now(), lastActivity.current, { warningAfterSeconds, resetAfterWarningSeconds });
      setPhase((previous) => (samePhase(previous, next) ? previous : next));
      if (next.phase === 'expired' && !fired) {
        fired = true;
        onExpireRef.current();
      }
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    const interval = window.setInterval(tick, TICK_MS);
    return () => {
      window.clearInterval(interval);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [enabled, warningAfterSeconds, resetAfterWarningSeconds]);

  const keepAlive = useCallback(() => {
    lastActivity.current = Date.now();
    setPhase({ phase: 'active' });
  }, []);

  return { phase, keepAlive };
}

function samePhase(a: IdlePhase, b: IdlePhase): boolean {
  if (a.phase !== b.phase) return false;
  return a.phase !== 'warning' || b.phase !== 'warning' || a.secondsLeft === b.secondsLeft;
}

/**
 * A visible countdown of `totalSeconds` that restarts on any activity and calls onDone at
 * zero; returns the whole seconds left.
 */
export function useCountdown(active: boolean, configuredSeconds: number, onDone: () => void): number {
  const totalSeconds = effectiveSeconds(configuredSeconds, useSpeech().timeFactor);
  const [left, setLeft] = useState(totalSeconds);
  const onDoneRef = useRef(onDone);
  useEffect(() => {
    onDoneRef.current = onDone;
  }, [onDone]);
  const start = useRef(Date.now());
  const restart = useCallback(() => {
    start.current = Date.now();
  }, []);

  useEffect(() => {
    if (!active) return undefined;
    restart();
    setLeft(totalSeconds);
    let fired = false;
    const tick = () => {
      const remaining = secondsLeft(Date.now(), start.current, totalSeconds);
      setLeft(remaining);
      if (remaining === 0 && !fired) {
        fired = true;
        onDoneRef.current();
      }
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, restart, { capture: true, passive: true });
    const interval = window.setInterval(tick, TICK_MS);
    return () => {
      window.clearInterval(interval);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, restart, { capture: true });
    };
  }, [active, totalSeconds, restart]);

  return left;
}
