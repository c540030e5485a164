// Everything the kiosk screens can do, wired to the KioskApi. Screens stay presentational.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import {
  KioskRequestError,
  type KioskApi,
  type KioskInfo,
  type Language,
  type QueueService,
  type ServiceId,
} from '../../main/contract/kiosk-contract.js';
import type { ProcedureId } from './flows/flow-props.js';
import { setOfficeUtcOffset } from '../i18n/office-clock.js';
import { initialJourney, journeyReducer, previousScreen, type JourneyState } from './journey-state.js';

/** What a citizen is told when something fails: never the technical detail. */
export type ProblemKind = 'unavailable' | 'generic';

export interface KioskProblem {
  kind: ProblemKind;
  retry: () => void;
}

export type Busy = { what: 'start' } | { what: 'ticket'; serviceId: ServiceId } | null;

export interface KioskController {
  info: KioskInfo | null;
  /** Set when kiosk.info itself failed: nothing else can be shown. */
  startupProblem: KioskProblem | null;
  journey: JourneyState;
  services: QueueService[] | null;
  servicesLoading: boolean;
  busy: Busy;
  problem: KioskProblem | null;
  start(language: Language): void;
  changeLanguage(language: Language): void;
  back(): void;
  home(): void;
  openTicket(): void;
  openProcedure(procedure: ProcedureId): void;
  /** Back to the home screen without asking the flow (the flow itself decided to leave). */
  leaveProcedure(): void;
  /** Set by the running flow: the app's Back button asks it first. */
  setFlowBackHandler(handler: (() => boolean) | null): void;
  /** Set by the running flow: the app's Home button asks it first. */
  setFlowLeaveGuard(guard: (() => boolean) | null): void;
  takeTicket(serviceId: ServiceId): void;
  finish(reason: 'done' | 'idle' | 'cancel'): void;
}

export function problemKindOf(error: unknown): ProblemKind {
  return error instanceof KioskRequestError && error.code === 'unavailable' ? 'unavailable' : 'generic';
}

function isStaleSession(error: unknown): boolean {
  return error instanceof KioskRequestError && error.code === 'stale-session';
}

export function useKioskController(api: KioskApi, initialLanguage: Language): KioskController {
  const [info, setInfo] = useState<KioskInfo | null>(null);
  const [startupProblem, setStartupProblem] = useState<KioskProblem | null>(null);
  const [journey, dispatch] = useReducer(journeyReducer, initialLanguage, initialJourney);
  const [services, setServices] = useState<QueueService[] | null>(null);
  const [servicesLoading, setServicesLoading] = useState(false);
  const [busy, setBusyState] = useState<Busy>(null);
  const [problem, setProblem] = useState<KioskProblem | null>(null);

  // Async callbacks read these rather than render-time state, which may be stale by then.
  const sessionRef = useRef<string | null>(null);
  const busyRef = useRef<Busy>(null);
  const languageRef = useRef<Language>(initialLanguage);
  const languageSynced = useRef(true);
  const defaultLanguageRef = useRef<Language>(initialLanguage);
  const servicesRef = useRef<QueueService[] | null>(null);
  const flowBackRef = useRef<(() => boolean) | null>(null);
  const flowLeaveGuardRef = useRef<(() => boolean) | null>(null);

  const setBusy = useCallback((value: Busy) => {
    busyRef.current = value;
    setBusyState(value);
  }, []);

  const resetToAttract = useCallback(() => {
    sessionRef.current = null;
    flowBackRef.current = null;
    flowLeaveGuardRef.current = null;
    languageRef.current = defaultLanguageRef.current;
    languageSynced.current = true;
    setProblem(null);
    dispatch({ type: 'reset', defaultLanguage: defaultLanguageRef.current });
  }, []);

  const refreshServices = useCallback(async (): Promise<void> => {
    setServicesLoading(true);
    setProblem(null);
    try {
      const loaded = await api.request('queue.services', {});
      servicesRef.current = loaded;
      setServices(loaded);
    } catch (error) {
      // Slightly stale counts are better than an error while a list is already on screen.
      if (servicesRef.current === null) {
        setProblem({ kind: problemKindOf(error), retry: () => void refreshServices() });
      }
    } finally {
      setServicesLoading(false);
    }
  }, [api]);

  const loadInfo = useCallback(async (): Promise<void> => {
    setStartupProblem(null);
    try {
      // A (re)loaded page shows no visit: main ends the one it may still hold (a crash, a
      // reload mid-visit) before this page offers to start another.
      await api.request('kiosk.pageLoaded', {});
      const loaded = await api.request('kiosk.info', {});
      defaultLanguageRef.current = loaded.defaultLanguage;
      setOfficeUtcOffset(loaded.officeUtcOffsetMinutes);
      setInfo(loaded);
      resetToAttract();
      void refreshServices();
    } catch (error) {
      setStartupProblem({ kind: problemKindOf(error), retry: () => void loadInfo() });
    }
  }, [api, resetToAttract, refreshServices]);

  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);

  useEffect(
    () =>
      api.on('session.expired', ({ sessionId }) => {
        if (sessionId === sessionRef.current) resetToAttract();
      }),
    [api, resetToAttract],
  );

  const start = useCallback(
    async (language: Language): Promise<void> => {
      if (busyRef.current || sessionRef.current) return;
      setBusy({ what: 'start' });
      setProblem(null);
      languageRef.current = language;
      dispatch({ type: 'language-changed', language });
      try {
        const { sessionId } = await api.request('session.start', { language });
        sessionRef.current = sessionId;
        languageSynced.current = languageRef.current === language;
        dispatch({ type: 'session-started', sessionId, language: languageRef.current });
      } catch (error) {
        setProblem({ kind: problemKindOf(error), retry: () => void start(languageRef.current) });
      } finally {
        setBusy(null);
      }
    },
    [api, setBusy],
  );

  const changeLanguage = useCallback(
    (language: Language) => {
      languageRef.current = language;
      dispatch({ type: 'language-changed', language });
      const sessionId = sessionRef.current;
      if (!sessionId) return;
      languageSynced.current = false;
      api.request('session.setLanguage', { sessionId, language }).then(
        () => {
          if (sessionRef.current === sessionId && languageRef.current === language) languageSynced.current = true;
        },
        (error: unknown) => {
          if (isStaleSession(error) && sessionRef.current === sessionId) resetToAttract();
          // Otherwise takeTicket sends the language again before printing.
        },
      );
    },
    [api, resetToAttract],
  );

  const finish = useCallback(
    (reason: 'done' | 'idle' | 'cancel') => {
      const sessionId = sessionRef.current;
      if (sessionId) {
        api.request('session.end', { sessionId, reason }).catch(() => {
          // Main expires abandoned sessions by itself; the screen must reset regardless.
        });
      }
      resetToAttract();
    },
    [api, resetToAttract],
  );

  const takeTicket = useCallback(
    async (serviceId: ServiceId): Promise<void> => {
      const sessionId = sessionRef.current;
      if (!sessionId || busyRef.current) return;
      setBusy({ what: 'ticket', serviceId });
      setProblem(null);
      try {
        if (!languageSynced.current) {
          await api.request('session.setLanguage', { sessionId, language: languageRef.current });
          languageSynced.current = true;
        }
        const result = await api.request('queue.takeTicket', { sessionId, serviceId });
        dispatch({ type: 'ticket-taken', sessionId, result });
      } catch (error) {
        if (sessionRef.current !== sessionId) return;
        if (isStaleSession(error)) resetToAttract();
        else setProblem({ kind: problemKindOf(error), retry: () => void takeTicket(serviceId) });
      } finally {
        setBusy(null);
      }
    },
    [api, resetToAttract, setBusy],
  );

  const openTicket = useCallback(() => {
    setProblem(null);
    dispatch({ type: 'navigate', screen: 'ticket-services' });
    void refreshServices();
  }, [refreshServices]);

  const openProcedure = useCallback((procedure: ProcedureId) => {
    setProblem(null);
    flowBackRef.current = null;
    dispatch({ type: 'open-procedure', procedure });
  }, []);

  const setFlowBackHandler = useCallback((handler: (() => boolean) | null) => {
    flowBackRef.current = handler;
  }, []);

  const setFlowLeaveGuard = useCallback((guard: (() => boolean) | null) => {
    flowLeaveGuardRef.current = guard;
  }, []);

  const goHome = useCallback(() => {
    setProblem(null);
    flowBackRef.current = null;
    flowLeaveGuardRef.current = null;
    dispatch({ type: 'navigate', screen: 'home' });
  }, []);

  const home = useCallback(() => {
    if (busyRef.current) return;
    if (journey.screen === 'procedure' && flowLeaveGuardRef.current?.()) return;
    goHome();
  }, [journey.screen, goHome]);

  const back = useCallback(() => {
    if (busyRef.current) return;
    if (journey.screen === 'procedure' && flowBackRef.current?.()) return;
    const target = previousScreen(journey.screen);
    if (target === 'attract') finish('cancel');
    else if (target === 'ticket-services') openTicket();
    else goHome();
  }, [journey.screen, finish, openTicket, goHome]);

  return {
    info,
    startupProblem,
    journey,
    services,
    servicesLoading,
    busy,
    problem,
    start: (language) => void start(language),
    changeLanguage,
    back,
    home,
    openTicket,
    openProcedure,
    setFlowBackHandler,
    setFlowLeaveGuard,
    leaveProcedure: goHome,
    takeTicket: (serviceId) => void takeTicket(serviceId),
    finish,
  };
}
