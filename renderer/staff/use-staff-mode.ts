// The staff mode's state for the kiosk page: listens to badges and session ends from main,
// and clears a notice after NOTICE_SECONDS.
import { useCallback, useEffect, useReducer, useRef, type Dispatch } from 'react';
import type { KioskApi } from '../../main/contract/kiosk-contract.js';
import { INITIAL_STAFF_MODE, NOTICE_SECONDS, staffModeReducer, type StaffModeAction, type StaffModeState } from './staff-mode-state.js';

export interface StaffMode {
  state: StaffModeState;
  dispatch: Dispatch<StaffModeAction>;
  /** A PIN screen or a signed-in clerk: the staff screens replace the citizen's. */
  active: boolean;
  /** The hidden gesture was made on the attract screen: ask main for a technician PIN keypad. */
  gesture: () => void;
}

export function useStaffMode(api: KioskApi, attractShown: boolean): StaffMode {
  const [state, dispatch] = useReducer(staffModeReducer, INITIAL_STAFF_MODE);
  // Read by the event listener, which is registered once.
  const attractRef = useRef(attractShown);
  useEffect(() => {
    attractRef.current = attractShown;
  }, [attractShown]);

  useEffect(() => {
    const offBadge = api.on('staff.badge', (event) => dispatch({ type: 'badge', event, attractShown: attractRef.current }));
    const offEnded = api.on('staff.sessionEnded', (event) => dispatch({ type: 'session-ended', reason: event.reason }));
    return () => {
      offBadge();
      offEnded();
    };
  }, [api]);

  const { notice, noticeSerial } = state;
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => dispatch({ type: 'notice-expired', serial: noticeSerial }), NOTICE_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [notice, noticeSerial]);

  const asking = useRef(false);
  const gesture = useCallback(() => {
    if (asking.current) return;
    asking.current = true;
    api
      .request('tech.gestureSignIn', {})
      .then((result) => dispatch({ type: 'gesture', result, attractShown: attractRef.current }))
      // Nothing to show a citizen: the technician simply makes the gesture again.
      .catch(() => undefined)
      .finally(() => {
        asking.current = false;
      });
  }, [api]);

  return { state, dispatch, active: state.phase.phase !== 'none', gesture };
}
