// The citizen's path through the kiosk as a pure reducer, so that every transition (and
// what a reset wipes) can be tested without a browser.
import type { Language, PrintOutcome, Ticket } from '../../main/contract/kiosk-contract.js';
import type { ProcedureId } from './flows/flow-props.js';

export type Screen = 'attract' | 'home' | 'ticket-services' | 'ticket-result' | 'procedure';

export interface TicketResult {
  ticket: Ticket;
  print: PrintOutcome;
}

export interface JourneyState {
  screen: Screen;
  language: Language;
  sessionId: string | null;
  result: TicketResult | null;
  /** The procedure running on the 'procedure' screen. */
  procedure: ProcedureId | null;
}

export type JourneyAction =
  | { type: 'session-started'; sessionId: string; language: Language }
  | { type: 'language-changed'; language: Language }
  | { type: 'navigate'; screen: Exclude<Screen, 'attract' | 'ticket-result' | 'procedure'> }
  | { type: 'open-procedure'; procedure: ProcedureId }
  | { type: 'ticket-taken'; sessionId: string; result: TicketResult }
  | { type: 'reset'; defaultLanguage: Language };

export function initialJourney(defaultLanguage: Language): JourneyState {
  return { screen: 'attract', language: defaultLanguage, sessionId: null, result: null, procedure: null };
}

export function journeyReducer(state: JourneyState, action: JourneyAction): JourneyState {
  switch (action.type) {
    case 'session-started':
      return { screen: 'home', language: action.language, sessionId: action.sessionId, result: null, procedure: null };
    case 'language-changed':
      return { ...state, language: action.language };
    case 'navigate':
      if (state.sessionId === null) return state;
      return { ...state, screen: action.screen, procedure: null };
    case 'open-procedure':
      if (state.sessionId === null) return state;
      return { ...state, screen: 'procedure', procedure: action.procedure };
    case 'ticket-taken':
      // A late answer for a session that has since ended must never reach the next citizen.
      if (action.sessionId !== state.sessionId) return state;
      return { ...state, screen: 'ticket-result', result: action.result };
    case 'reset':
      return initialJourney(action.defaultLanguage);
  }
}

/** Where Back leads; 'attract' means leaving the session. */
export function previousScreen(screen: Screen): Screen {
  switch (screen) {
    case 'ticket-result':
      return 'ticket-services';
    case 'ticket-services':
    case 'procedure':
      return 'home';
    case 'home':
    case 'attract':
      return 'attract';
  }
}
