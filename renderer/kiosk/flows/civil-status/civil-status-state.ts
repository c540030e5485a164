// The civil-status request as a pure reducer: every step, what Back does from it, and what
// each answer from main does to what the citizen has already entered (nothing is dropped
// except by the citizen's own "not me").
import type {
  CivilStatusDocumentId,
  CivilStatusReceiptView,
  IdentityView,
  PrintOutcome,
} from '../../../../main/contract/kiosk-contract.js';
import type { IdentityIssue } from '../shared/identity-issue-message.js';

export type { IdentityIssue };

export type CivilStep =
  | 'privacy'
  | 'identity'
  | 'card-number'
  | 'birth-date'
  | 'confirm-identity'
  | 'document'
  | 'options'
  | 'summary'
  | 'submitting'
  | 'result';

/** Why a submission did not go through; the summary shows it with a way forward. */
export type SubmitIssue = 'consent-required' | 'identity-required' | 'invalid' | 'rejected' | 'unavailable' | 'error';

export type DocumentLanguage = 'ar' | 'fr';

export interface CivilState {
  step: CivilStep;
  identity: IdentityView | null;
  identityIssue: IdentityIssue | null;
  /** enterCardNumber is on its way: the keyboard's Done is not taken twice. */
  checkingTypedIdentity: boolean;
  cardNumber: string;
  /** As typed on the date keypad: DD/MM/YYYY. */
  birthDate: string;
  document: CivilStatusDocumentId | null;
  copies: number;
  documentLanguage: DocumentLanguage;
  submitIssue: SubmitIssue | null;
  result: { receipt: CivilStatusReceiptView; print: PrintOutcome } | null;
}

export type CivilAction =
  | { type: 'consented' }
  | { type: 'choose-typing' }
  | { type: 'card-number-changed'; value: string }
  | { type: 'card-number-done' }
  | { type: 'birth-date-changed'; value: string }
  | { type: 'typed-identity-checking' }
  | { type: 'identity-found'; identity: IdentityView }
  | { type: 'identity-problem'; issue: IdentityIssue }
  | { type: 'typed-identity-failed'; issue: 'unavailable' }
  | { type: 'consent-lost' }
  | { type: 'not-me' }
  | { type: 'identity-confirmed' }
  | { type: 'document-chosen'; document: CivilStatusDocumentId }
  | { type: 'copies-changed'; delta: 1 | -1; maxCopies: number }
  | { type: 'document-language-chosen'; language: DocumentLanguage }
  | { type: 'options-done' }
  | { type: 'submit-started' }
  | { type: 'submitted'; receipt: CivilStatusReceiptView; print: PrintOutcome }
  | { type: 'submit-failed'; issue: SubmitIssue }
  | { type: 'retry-after-refusal' }
  | { type: 'back' };

export function initialCivilState(screenLanguage: string): CivilState {
  return {
    step: 'privacy',
    identity: null,
    identityIssue: null,
    checkingTypedIdentity: false,
    cardNumber: '',
    birthDate: '',
    document: null,
    copies: 1,
    // The document's language starts as the screen's where it can be; the citizen can change it.
    documentLanguage: screenLanguage === 'fr' ? 'fr' : 'ar',
    submitIssue: null,
    result: null,
  };
}

const IDENTITY_STEPS: readonly CivilStep[] = ['identity', 'card-number', 'birth-date', 'confirm-identity'];
const AFTER_IDENTITY_STEPS: readonly CivilStep[] = ['document', 'options', 'summary'];

/** DD/MM/YYYY from the keypad to the ISO date main expects; null while incomplete. */
export function isoBirthDate(typed: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(typed);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : null;
}

/** Where Back leads from a step; null when Back should leave the procedure. */
export function previousStep(state: CivilState): CivilStep | null {
  switch (state.step) {
    case 'privacy':
    case 'result':
      return null;
    case 'identity':
      return 'privacy';
    case 'card-number':
      return 'identity';
    case 'birth-date':
      return 'card-number';
    case 'confirm-identity':
      return 'identity';
    case 'document':
      return 'confirm-identity';
    case 'options':
      return 'document';
    case 'summary':
      return 'options';
    case 'submitting':
      // The request is on its way: Back waits for the answer rather than pretending to undo it.
      return 'submitting';
  }
}

export function civilReducer(state: CivilState, action: CivilAction): CivilState {
  switch (action.type) {
    case 'consented':
      if (state.step !== 'privacy') return state;
      return { ...state, step: state.identity ? 'confirm-identity' : 'identity', submitIssue: null };
    case 'choose-typing':
      if (state.step !== 'identity') return state;
      return { ...state, step: 'card-number', identityIssue: null };
    case 'card-number-changed':
      return { ...state, cardNumber: action.value, identityIssue: state.identityIssue === 'invalid-card-number' ? null : state.identityIssue };
    case 'card-number-done':
      if (state.step !== 'card-number') return state;
      return { ...state, step: 'birth-date', identityIssue: null };
    case 'birth-date-changed':
      return { ...state, birthDate: action.value, identityIssue: state.identityIssue === 'invalid-birth-date' ? null : state.identityIssue };
    case 'typed-identity-checking':
      return { ...state, checkingTypedIdentity: true };
    case 'identity-found':
      // A card read (or typed) while the request is being sent or after it is done changes nothing.
      if (!IDENTITY_STEPS.includes(state.step) && !AFTER_IDENTITY_STEPS.includes(state.step)) return state;
      return {
        ...state,
        step: 'confirm-identity',
        identity: action.identity,
        identityIssue: null,
        checkingTypedIdentity: false,
        submitIssue: null,
      };
    case 'identity-problem': {
      if (action.issue === 'invalid-card-number') {
        return { ...state, step: 'card-number', identityIssue: action.issue, checkingTypedIdentity: false };
      }
      if (action.issue === 'invalid-birth-date') {
        return { ...state, step: 'birth-date', identityIssue: action.issue, checkingTypedIdentity: false };
      }
      // A failed read after the identity was accepted leaves that identity in place (main too).
      if (!IDENTITY_STEPS.includes(state.step)) return state;
      return { ...state, step: 'identity', identityIssue: action.issue };
    }
    case 'typed-identity-failed':
      return { ...state, checkingTypedIdentity: false, identityIssue: action.issue };
    case 'consent-lost':
      // Main has no consent for this session: the notice again, everything typed kept.
      return { ...state, step: 'privacy', checkingTypedIdentity: false };
    case 'not-me':
      return { ...state, step: 'identity', identity: null, cardNumber: '', birthDate: '', identityIssue: null };
    case 'identity-confirmed':
      if (state.step !== 'confirm-identity' || !state.identity) return state;
      // Back here after a refusal or a new card: what was already chosen is kept.
      return { ...state, step: state.document ? 'summary' : 'document' };
    case 'document-chosen':
      return { ...state, step: 'options', document: action.document };
    case 'copies-changed': {
      const copies = Math.min(action.maxCopies, Math.max(1, state.copies + action.delta));
      return copies === state.copies ? state : { ...state, copies };
    }
    case 'document-language-chosen':
      return { ...state, documentLanguage: action.language };
    case 'options-done':
      if (state.step !== 'options' || !state.document) return state;
      return { ...state, step: 'summary', submitIssue: null };
    case 'submit-started':
      if (state.step !== 'summary') return state;
      return { ...state, step: 'submitting', submitIssue: null };
    case 'submitted':
      if (state.step !== 'submitting') return state;
      return { ...state, step: 'result', result: { receipt: action.receipt, print: action.print } };
    case 'submit-failed':
      if (state.step !== 'submitting') return state;
      return { ...state, step: 'summary', submitIssue: action.issue };
    case 'retry-after-refusal':
      // Consent or identity lost in main: go through that step again, the choices stay.
      if (state.submitIssue === 'consent-required') return { ...state, step: 'privacy', submitIssue: null };
      if (state.submitIssue === 'identity-required') {
        return { ...state, step: 'identity', identity: null, submitIssue: null };
      }
      return { ...state, submitIssue: null };
    case 'back': {
      const target = previousStep(state);
      if (target === null || target === state.step) return state;
      if (state.step === 'confirm-identity') return { ...state, step: target, identity: null, identityIssue: null };
      return { ...state, step: target, identityIssue: null, submitIssue: null };
    }
  }
}
