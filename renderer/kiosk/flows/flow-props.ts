// What the kiosk app gives a procedure's flow. A flow keeps its steps and everything the
// citizen entered in its own React state: when the session ends the app unmounts it, and the
// data goes with it. It talks to main only through the contract, and always with its sessionId,
// so that main can refuse an answer meant for a citizen who has left.
import type { KioskApi, KioskInfo, Language } from '../../../main/contract/kiosk-contract.js';

export const PROCEDURE_IDS = ['civil-status', 'legalisation', 'report', 'tax', 'tracking'] as const;
export type ProcedureId = (typeof PROCEDURE_IDS)[number];

/** How a flow asks the app to time it out. */
export type IdleMode =
  /** The normal warning then reset, on every step where the citizen is expected to act. */
  | 'normal'
  /**
   * No idle reset, and Back and Home held with a notice: the kiosk itself is working
   * (submitting, looking up, the payment terminal's own clock), and its answer and receipt
   * must come with their result on screen, never behind another screen.
   */
  | 'paused'
  /** A final result: the app counts `resultScreenSeconds` down, then ends the session. */
  | 'result';

export interface FlowProps {
  api: KioskApi;
  sessionId: string;
  language: Language;
  info: KioskInfo;
  /** Seconds left on a result step (idle mode 'result'), for the "back to start in N s" line. */
  resultSecondsLeft: number;
  /** 'home': back to the home screen; 'done': the citizen has finished, end the session. */
  onExit(to: 'home' | 'done'): void;
  setIdleMode(mode: IdleMode): void;
  /**
   * The app's Back button calls this first; return true when the flow went one step back
   * itself, false to let the app leave the procedure for the home screen. Pass null on unmount.
   */
  setBackHandler(handler: (() => boolean) | null): void;
  /**
   * The app's Home button calls this first; return true when the flow holds the citizen back
   * itself (e.g. asks before discarding a typed description). Pass null on unmount.
   */
  setLeaveGuard(guard: (() => boolean) | null): void;
}
