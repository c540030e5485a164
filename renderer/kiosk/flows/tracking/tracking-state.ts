// Request tracking as a pure reducer: a scanned or typed number, the lookup, the status.
import type { TrackingResult } from '../../../../main/contract/kiosk-contract.js';
import type { RequestProblem } from '../shared/flow-hooks.js';

export type TrackingStep = 'scan' | 'type' | 'looking-up' | 'status';
export type TrackingProblem = Extract<TrackingResult, { ok: false }>['problem'];
export type TrackedRequest = Extract<TrackingResult, { ok: true }>['request'];

export interface TrackingState {
  step: TrackingStep;
  typed: string;
  entry: 'scan' | 'type';
  problem: TrackingProblem | null;
  request: TrackedRequest | null;
}

export type TrackingAction =
  | { type: 'show-keyboard' }
  | { type: 'show-scanner' }
  | { type: 'type'; text: string }
  | { type: 'lookup'; from: 'scan' | 'type' }
  | { type: 'answered'; result: TrackingResult }
  | { type: 'failed'; problem: RequestProblem }
  | { type: 'another' }
  | { type: 'back' };

export const initialTrackingState: TrackingState = { step: 'scan', typed: '', entry: 'scan', problem: null, request: null };

/** Where Back leads; null leaves the procedure, 'stay' while the office is being asked. */
export function previousTrackingStep(state: TrackingState): TrackingStep | null | 'stay' {
  switch (state.step) {
    case 'scan':
      return null;
    case 'type':
      return 'scan';
    case 'looking-up':
      return 'stay';
    case 'status':
      return state.entry;
  }
}

export function acceptsTrackingScan(state: TrackingState): boolean {
  return state.step !== 'looking-up';
}

/**
 * What to send for a scanned code. Kiosk receipts hold `BORNE/<kind>/<number>` in their QR
 * and the bare number in their barcode; main decides what the code is, including a queue
 * ticket, so the code goes through as read.
 */
export function trackingNumberOf(code: string): string {
  return code.trim().slice(0, 256);
}

export function trackingReducer(state: TrackingState, action: TrackingAction): TrackingState {
  switch (action.type) {
    case 'show-keyboard':
      return state.step === 'scan' ? { ...state, step: 'type', problem: null } : state;
    case 'show-scanner':
      return state.step === 'type' ? { ...state, step: 'scan', problem: null } : state;
    case 'type':
      return { ...state, typed: action.text, problem: null };
    case 'lookup':
      if (state.step === 'looking-up') return state;
      return { ...state, step: 'looking-up', entry: action.from, problem: null, request: null };
    case 'answered':
      if (state.step !== 'looking-up') return state;
      if (action.result.ok) return { ...state, step: 'status', request: action.result.request };
      return { ...state, step: state.entry, problem: action.result.problem };
    case 'failed':
      if (state.step !== 'looking-up') return state;
      return { ...state, step: state.entry, problem: action.problem === 'unavailable' ? 'backend-unavailable' : 'backend-error' };
    case 'another':
      return state.step === 'status' ? { ...state, step: 'scan', entry: 'scan', request: null, problem: null } : state;
    case 'back': {
      const previous = previousTrackingStep(state);
      if (previous === null || previous === 'stay') return state;
      return { ...state, step: previous, problem: null, request: null };
    }
  }
}
