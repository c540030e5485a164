// Hooks every procedure flow needs: the app's Back button, the idle mode, the scanner, and
// requests whose answers are dropped once the flow is gone (the next citizen may be there).
import { useCallback, useEffect, useRef, useState } from 'react';
import { KioskRequestError, type KioskApi } from '../../../../main/contract/kiosk-contract.js';
import type { FlowProps, IdleMode } from '../flow-props.js';

/**
 * Registers `handler` with one of the app's buttons for as long as the flow is mounted; the
 * latest render's handler answers, so it always sees the current step.
 */
function useAppButtonHandler(register: (handler: (() => boolean) | null) => void, handler: () => boolean): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    register(() => latest.current());
    return () => register(null);
  }, [register]);
}

/** Registers `handler` as the app's Back for as long as the flow is mounted. */
export function useFlowBack(setBackHandler: FlowProps['setBackHandler'], handler: () => boolean): void {
  useAppButtonHandler(setBackHandler, handler);
}

export interface BackOrDiscard {
  /** The step Back returns to; null at the first step; 'stay' while Back must do nothing. */
  previous: () => string | null;
  back: () => void;
  /** Whether leaving now would lose something the citizen typed. */
  hasTyped: () => boolean;
}

/**
 * Back in a flow where the citizen types: closes the "discard what you typed?" dialog when it
 * is open, goes a step back when there is one, asks before typed text is left behind, and
 * otherwise lets the app go home. Returns whether the dialog is open, and its setter.
 */
export function useFlowBackOrDiscard(
  setBackHandler: FlowProps['setBackHandler'],
  { previous, back, hasTyped }: BackOrDiscard,
): [boolean, (open: boolean) => void] {
  const [confirmLeave, setConfirmLeave] = useState(false);
  useFlowBack(setBackHandler, () => {
    if (confirmLeave) {
      setConfirmLeave(false);
      return true;
    }
    const step = previous();
    if (step === 'stay') return true;
    if (step !== null) {
      back();
      return true;
    }
    if (hasTyped()) {
      setConfirmLeave(true);
      return true;
    }
    return false;
  });
  return [confirmLeave, setConfirmLeave];
}

/** Registers `guard` as what the app's Home button asks first, while the flow is mounted. */
export function useFlowLeaveGuard(setLeaveGuard: FlowProps['setLeaveGuard'], guard: () => boolean): void {
  useAppButtonHandler(setLeaveGuard, guard);
}

export function useFlowIdleMode(setIdleMode: FlowProps['setIdleMode'], mode: IdleMode): void {
  useEffect(() => setIdleMode(mode), [setIdleMode, mode]);
}

/** Codes from the barcode scanner for this session only, while `enabled`. */
export function useScannedCodes(api: KioskApi, sessionId: string, enabled: boolean, onCode: (code: string) => void): void {
  const latest = useRef(onCode);
  latest.current = onCode;
  useEffect(() => {
    if (!enabled) return undefined;
    return api.on('scanner.scanned', (event) => {
      if (event.sessionId === sessionId) latest.current(event.code);
    });
  }, [api, sessionId, enabled]);
}

/** How a failed request is told: the office unreachable, or something else went wrong. */
export type RequestProblem = 'unavailable' | 'generic';

export interface GuardedRequestHandlers<T> {
  onValue: (value: T) => void;
  onProblem: (problem: RequestProblem) => void;
}

/**
 * Runs a request and hands its answer over only while the flow is still mounted. A
 * stale-session error means the app is already resetting: nothing is shown.
 */
export function useGuardedRequest(): <T>(request: Promise<T>, handlers: GuardedRequestHandlers<T>) => void {
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  return useCallback(<T,>(request: Promise<T>, { onValue, onProblem }: GuardedRequestHandlers<T>) => {
    request.then(
      (value) => {
        if (alive.current) onValue(value);
      },
      (error: unknown) => {
        if (!alive.current) return;
        if (error instanceof KioskRequestError && error.code === 'stale-session') return;
        onProblem(error instanceof KioskRequestError && error.code === 'unavailable' ? 'unavailable' : 'generic');
      },
    );
  }, []);
}
