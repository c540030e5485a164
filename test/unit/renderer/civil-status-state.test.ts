// The civil-status steps as the citizen lives them: Back one step at a time, nothing entered
// lost on a problem or a refusal, and no answer acting on a step it was not meant for.
import { describe, expect, it } from 'vitest';
import type { CivilStatusReceiptView, IdentityView } from '../../../main/contract/kiosk-contract.js';
import {
  type CivilAction,
  type CivilState,
  civilReducer,
  initialCivilState,
  isoBirthDate,
} from '../../../renderer/kiosk/flows/civil-status/civil-status-state.js';

const IDENTITY: IdentityView = {
  method: 'mrz',
  documentKind: 'id-card',
  maskedNumber: '•••• 3456',
  surname: 'BENALI',
  givenNames: 'FATIMA ZAHRA',
  birthDate: '1985-06-14',
  expiryDate: '2031-09-12',
};

const RECEIPT: CivilStatusReceiptView = {
  reference: 'AR-2026-000001',
  transmission: 'delivered',
  document: 'birth-extract',
  copies: 2,
  counter: 'A2',
  collectionDate: '2026-05-04',
  feeCentimes: 4000,
  qr: 'BORNE/R/AR-2026-000001',
};

const run = (state: CivilState, ...actions: CivilAction[]) => actions.reduce(civilReducer, state);

/** A citizen who has consented, read their card, and chosen a birth extract. */
function atSummary(): CivilState {
  return run(
    initialCivilState('fr'),
    { type: 'consented' },
    { type: 'identity-found', identity: IDENTITY },
    { type: 'identity-confirmed' },
    { type: 'document-chosen', document: 'birth-extract' },
    { type: 'copies-changed', delta: 1, maxCopies: 5 },
    { type: 'document-language-chosen', language: 'ar' },
    { type: 'options-done' },
  );
}

describe('civil-status steps', () => {
  it('walks privacy → identity → confirm → document → options → summary → result', () => {
    const summary = atSummary();
    expect(summary).toMatchObject({ step: 'summary', document: 'birth-extract', copies: 2, documentLanguage: 'ar' });
    const submitting = civilReducer(summary, { type: 'submit-started' });
    expect(submitting.step).toBe('submitting');
    const done = civilReducer(submitting, { type: 'submitted', receipt: RECEIPT, print: { ok: true } });
    expect(done.step).toBe('result');
    expect(done.result?.receipt.reference).toBe('AR-2026-000001');
  });

  it('starts the document language from the screen language, Arabic unless French', () => {
    expect(initialCivilState('fr').documentLanguage).toBe('fr');
    expect(initialCivilState('ar').documentLanguage).toBe('ar');
    expect(initialCivilState('zgh').documentLanguage).toBe('ar');
    expect(initialCivilState('en').documentLanguage).toBe('ar');
  });

  it('keeps copies between 1 and the office maximum', () => {
    let state = run(initialCivilState('ar'), { type: 'copies-changed', delta: -1, maxCopies: 3 });
    expect(state.copies).toBe(1);
    state = run(state, ...Array.from({ length: 5 }, (): CivilAction => ({ type: 'copies-changed', delta: 1, maxCopies: 3 })));
    expect(state.copies).toBe(3);
  });

  it('goes back one step at a time and leaves the procedure only from the notice', () => {
    const order = ['summary', 'options', 'document', 'confirm-identity', 'identity', 'privacy'];
    let state = atSummary();
    for (const step of order) {
      expect(state.step).toBe(step);
      state = civilReducer(state, { type: 'back' });
    }
    expect(state.step).toBe('privacy');
    // Back from the identity shown forgets it: it has not been confirmed.
    expect(state.identity).toBeNull();
    // The choices made further on are kept.
    expect(state.document).toBe('birth-extract');
    expect(state.copies).toBe(2);
  });

  it('ignores Back while the request is on its way', () => {
    const submitting = civilReducer(atSummary(), { type: 'submit-started' });
    expect(civilReducer(submitting, { type: 'back' })).toBe(submitting);
  });

  it('shows each card problem on the identity step and keeps what was typed', () => {
    let state = run(
      initialCivilState('fr'),
      { type: 'consented' },
      { type: 'choose-typing' },
      { type: 'card-number-changed', value: 'BK12' },
    );
    for (const issue of ['checksum', 'partial', 'garbled', 'expired', 'unsupported'] as const) {
      state = civilReducer(state, { type: 'identity-problem', issue });
      expect(state).toMatchObject({ step: 'identity', identityIssue: issue, cardNumber: 'BK12' });
    }
  });

  it('sends a typed-number problem back to the field it is about', () => {
    const typed = run(
      initialCivilState('ar'),
      { type: 'consented' },
      { type: 'choose-typing' },
      { type: 'card-number-changed', value: 'BK123456' },
      { type: 'card-number-done' },
      { type: 'birth-date-changed', value: '31/02/1985' },
      { type: 'typed-identity-checking' },
    );
    expect(typed.checkingTypedIdentity).toBe(true);
    const badDate = civilReducer(typed, { type: 'identity-problem', issue: 'invalid-birth-date' });
    expect(badDate).toMatchObject({ step: 'birth-date', identityIssue: 'invalid-birth-date', birthDate: '31/02/1985', checkingTypedIdentity: false });
    const badNumber = civilReducer(typed, { type: 'identity-problem', issue: 'invalid-card-number' });
    expect(badNumber).toMatchObject({ step: 'card-number', identityIssue: 'invalid-card-number', cardNumber: 'BK123456' });
    // Typing again clears the message about that field.
    expect(civilReducer(badNumber, { type: 'card-number-changed', value: 'BK12345' }).identityIssue).toBeNull();
    const offline = civilReducer(typed, { type: 'typed-identity-failed', issue: 'unavailable' });
    expect(offline).toMatchObject({ step: 'birth-date', identityIssue: 'unavailable', checkingTypedIdentity: false });
  });

  it('"not me" forgets the identity and what was typed for it', () => {
    const state = run(
      initialCivilState('fr'),
      { type: 'consented' },
      { type: 'choose-typing' },
      { type: 'card-number-changed', value: 'BK123456' },
      { type: 'card-number-done' },
      { type: 'birth-date-changed', value: '14/06/1985' },
      { type: 'identity-found', identity: { ...IDENTITY, method: 'card-number' } },
      { type: 'not-me' },
    );
    expect(state).toMatchObject({ step: 'identity', identity: null, cardNumber: '', birthDate: '' });
  });

  it('a failed read after the identity is accepted changes nothing; a new card asks again', () => {
    const summary = atSummary();
    expect(civilReducer(summary, { type: 'identity-problem', issue: 'checksum' })).toBe(summary);
    const other = { ...IDENTITY, maskedNumber: '•••• 9999' };
    const reread = civilReducer(summary, { type: 'identity-found', identity: other });
    expect(reread).toMatchObject({ step: 'confirm-identity', identity: other, document: 'birth-extract', copies: 2 });
    // Confirming goes straight back to the summary: the choices were kept.
    expect(civilReducer(reread, { type: 'identity-confirmed' }).step).toBe('summary');
  });

  it('ignores a card read while submitting and on the receipt', () => {
    const submitting = civilReducer(atSummary(), { type: 'submit-started' });
    expect(civilReducer(submitting, { type: 'identity-found', identity: IDENTITY })).toBe(submitting);
    const result = civilReducer(submitting, { type: 'submitted', receipt: RECEIPT, print: { ok: true } });
    expect(civilReducer(result, { type: 'identity-found', identity: IDENTITY })).toBe(result);
  });

  it('a refusal or an unreachable office returns to the summary with everything kept', () => {
    for (const issue of ['rejected', 'unavailable', 'error', 'invalid'] as const) {
      const state = run(atSummary(), { type: 'submit-started' }, { type: 'submit-failed', issue });
      expect(state).toMatchObject({ step: 'summary', submitIssue: issue, document: 'birth-extract', copies: 2, documentLanguage: 'ar' });
      expect(state.identity).toEqual(IDENTITY);
      // Retrying sends the same request again.
      expect(civilReducer(state, { type: 'submit-started' }).step).toBe('submitting');
    }
  });

  it('a lost consent or identity goes through that step again, then straight back to the summary', () => {
    const noConsent = run(atSummary(), { type: 'submit-started' }, { type: 'submit-failed', issue: 'consent-required' });
    const notice = civilReducer(noConsent, { type: 'retry-after-refusal' });
    expect(notice.step).toBe('privacy');
    expect(run(notice, { type: 'consented' }, { type: 'identity-confirmed' }).step).toBe('summary');

    const noIdentity = run(atSummary(), { type: 'submit-started' }, { type: 'submit-failed', issue: 'identity-required' });
    const identity = civilReducer(noIdentity, { type: 'retry-after-refusal' });
    expect(identity).toMatchObject({ step: 'identity', identity: null, document: 'birth-extract' });
    expect(run(identity, { type: 'identity-found', identity: IDENTITY }, { type: 'identity-confirmed' }).step).toBe('summary');
  });

  it('drops an answer that arrives when no request is waiting', () => {
    const summary = atSummary();
    expect(civilReducer(summary, { type: 'submitted', receipt: RECEIPT, print: { ok: true } })).toBe(summary);
    expect(civilReducer(summary, { type: 'submit-failed', issue: 'rejected' })).toBe(summary);
  });
});

describe('isoBirthDate', () => {
  it('turns the keypad date into the ISO date main checks', () => {
    expect(isoBirthDate('14/06/1985')).toBe('1985-06-14');
    expect(isoBirthDate('14/06/198')).toBeNull();
    expect(isoBirthDate('')).toBeNull();
  });
});
