// The steps of a public-space report as a pure reducer: which step follows which, what Back
// does, where a refusal sends the citizen, and that nothing typed is lost on the way.
import {
  REPORT_DESCRIPTION_MAX_LENGTH,
  REPORT_LANDMARK_MAX_LENGTH,
  type PrintOutcome,
  type REPORT_CATEGORY_IDS,
  type REPORT_KIND_IDS,
  type ReportReceiptView,
  type ReportSubmit,
  type ReportSubmitResult,
} from '../../../../main/contract/kiosk-contract.js';
import type { RequestProblem } from '../shared/flow-hooks.js';

export type ReportKind = (typeof REPORT_KIND_IDS)[number];
export type ReportCategory = (typeof REPORT_CATEGORY_IDS)[number];
export type ReportField = NonNullable<Extract<ReportSubmitResult, { outcome: 'refused' }>['field']>;
export type ReportRefusalReason = Extract<ReportSubmitResult, { outcome: 'refused' }>['reason'];

export type ReportStep =
  | 'privacy'
  | 'kind'
  | 'category'
  | 'arrondissement'
  | 'neighbourhood'
  | 'landmark'
  | 'description'
  | 'contact'
  | 'phone'
  | 'summary'
  | 'submitting'
  | 'result';

export type ReportProblem =
  | { type: 'refused'; reason: ReportRefusalReason; field?: ReportField }
  | { type: 'request'; problem: RequestProblem }
  /** Checked on the kiosk before anything is sent. */
  | { type: 'missing'; field: 'description' | 'phone' };

export interface ReportState {
  step: ReportStep;
  kind: ReportKind | null;
  category: ReportCategory | null;
  arrondissementId: string | null;
  /** The kiosk's own arrondissement, not yet changed: the list of all of them is skipped. */
  arrondissementPreset: boolean;
  neighbourhoodId: string | null;
  landmark: string;
  description: string;
  /** null until the citizen has answered "follow-up by SMS?". */
  wantsSms: boolean | null;
  phone: string;
  /** Given by the tap on "follow by SMS" itself, whose words say what it agrees to; never preset. */
  smsConsent: boolean;
  /** After "change" on the summary or a refusal, the next step is the summary again. */
  returnToSummary: boolean;
  problem: ReportProblem | null;
  result: { receipt: ReportReceiptView; print: PrintOutcome } | null;
}

export type ReportAction =
  | { type: 'consented' }
  | { type: 'choose-kind'; kind: ReportKind }
  | { type: 'choose-category'; category: ReportCategory }
  /** The places list has come: a configured arrondissement it does not hold is forgotten. */
  | { type: 'places-loaded'; arrondissementIds: readonly string[] }
  /** From the neighbourhoods of the preselected arrondissement, the list of all of them. */
  | { type: 'other-arrondissement' }
  | { type: 'choose-arrondissement'; id: string }
  | { type: 'choose-neighbourhood'; id: string }
  | { type: 'type-landmark'; text: string }
  | { type: 'landmark-done' }
  | { type: 'type-description'; text: string }
  | { type: 'description-done' }
  | { type: 'choose-sms'; wanted: boolean }
  | { type: 'type-phone'; text: string }
  | { type: 'phone-done'; phoneValid: boolean }
  | { type: 'change'; step: 'kind' | 'category' | 'arrondissement' | 'landmark' | 'description' | 'contact' }
  | { type: 'back' }
  | { type: 'submit' }
  | { type: 'answered'; result: ReportSubmitResult }
  | { type: 'request-failed'; problem: RequestProblem };

export const initialReportState: ReportState = {
  step: 'privacy',
  kind: null,
  category: null,
  arrondissementId: null,
  arrondissementPreset: false,
  neighbourhoodId: null,
  landmark: '',
  description: '',
  wantsSms: null,
  phone: '',
  smsConsent: false,
  returnToSummary: false,
  problem: null,
  result: null,
};

/** A new report, with the kiosk's own arrondissement already chosen when it is configured. */
export function reportStateFor(kioskArrondissementId: string | null | undefined): ReportState {
  return kioskArrondissementId
    ? { ...initialReportState, arrondissementId: kioskArrondissementId, arrondissementPreset: true }
    : initialReportState;
}

/** The step where a refused field is put right. */
export function stepForField(field: ReportField | undefined): ReportStep {
  switch (field) {
    case 'kind':
      return 'kind';
    case 'category':
      return 'category';
    case 'place':
      return 'arrondissement';
    case 'landmark':
      return 'landmark';
    case 'description':
      return 'description';
    case 'phone':
      return 'phone';
    case 'smsConsent':
      return 'contact';
    case undefined:
      return 'summary';
  }
}

/** Where Back leads from a step; null means leaving the procedure. */
export function previousStep(state: ReportState): ReportStep | null {
  // A neighbourhood step for a newly chosen arrondissement must be answered before the summary.
  const placeIncomplete = state.step === 'neighbourhood' && state.neighbourhoodId === null;
  if (state.returnToSummary && state.step !== 'summary' && !placeIncomplete) return 'summary';
  switch (state.step) {
    case 'privacy':
    case 'kind':
    case 'result':
      return null;
    case 'category':
      return 'kind';
    case 'arrondissement':
      return 'category';
    case 'neighbourhood':
      return state.arrondissementPreset ? 'category' : 'arrondissement';
    case 'landmark':
      return 'neighbourhood';
    case 'description':
      return 'landmark';
    case 'contact':
      return 'description';
    case 'phone':
      return 'contact';
    case 'summary':
      return state.wantsSms ? 'phone' : 'contact';
    case 'submitting':
      return 'submitting';
  }
}

/** Whether leaving now would throw away something the citizen typed. */
export function hasTypedText(state: ReportState): boolean {
  return state.landmark.trim() !== '' || state.description.trim() !== '' || state.phone !== '';
}

function forward(state: ReportState, next: ReportStep, changes: Partial<ReportState> = {}): ReportState {
  const merged = { ...state, ...changes, problem: null };
  return merged.returnToSummary ? { ...merged, step: 'summary', returnToSummary: false } : { ...merged, step: next };
}

function clip(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('');
}

export function reportReducer(state: ReportState, action: ReportAction): ReportState {
  // Nothing changes while the report is being sent, and the receipt is final.
  if ((state.step === 'submitting' && action.type !== 'answered' && action.type !== 'request-failed') || state.step === 'result') {
    return state;
  }
  switch (action.type) {
    case 'consented':
      return state.step === 'privacy' ? forward(state, 'kind') : state;
    case 'choose-kind':
      return forward(state, 'category', { kind: action.kind });
    case 'choose-category':
      return forward(state, state.arrondissementId ? 'neighbourhood' : 'arrondissement', { category: action.category });
    case 'places-loaded':
      if (!state.arrondissementPreset || action.arrondissementIds.includes(state.arrondissementId ?? '')) return state;
      return {
        ...state,
        arrondissementId: null,
        arrondissementPreset: false,
        neighbourhoodId: null,
        step: state.step === 'neighbourhood' ? 'arrondissement' : state.step,
      };
    case 'other-arrondissement':
      return state.step === 'neighbourhood' ? { ...state, step: 'arrondissement', problem: null } : state;
    case 'choose-arrondissement': {
      const same = action.id === state.arrondissementId;
      // A neighbourhood always belongs to the arrondissement chosen just before it.
      return {
        ...state,
        step: 'neighbourhood',
        arrondissementId: action.id,
        arrondissementPreset: false,
        neighbourhoodId: same ? state.neighbourhoodId : null,
        problem: null,
      };
    }
    case 'choose-neighbourhood':
      return forward(state, 'landmark', { neighbourhoodId: action.id });
    case 'type-landmark':
      return { ...state, landmark: clip(action.text, REPORT_LANDMARK_MAX_LENGTH) };
    case 'landmark-done':
      return forward(state, 'description');
    case 'type-description':
      return { ...state, description: clip(action.text, REPORT_DESCRIPTION_MAX_LENGTH), problem: state.problem?.type === 'missing' ? null : state.problem };
    case 'description-done':
      if (state.description.trim() === '') return { ...state, problem: { type: 'missing', field: 'description' } };
      return forward(state, 'contact');
    case 'choose-sms':
      if (!action.wanted) return forward(state, 'summary', { wantsSms: false, phone: '', smsConsent: false });
      // The tile says "text me news of this report": tapping it is the consent.
      return { ...state, step: 'phone', wantsSms: true, smsConsent: true, problem: null };
    case 'type-phone':
      return { ...state, phone: action.text, problem: state.problem?.type === 'missing' ? null : state.problem };
    case 'phone-done':
      if (!action.phoneValid) return { ...state, problem: { type: 'missing', field: 'phone' } };
      return forward(state, 'summary');
    case 'change': {
      // The place is changed from its neighbourhoods, where the whole list is one tap away.
      const step = action.step === 'arrondissement' && state.arrondissementId ? 'neighbourhood' : action.step;
      return { ...state, step, returnToSummary: true, problem: null };
    }
    case 'back': {
      const previous = previousStep(state);
      if (previous === null || previous === state.step) return state;
      return { ...state, step: previous, returnToSummary: previous === 'summary' ? false : state.returnToSummary, problem: null };
    }
    case 'submit':
      return state.step === 'summary' && toSubmission(state, 'x') ? { ...state, step: 'submitting', problem: null } : state;
    case 'answered':
      if (state.step !== 'submitting') return state;
      if (action.result.outcome === 'submitted') {
        return { ...state, step: 'result', problem: null, result: { receipt: action.result.receipt, print: action.result.print } };
      }
      return refused(state, action.result.reason, action.result.field);
    case 'request-failed':
      if (state.step !== 'submitting') return state;
      return { ...state, step: 'summary', problem: { type: 'request', problem: action.problem } };
  }
}

function refused(state: ReportState, reason: ReportRefusalReason, field: ReportField | undefined): ReportState {
  const problem: ReportProblem = field ? { type: 'refused', reason, field } : { type: 'refused', reason };
  if (reason === 'consent-required') return { ...state, step: 'privacy', returnToSummary: true, problem };
  if (reason !== 'invalid' || field === undefined) return { ...state, step: 'summary', problem };
  return { ...state, step: stepForField(field), returnToSummary: true, problem };
}

/** The request for report.submit, or null while a required choice is missing. */
export function toSubmission(state: ReportState, sessionId: string): ReportSubmit | null {
  if (!state.kind || state.description.trim() === '') return null;
  const submission: ReportSubmit = {
    sessionId,
    kind: state.kind,
    // An empty category or place is sent as is: main refuses it with the field named.
    category: state.category ?? '',
    place: {
      arrondissementId: state.arrondissementId ?? '',
      neighbourhoodId: state.neighbourhoodId ?? '',
      landmark: state.landmark.trim(),
    },
    description: state.description.trim(),
  };
  if (state.wantsSms) submission.contact = { phone: state.phone, smsConsent: state.smsConsent };
  return submission;
}
