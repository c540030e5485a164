import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type KioskApi, type Language } from '../../main/contract/kiosk-contract.js';
import { officeNameIn } from '../../main/contract/office-names.js';
import { applyDocumentLanguage } from '../i18n/kiosk-i18n.js';
import { IdleWarning } from './components/idle-warning.js';
import { LanguageBar } from './components/language-bar.js';
import { NavBar } from './components/nav-bar.js';
import { ProblemPanel } from './components/problem-panel.js';
import { StartupView } from './components/startup-view.js';
import { AttractScreen } from './screens/attract-screen.js';
import { HomeScreen } from './screens/home-screen.js';
import { TicketResultScreen } from './screens/ticket-result-screen.js';
import { TicketServiceScreen } from './screens/ticket-service-screen.js';
import type { IdleMode } from './flows/flow-props.js';
import { FLOWS } from './flows/flow-registry.js';
import { useCountdown, useIdleTimer } from './use-idle-timer.js';
import { useKioskController } from './use-kiosk-controller.js';
import { useVisitActivityReports } from './use-visit-activity.js';
import { StaffNoticeBanner } from '../staff/staff-notice.js';
import { useStaffMode } from '../staff/use-staff-mode.js';
import { usePrinterProblem } from './use-printer-state.js';
import { DisplaySettings } from '../display/display-settings.js';
import { useDisplayReset } from '../display/display-store.js';
import { SpeechBar } from '../speech/speech-bar.js';
import { useSpeechReset } from '../speech/use-speech-reset.js';
import { ReceiptAnnouncer } from '../speech/receipt-announcer.js';
import { DevicePlacementContext } from './guidance/device-placement-context.js';

// Staff screens are a separate chunk: a citizen's page never loads them; a badge does.
const StaffApp = lazy(() => import('../staff/staff-app.js').then((m) => ({ default: m.StaffApp })));

// Only used until kiosk.info answers; the idle timer is off on the screens shown before that.
const FALLBACK_IDLE = { warningAfterSeconds: 60, resetAfterWarningSeconds: 30, resultScreenSeconds: 15 };

export function KioskApp({ api, initialLanguage }: { api: KioskApi; initialLanguage: Language }) {
  const controller = useKioskController(api, initialLanguage);
  const printerProblem = usePrinterProblem(api);
  const { info, journey, busy } = controller;
  // The office's own name in the language on screen (Arabic for Tamazight, French for English when it has none).
  const officeName = info ? officeNameIn(info.officeNames, journey.language) : '';
  const { i18n, t } = useTranslation();
  const staff = useStaffMode(api, journey.screen === 'attract');
  useVisitActivityReports(api, journey.sessionId);
  // Text size, contrast and layout were the last citizen's: the attract screen clears them.
  useDisplayReset(journey.screen === 'attract');
  useSpeechReset(journey.screen === 'attract');

  // The staff screens own the page's language while they show (the clerk may switch it); when
  // they close, the citizen's language comes back.
  useEffect(() => {
    if (staff.active) return;
    void i18n.changeLanguage(journey.language);
    applyDocumentLanguage(document, journey.language);
  }, [i18n, journey.language, staff.active]);

  const timings = info?.idle ?? FALLBACK_IDLE;
  const screen = journey.screen;
  const [flowIdleMode, setFlowIdleMode] = useState<IdleMode>('normal');
  useEffect(() => setFlowIdleMode('normal'), [journey.procedure, journey.sessionId]);
  const inFlow = screen === 'procedure';
  const idle = useIdleTimer(
    info !== null &&
      busy === null &&
      (screen === 'home' || screen === 'ticket-services' || (inFlow && flowIdleMode === 'normal')),
    timings,
    () => controller.finish('idle'),
  );
  const showsResult = screen === 'ticket-result' || (inFlow && flowIdleMode === 'result');
  const resultSecondsLeft = useCountdown(showsResult, timings.resultScreenSeconds, () => controller.finish('done'));
  const Flow = inFlow && journey.procedure ? FLOWS[journey.procedure] : null;
  // While the kiosk works for the citizen (sending to the office, looking up, paying), Back and
  // Home are held: the answer, and its receipt, always come with their result on screen. The
  // office's wait is bounded (office.requestTimeoutMs, then the outbox and a pending receipt).
  const held = inFlow && flowIdleMode === 'paused';

  if (!info) return <StartupView problem={controller.startupProblem} />;

  const languages = LANGUAGES.filter((language) => info.languages.includes(language));
  const shownLanguages = languages.length > 0 ? languages : LANGUAGES;
  const staffPhase = staff.state.phase;
  const staffNotice = staff.state.notice ? <StaffNoticeBanner notice={staff.state.notice} timeZone={info.timeZone} /> : null;

  if (staffPhase.phase !== 'none') {
    return (
      <>
        <Suspense fallback={null}>
          <StaffApp api={api} info={info} phase={staffPhase} languages={shownLanguages} initialLanguage={journey.language} dispatch={staff.dispatch} />
        </Suspense>
        {staffNotice}
      </>
    );
  }

  return (
    <div className="kiosk" data-screen={screen}>
      {screen !== 'attract' ? (
        <header className="top-bar">
          <p className="office-name">{officeName}</p>
          <LanguageBar
            size="compact"
            languages={shownLanguages}
            current={journey.language}
            onSelect={controller.changeLanguage}
          />
          <DisplaySettings size="compact" />
        </header>
      ) : null}
      <DevicePlacementContext.Provider value={info.devicePlacement}>
      <main className="screen-area">
        {screen === 'attract' ? (
          <AttractScreen
            officeName={officeName}
            language={journey.language}
            languages={shownLanguages}
            starting={busy?.what === 'start'}
            onStart={controller.start}
            onCornerGesture={staff.gesture}
          />
        ) : null}
        {screen === 'attract' ? staffNotice : null}
        {screen === 'home' ? (
          <HomeScreen onTicket={controller.openTicket} onProcedure={controller.openProcedure} printerProblem={printerProblem} />
        ) : null}
        {Flow && journey.sessionId ? (
          <Flow
            // A new session or procedure is a fresh component: nothing typed before survives.
            key={`${journey.sessionId}/${journey.procedure}`}
            api={api}
            sessionId={journey.sessionId}
            language={journey.language}
            info={info}
            resultSecondsLeft={resultSecondsLeft}
            onExit={(to) => (to === 'done' ? controller.finish('done') : controller.leaveProcedure())}
            setIdleMode={setFlowIdleMode}
            setBackHandler={controller.setFlowBackHandler}
            setLeaveGuard={controller.setFlowLeaveGuard}
          />
        ) : null}
        {screen === 'ticket-services' ? (
          <TicketServiceScreen
            services={controller.services}
            loading={controller.servicesLoading}
            busyServiceId={busy?.what === 'ticket' ? busy.serviceId : null}
            onTake={controller.takeTicket}
          />
        ) : null}
        {screen === 'ticket-result' && journey.result ? (
          <TicketResultScreen
            result={journey.result}
            secondsLeft={resultSecondsLeft}
            onDone={() => controller.finish('done')}
          />
        ) : null}
        {controller.problem ? (
          <div className="problem-layer">
            <ProblemPanel problem={controller.problem} />
          </div>
        ) : null}
      </main>
      </DevicePlacementContext.Provider>
      {held ? (
        <p className="nav-held-notice" role="status" data-testid="nav-held-notice">
          {t('nav.held')}
        </p>
      ) : null}
      {screen !== 'attract' ? (
        <NavBar
          onBack={controller.back}
          onHome={controller.home}
          onHomeScreen={screen === 'home'}
          noBack={showsResult}
          middle={<SpeechBar language={journey.language} />}
          disabled={busy !== null || held}
        />
      ) : null}
      {idle.phase.phase === 'warning' ? (
        <IdleWarning secondsLeft={idle.phase.secondsLeft} onContinue={idle.keepAlive} />
      ) : null}
      <ReceiptAnnouncer api={api} sessionId={journey.sessionId} language={journey.language} />
    </div>
  );
}
