// Legalisation and certified copies: which service, what to bring, then a queue ticket for
// that counter. A pure reducer so that Back and the late-answer rule are tested without React.
import type { PrintOutcome, Ticket } from '../../../../main/contract/kiosk-contract.js';

export type LegalService = 'legalisation' | 'certified-copies';
export type LegalStep = 'choose' | 'checklist' | 'taking' | 'result';

export interface LegalState {
  step: LegalStep;
  service: LegalService | null;
  problem: 'unavailable' | 'generic' | null;
  result: { ticket: Ticket; print: PrintOutcome } | null;
}

export type LegalAction =
  | { type: 'service-chosen'; service: LegalService }
  | { type: 'take-started' }
  | { type: 'ticket-taken'; ticket: Ticket; print: PrintOutcome }
  | { type: 'take-failed'; problem: 'unavailable' | 'generic' }
  | { type: 'back' };

export const initialLegalState: LegalState = { step: 'choose', service: null, problem: null, result: null };

/** What each service asks the citizen to bring, in the order they are shown and printed. */
export const CHECKLISTS: Record<LegalService, readonly ChecklistItem[]> = {
  legalisation: ['unsigned-document', 'original-cnie'],
  'certified-copies': ['original-document', 'photocopies', 'original-cnie'],
};
export type ChecklistItem = 'unsigned-document' | 'original-cnie' | 'original-document' | 'photocopies';

/** Where Back leads; null to let the app leave the procedure. */
export function previousLegalStep(step: LegalStep): LegalStep | null {
  switch (step) {
    case 'choose':
    case 'result':
      return null;
    case 'checklist':
      return 'choose';
    case 'taking':
      // The ticket is being printed: Back waits for it.
      return 'taking';
  }
}

export function legalReducer(state: LegalState, action: LegalAction): LegalState {
  switch (action.type) {
    case 'service-chosen':
      if (state.step !== 'choose') return state;
      return { ...state, step: 'checklist', service: action.service, problem: null };
    case 'take-started':
      if (state.step !== 'checklist' || !state.service) return state;
      return { ...state, step: 'taking', problem: null };
    case 'ticket-taken':
      if (state.step !== 'taking') return state;
      return { ...state, step: 'result', result: { ticket: action.ticket, print: action.print } };
    case 'take-failed':
      if (state.step !== 'taking') return state;
      return { ...state, step: 'checklist', problem: action.problem };
    case 'back': {
      const target = previousLegalStep(state.step);
      if (target === null || target === state.step) return state;
      return { ...state, step: target, problem: null };
    }
  }
}
