// WCAG 2.2.1 as a citizen meets it: the warning at least 20 s before the reset, speak mode
// doubling every limit, and a tap on each warning keeping the session ten times in a row.
import { describe, expect, it } from 'vitest';
import { effectiveIdleTimings, effectiveSeconds, idlePhase, MIN_WARNING_SECONDS } from '../../../renderer/kiosk/idle-clock.js';

describe('idle limits', () => {
  it('never warns less than 20 s before the reset, whatever is configured', () => {
    const timings = effectiveIdleTimings({ warningAfterSeconds: 30, resetAfterWarningSeconds: 5 }, 1);
    expect(timings.resetAfterWarningSeconds).toBe(MIN_WARNING_SECONDS);
    expect(idlePhase(30_000, 0, timings)).toEqual({ phase: 'warning', secondsLeft: 20 });
    expect(idlePhase(49_000, 0, timings)).toEqual({ phase: 'warning', secondsLeft: 1 });
    expect(idlePhase(50_000, 0, timings)).toEqual({ phase: 'expired' });
    expect(effectiveIdleTimings({ warningAfterSeconds: 30, resetAfterWarningSeconds: 45 }, 1).resetAfterWarningSeconds).toBe(45);
  });

  it('doubles the idle delay, the warning and the result screen in speak mode', () => {
    const configured = { warningAfterSeconds: 30, resetAfterWarningSeconds: 20 };
    const spoken = effectiveIdleTimings(configured, 2);
    expect(spoken).toEqual({ warningAfterSeconds: 60, resetAfterWarningSeconds: 40 });
    // 45 s idle: a reader is already warned, a listener is not.
    expect(idlePhase(45_000, 0, effectiveIdleTimings(configured, 1)).phase).toBe('warning');
    expect(idlePhase(45_000, 0, spoken).phase).toBe('active');
    expect(idlePhase(60_000, 0, spoken)).toEqual({ phase: 'warning', secondsLeft: 40 });
    expect(effectiveSeconds(12, 2)).toBe(24);
    expect(effectiveSeconds(12, 1)).toBe(12);
  });

  it('lets a citizen extend ten times in a row, each tap giving the full time again', () => {
    const timings = effectiveIdleTimings({ warningAfterSeconds: 30, resetAfterWarningSeconds: 20 }, 2);
    let lastActivity = 0;
    let now = 0;
    for (let extension = 1; extension <= 10; extension += 1) {
      // Warned, and tapping with 1 s left: the latest a citizen can still answer.
      now = lastActivity + (timings.warningAfterSeconds + timings.resetAfterWarningSeconds - 1) * 1000;
      expect(idlePhase(now, lastActivity, timings), `warning ${extension}`).toEqual({ phase: 'warning', secondsLeft: 1 });
      lastActivity = now;
      expect(idlePhase(now, lastActivity, timings), `after tap ${extension}`).toEqual({ phase: 'active' });
    }
    expect(idlePhase(now + (timings.warningAfterSeconds + timings.resetAfterWarningSeconds) * 1000, lastActivity, timings)).toEqual({
      phase: 'expired',
    });
  });
});
