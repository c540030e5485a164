import { describe, expect, it } from 'vitest';
import type { ReportSubmitResult } from '../../../main/contract/kiosk-contract.js';
import {
  hasTypedText,
  initialReportState,
  previousStep,
  reportReducer,
  reportStateFor,
  toSubmission,
  type ReportAction,
  type ReportState,
} from '../../../renderer/kiosk/flows/report/report-state.js';

const SESSION = '123e4567-e89b-12d3-a456-426614174000';

function run(actions: ReportAction[], from: ReportState = initialReportState): ReportState {
  return actions.reduce(reportReducer, from);
}

const TO_SUMMARY: ReportAction[] = [
  { type: 'consented' },
  { type: 'choose-kind', kind: 'complaint' },
  { type: 'choose-category', category: 'lighting' },
  { type: 'choose-arrondissement', id: 'sidi-moumen' },
  { type: 'choose-neighbourhood', id: 'hay-attacharouk' },
  { type: 'type-landmark', text: 'près de l’école' },
  { type: 'landmark-done' },
  { type: 'type-description', text: 'Le lampadaire est éteint depuis une semaine.' },
  { type: 'description-done' },
  { type: 'choose-sms', wanted: true },
  { type: 'type-phone', text: '0612345678' },
  { type: 'phone-done', phoneValid: true },
];

const submitted = (field?: 'category' | 'description' | 'phone' | 'place'): ReportSubmitResult =>
  field
    ? { outcome: 'refused', reason: 'invalid', field }
    : {
        outcome: 'submitted',
        receipt: { reference: 'RC-2026-000001', transmission: 'delivered', category: 'lighting', answerDeadline: '2026-07-01', qr: 'BORNE/R/RC-2026-000001' },
        print: { ok: true },
      };

describe('report steps', () => {
  it('walks privacy → kind → category → place → landmark → description → SMS → summary', () => {
    const steps: string[] = [];
    TO_SUMMARY.reduce((state, action) => {
      const next = reportReducer(state, action);
      if (next.step !== state.step) steps.push(next.step);
      return next;
    }, initialReportState);
    expect(steps).toEqual(['kind', 'category', 'arrondissement', 'neighbourhood', 'landmark', 'description', 'contact', 'phone', 'summary']);
  });

  it('builds the submission from the choices, trimmed, with the contact only when SMS was chosen', () => {
    const withSms = run(TO_SUMMARY);
    expect(toSubmission(withSms, SESSION)).toEqual({
      sessionId: SESSION,
      kind: 'complaint',
      category: 'lighting',
      place: { arrondissementId: 'sidi-moumen', neighbourhoodId: 'hay-attacharouk', landmark: 'près de l’école' },
      description: 'Le lampadaire est éteint depuis une semaine.',
      contact: { phone: '0612345678', smsConsent: true },
    });
    const withoutSms = run([{ type: 'back' }, { type: 'back' }, { type: 'choose-sms', wanted: false }], withSms);
    expect(withoutSms.step).toBe('summary');
    expect(toSubmission(withoutSms, SESSION)?.contact).toBeUndefined();
    // Saying no erases the number: nothing the citizen did not agree to is kept.
    expect(withoutSms.phone).toBe('');
  });

  it('takes the tap on "follow by SMS" as the consent, never before it, and asks for a valid number', () => {
    const atContact = run(TO_SUMMARY.slice(0, 9));
    expect(atContact).toMatchObject({ step: 'contact', smsConsent: false, wantsSms: null });
    const atPhone = reportReducer(atContact, { type: 'choose-sms', wanted: true });
    expect(atPhone).toMatchObject({ step: 'phone', smsConsent: true });
    expect(reportReducer(atPhone, { type: 'phone-done', phoneValid: false }).problem).toEqual({ type: 'missing', field: 'phone' });
    // Back and "No, thank you" withdraw it, and the number with it.
    const declined = run([{ type: 'type-phone', text: '061' }, { type: 'back' }, { type: 'choose-sms', wanted: false }], atPhone);
    expect(declined).toMatchObject({ step: 'summary', smsConsent: false, phone: '' });
  });

  it('moves on with the tap on a picture, also on one chosen before and tapped again after Back', () => {
    const atCategory = run([{ type: 'consented' }, { type: 'choose-kind', kind: 'suggestion' }]);
    expect(atCategory.step).toBe('category');
    const backAtKind = reportReducer(atCategory, { type: 'back' });
    expect(backAtKind).toMatchObject({ step: 'kind', kind: 'suggestion' });
    expect(reportReducer(backAtKind, { type: 'choose-kind', kind: 'suggestion' }).step).toBe('category');
  });

  it('starts in the kiosk’s own arrondissement, skipping the list, which stays one tap away', () => {
    const atCategory = run([{ type: 'consented' }, { type: 'choose-kind', kind: 'complaint' }], reportStateFor('sidi-moumen'));
    const atNeighbourhood = reportReducer(atCategory, { type: 'choose-category', category: 'waste' });
    expect(atNeighbourhood).toMatchObject({ step: 'neighbourhood', arrondissementId: 'sidi-moumen', arrondissementPreset: true });
    expect(previousStep(atNeighbourhood)).toBe('category');

    const list = reportReducer(atNeighbourhood, { type: 'other-arrondissement' });
    expect(list).toMatchObject({ step: 'arrondissement', arrondissementId: 'sidi-moumen' });
    const elsewhere = reportReducer(list, { type: 'choose-arrondissement', id: 'anfa' });
    expect(elsewhere).toMatchObject({ step: 'neighbourhood', arrondissementId: 'anfa', arrondissementPreset: false, neighbourhoodId: null });
    expect(previousStep(elsewhere)).toBe('arrondissement');
    expect(reportStateFor(undefined)).toEqual(initialReportState);
  });

  it('forgets a configured arrondissement the places list does not hold', () => {
    const atNeighbourhood = run(
      [{ type: 'consented' }, { type: 'choose-kind', kind: 'complaint' }, { type: 'choose-category', category: 'waste' }],
      reportStateFor('atlantis'),
    );
    const known = reportReducer(atNeighbourhood, { type: 'places-loaded', arrondissementIds: ['atlantis', 'anfa'] });
    expect(known).toBe(atNeighbourhood);
    const unknown = reportReducer(atNeighbourhood, { type: 'places-loaded', arrondissementIds: ['anfa'] });
    expect(unknown).toMatchObject({ step: 'arrondissement', arrondissementId: null, arrondissementPreset: false });
  });

  it('changes the place from the summary among the neighbourhoods, and Back returns to the summary', () => {
    const summary = run(TO_SUMMARY);
    const changing = reportReducer(summary, { type: 'change', step: 'arrondissement' });
    expect(changing.step).toBe('neighbourhood');
    expect(reportReducer(changing, { type: 'back' }).step).toBe('summary');
  });

  it('refuses an empty description and caps it at 1000 characters', () => {
    const atDescription = run(TO_SUMMARY.slice(0, 7));
    expect(reportReducer(atDescription, { type: 'description-done' })).toMatchObject({ step: 'description', problem: { field: 'description' } });
    const long = reportReducer(atDescription, { type: 'type-description', text: 'é'.repeat(1200) });
    expect(Array.from(long.description)).toHaveLength(1000);
  });

  it('goes back one step at a time and keeps what was typed', () => {
    let state = run(TO_SUMMARY);
    const seen: string[] = [];
    while (previousStep(state) !== null) {
      state = reportReducer(state, { type: 'back' });
      seen.push(state.step);
    }
    expect(seen).toEqual(['phone', 'contact', 'description', 'landmark', 'neighbourhood', 'arrondissement', 'category', 'kind']);
    expect(state).toMatchObject({ landmark: 'près de l’école', phone: '0612345678', smsConsent: true });
    // The list of arrondissements was chosen from: Back goes through it.
    expect(seen).toContain('arrondissement');
    expect(hasTypedText(state)).toBe(true);
  });

  it('returns to the summary after a change made from it', () => {
    const summary = run(TO_SUMMARY);
    const changed = run([{ type: 'change', step: 'category' }, { type: 'choose-category', category: 'waste' }], summary);
    expect(changed).toMatchObject({ step: 'summary', category: 'waste', description: summary.description });
    // A new arrondissement needs its neighbourhood chosen again before the summary.
    const moved = run([{ type: 'change', step: 'arrondissement' }, { type: 'choose-arrondissement', id: 'ain-chock' }], summary);
    expect(moved).toMatchObject({ step: 'neighbourhood', neighbourhoodId: null });
    expect(reportReducer(moved, { type: 'choose-neighbourhood', id: 'hay-salama' }).step).toBe('summary');
  });

  it('sends the citizen to the refused field with a message, everything else kept', () => {
    const sending = reportReducer(run(TO_SUMMARY), { type: 'submit' });
    expect(sending.step).toBe('submitting');
    const refused = reportReducer(sending, { type: 'answered', result: submitted('description') });
    expect(refused).toMatchObject({ step: 'description', problem: { type: 'refused', field: 'description' }, landmark: 'près de l’école' });
    expect(reportReducer(sending, { type: 'answered', result: submitted('place') }).step).toBe('arrondissement');
    expect(reportReducer(sending, { type: 'answered', result: submitted('phone') }).step).toBe('phone');
    // No consent on record: back to the one question that gives it.
    expect(reportReducer(sending, { type: 'answered', result: { outcome: 'refused', reason: 'invalid', field: 'smsConsent' } }).step).toBe('contact');
    // Fixing it leads straight back to the summary.
    expect(reportReducer(refused, { type: 'description-done' }).step).toBe('summary');
  });

  it('stays on the summary with the problem when the request itself fails, and ignores taps while sending', () => {
    const sending = reportReducer(run(TO_SUMMARY), { type: 'submit' });
    expect(reportReducer(sending, { type: 'back' })).toBe(sending);
    expect(reportReducer(sending, { type: 'change', step: 'kind' })).toBe(sending);
    const failed = reportReducer(sending, { type: 'request-failed', problem: 'unavailable' });
    expect(failed).toMatchObject({ step: 'summary', problem: { type: 'request', problem: 'unavailable' } });
  });

  it('shows the receipt once and for all', () => {
    const done = run([{ type: 'submit' }, { type: 'answered', result: submitted() }], run(TO_SUMMARY));
    expect(done.step).toBe('result');
    expect(done.result?.receipt.reference).toBe('RC-2026-000001');
    expect(reportReducer(done, { type: 'back' })).toBe(done);
    expect(previousStep(done)).toBeNull();
  });

  it('goes back to the privacy notice when main says consent is missing', () => {
    const sending = reportReducer(run(TO_SUMMARY), { type: 'submit' });
    const state = reportReducer(sending, { type: 'answered', result: { outcome: 'refused', reason: 'consent-required' } });
    expect(state.step).toBe('privacy');
    expect(reportReducer(state, { type: 'consented' }).step).toBe('summary');
  });
});
