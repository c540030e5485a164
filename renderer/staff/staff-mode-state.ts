// Which staff screen shows, as a pure reducer so that every badge and verdict case can be
// tested without a browser. A badge is only honoured on the attract screen: main already
// keeps badges away from a citizen's visit, and a clerk already signed in is not replaced.
import type { PinVerdictView, ResponseOf, StaffAccountView, StaffBadgeEvent, StaffSessionEndReason } from '../../main/contract/kiosk-contract.js';

export type GestureSignInResult = ResponseOf<'tech.gestureSignIn'>;

type StaffRoleView = StaffAccountView['role'];

export type StaffNotice =
  /** `gesture`: the technician PIN behind the hidden gesture is locked, not a badge. */
  | { kind: 'locked'; until: string; gesture?: true }
  | { kind: 'unknown' }
  | { kind: 'unreadable' }
  /** 'lost': a request answered that the token is no longer valid. */
  | { kind: 'session-ended'; reason: StaffSessionEndReason | 'lost' };

export interface StaffSession {
  staffToken: string;
  displayName: string;
  role: StaffRoleView;
  idleSeconds: number;
}

export type StaffPhase =
  | { phase: 'none' }
  /** `gesture`: opened by the hidden gesture, checked against every technician's PIN. */
  | { phase: 'pin'; attemptId: string; displayName: string; role: StaffRoleView; gesture?: true }
  | { phase: 'session'; session: StaffSession };

export interface StaffModeState {
  phase: StaffPhase;
  notice: StaffNotice | null;
  /** Bumped with each notice so that its 6-second timer restarts for a repeated one. */
  noticeSerial: number;
}

export type StaffModeAction =
  | { type: 'badge'; event: StaffBadgeEvent; attractShown: boolean }
  | { type: 'gesture'; result: GestureSignInResult; attractShown: boolean }
  | { type: 'signed-in'; verdict: Extract<PinVerdictView, { kind: 'ok' }> }
  | { type: 'pin-closed' }
  | { type: 'session-ended'; reason: StaffSessionEndReason | 'lost' }
  | { type: 'notice-expired'; serial: number };

export const INITIAL_STAFF_MODE: StaffModeState = { phase: { phase: 'none' }, notice: null, noticeSerial: 0 };

/** How long a badge message or an end-of-session notice stays on the attract screen. */
export const NOTICE_SECONDS = 6;

function withNotice(state: StaffModeState, notice: StaffNotice): StaffModeState {
  return { ...state, notice, noticeSerial: state.noticeSerial + 1 };
}

export function staffModeReducer(state: StaffModeState, action: StaffModeAction): StaffModeState {
  switch (action.type) {
    case 'badge': {
      const { phase } = state.phase;
      if (phase === 'session' || (phase === 'none' && !action.attractShown)) return state;
      const event = action.event;
      if (event.kind === 'sign-in') {
        // A new badge on the PIN screen starts over with the new attempt (main dropped the old one).
        return { ...state, notice: null, phase: { phase: 'pin', attemptId: event.attemptId, displayName: event.displayName, role: event.role } };
      }
      return withNotice(state, event.kind === 'locked' ? { kind: 'locked', until: event.until } : { kind: event.kind });
    }
    case 'gesture': {
      if (state.phase.phase !== 'none' || !action.attractShown) return state;
      const result = action.result;
      // 'unavailable' shows nothing: a citizen who stumbled on the gesture must not learn of it.
      if (result.kind === 'unavailable') return state;
      if (result.kind === 'locked') return withNotice(state, { kind: 'locked', until: result.until, gesture: true });
      return { ...state, notice: null, phase: { phase: 'pin', attemptId: result.attemptId, displayName: '', role: 'technician', gesture: true } };
    }
    case 'signed-in': {
      if (state.phase.phase !== 'pin') return state;
      const { staffToken, account, idleSeconds } = action.verdict;
      return { ...state, notice: null, phase: { phase: 'session', session: { staffToken, ...account, idleSeconds } } };
    }
    case 'pin-closed':
      return state.phase.phase === 'pin' ? { ...state, phase: { phase: 'none' } } : state;
    case 'session-ended':
      if (state.phase.phase !== 'session') return state;
      return withNotice({ ...state, phase: { phase: 'none' } }, { kind: 'session-ended', reason: action.reason });
    case 'notice-expired':
      return action.serial === state.noticeSerial ? { ...state, notice: null } : state;
  }
}
