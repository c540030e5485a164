import { describe, expect, it } from 'vitest';
import type { ReportSubmitResult } from '../../../main/contract/kiosk-contract.js';
import {
  hasTypedText,
  initialReportState,
  previousStep,
  reportReducer,
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
  { type: 'toggle-sms-consent' },
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

  it('never ticks the SMS consent by itself and refuses a phone without it', () => {
    const state = run(TO_SUMMARY.slice(0, 11));
    expect(state.smsConsent).toBe(false);
    const refused = reportReducer(state, { type: 'phone-done', phoneValid: true });
    expect(refused).toMatchObject({ step: 'phone', problem: { type: 'missing', field: 'smsConsent' } });
    expect(reportReducer(state, { type: 'phone-done', phoneValid: false }).problem).toEqual({ type: 'missing', field: 'phone' });
  });

  it('asks for a kind or a category when Next is tapped without one', () => {
    const atKind = run([{ type: 'consented' }]);
    expect(reportReducer(atKind, { type: 'next' })).toMatchObject({ step: 'kind', problem: { type: 'missing', field: 'kind' } });
    const atCategory = run([{ type: 'choose-kind', kind: 'suggestion' }], atKind);
    expect(reportReducer(atCategory, { type: 'next' })).toMatchObject({ step: 'category', problem: { type: 'missing', field: 'category' } });
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
