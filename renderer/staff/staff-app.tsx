// The staff screens, shown instead of the citizen's while a clerk signs in or is signed in.
// The clerk's language choice lasts for the staff session only.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskApi, KioskInfo, Language } from '../../main/contract/kiosk-contract.js';
import { applyDocumentLanguage } from '../i18n/kiosk-i18n.js';
import { setOfficeUtcOffset } from '../i18n/office-clock.js';
import { PinScreen } from './pin-screen.js';
import { StaffClient } from './staff-client.js';
import { StaffHome } from './staff-home.js';
import { StaffIdleGuard } from './staff-idle-guard.js';
import type { StaffModeAction, StaffPhase, StaffSession } from './staff-mode-state.js';
import { useStaffPrinterState } from './staff-printer-state.js';
import './staff.css';
import './staff-lists.css';

export interface StaffAppProps {
  api: KioskApi;
  info: KioskInfo;
  phase: Exclude<StaffPhase, { phase: 'none' }>;
  languages: readonly Language[];
  initialLanguage: Language;
  dispatch: (action: StaffModeAction) => void;
}

export function StaffApp({ api, info, phase, languages, initialLanguage, dispatch }: StaffAppProps) {
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState(initialLanguage);
  // A page may stay open for weeks: each staff visit takes the office clock's offset afresh.
  useEffect(() => {
    api
      .request('kiosk.info', {})
      .then((fresh) => setOfficeUtcOffset(fresh.officeUtcOffsetMinutes))
      .catch(() => undefined);
  }, [api]);
  useEffect(() => {
    void i18n.changeLanguage(language);
    applyDocumentLanguage(document, language);
  }, [i18n, language]);

  return (
    <div className="staff-app" data-screen={phase.phase === 'pin' ? 'staff-pin' : 'staff-home'}>
      {phase.phase === 'pin' ? (
        <PinScreen
          key={phase.attemptId}
          api={api}
          attemptId={phase.attemptId}
          displayName={phase.displayName}
          gesture={phase.gesture === true}
          timeZone={info.timeZone}
          onSignedIn={(verdict) => dispatch({ type: 'signed-in', verdict })}
          onClose={() => dispatch({ type: 'pin-closed' })}
        />
      ) : (
        <SignedIn
          key={phase.session.staffToken}
          api={api}
          session={phase.session}
          timeZone={info.timeZone}
          language={language}
          languages={languages}
          onLanguage={setLanguage}
          dispatch={dispatch}
        />
      )}
    </div>
  );
}

interface SignedInProps {
  api: KioskApi;
  session: StaffSession;
  timeZone: string;
  language: Language;
  languages: readonly Language[];
  onLanguage: (language: Language) => void;
  dispatch: (action: StaffModeAction) => void;
}

function SignedIn({ api, session, timeZone, language, languages, onLanguage, dispatch }: SignedInProps) {
  const printer = useStaffPrinterState(api);
  const client = useMemo(() => new StaffClient(api, session.staffToken, () => dispatch({ type: 'session-ended', reason: 'lost' })), [api, session.staffToken, dispatch]);
  const [lastTapAt, setLastTapAt] = useState(() => Date.now());
  const signingOut = useRef(false);

  const onTap = () => {
    setLastTapAt(Date.now());
    client.touch();
  };
  const onContinue = () => {
    setLastTapAt(Date.now());
    client.touch(true);
  };
  const onIdleEnd = useCallback(() => dispatch({ type: 'session-ended', reason: 'idle' }), [dispatch]);
  const signOut = () => {
    if (signingOut.current) return;
    signingOut.current = true;
    // Signed out on screen whatever main answers: the clerk is leaving.
    client
      .request('staff.signOut', {})
      .catch(() => undefined)
      .finally(() => dispatch({ type: 'session-ended', reason: 'signed-out' }));
  };

  return (
    <div className="staff-session" onPointerDownCapture={onTap}>
      <StaffHome client={client} timeZone={timeZone} session={session} printer={printer} language={language} languages={languages} onLanguage={onLanguage} onSignOut={signOut} />
      <StaffIdleGuard lastTapAt={lastTapAt} idleSeconds={session.idleSeconds} onContinue={onContinue} onIdleEnd={onIdleEnd} />
    </div>
  );
}
