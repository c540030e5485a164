// Main ends a visit nobody touches past the idle limits, even when this page is frozen or
// gone; this hook tells it that the citizen is still there. Reports are throttled (at most
// one per REPORT_EVERY_MS, the last touch always reported) and carry whether speak mode has
// doubled the page's limits, so main doubles its own.
import { useEffect, useRef } from 'react';
import type { KioskApi } from '../../main/contract/kiosk-contract.js';
import { useSpeech } from '../speech/speech-control.js';

const ACTIVITY_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;
/** Below main's margin past the screen's limit (15 s), so a throttled touch is never lost. */
export const REPORT_EVERY_MS = 5000;

export function useVisitActivityReports(api: KioskApi, sessionId: string | null): void {
  const slowTimings = useSpeech().timeFactor > 1;
  const slowRef = useRef(slowTimings);
  slowRef.current = slowTimings;

  useEffect(() => {
    if (!sessionId) return undefined;
    let lastSentMs = 0;
    let trailing: number | undefined;
    const send = () => {
      trailing = undefined;
      lastSentMs = Date.now();
      // A lost report only shortens the visit to main's limit; the page's own reset comes first.
      api.request('session.touch', { sessionId, slowTimings: slowRef.current }).catch(() => undefined);
    };
    const onActivity = () => {
      if (trailing !== undefined) return;
      const wait = lastSentMs + REPORT_EVERY_MS - Date.now();
      if (wait <= 0) send();
      else trailing = window.setTimeout(send, wait);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      if (trailing !== undefined) window.clearTimeout(trailing);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [api, sessionId]);

  // Speak mode switched on or off: main's limit changes with it.
  useEffect(() => {
    if (sessionId) api.request('session.touch', { sessionId, slowTimings }).catch(() => undefined);
  }, [api, sessionId, slowTimings]);
}
