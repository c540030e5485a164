// Legalisation and certified copies: what each service asks the citizen to bring, Back, and
// a ticket answer that only counts while one is being taken.
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../main/contract/kiosk-contract.js';
import {
  CHECKLISTS,
  initialLegalState,
  legalReducer,
  previousLegalStep,
} from '../../../renderer/kiosk/flows/legalisation/legalisation-state.js';

const TICKET: Ticket = {
  number: 'B-012',
  serviceId: 'legalisation',
  counter: '3',
  issuedAt: '2026-05-04T09:15:00+01:00',
  issuedAtOfficeTime: '09:15',
  waitingAhead: 2,
  estimatedWaitMinutes: 10,
};

describe('legalisation steps', () => {
  it('asks for the unsigned document and the CNIE, or the original, photocopies and CNIE', () => {
    expect(CHECKLISTS.legalisation).toEqual(['unsigned-document', 'original-cnie']);
    expect(CHECKLISTS['certified-copies']).toEqual(['original-document', 'photocopies', 'original-cnie']);
  });

  it('goes choice → checklist → taking → result', () => {
    const checklist = legalReducer(initialLegalState, { type: 'service-chosen', service: 'certified-copies' });
    expect(checklist).toMatchObject({ step: 'checklist', service: 'certified-copies' });
    const taking = legalReducer(checklist, { type: 'take-started' });
    expect(taking.step).toBe('taking');
    const result = legalReducer(taking, { type: 'ticket-taken', ticket: TICKET, print: { ok: true } });
    expect(result).toMatchObject({ step: 'result', result: { ticket: { number: 'B-012' } } });
  });

  it('keeps the chosen service on a failure and says it', () => {
    const taking = [
      { type: 'service-chosen', service: 'legalisation' } as const,
      { type: 'take-started' } as const,
    ].reduce(legalReducer, initialLegalState);
    const failed = legalReducer(taking, { type: 'take-failed', problem: 'unavailable' });
    expect(failed).toMatchObject({ step: 'checklist', service: 'legalisation', problem: 'unavailable' });
    expect(legalReducer(failed, { type: 'take-started' }).problem).toBeNull();
  });

  it('Back: checklist to choice, nothing while the ticket prints, the app decides elsewhere', () => {
    expect(previousLegalStep('choose')).toBeNull();
    expect(previousLegalStep('result')).toBeNull();
    const checklist = legalReducer(initialLegalState, { type: 'service-chosen', service: 'legalisation' });
    expect(legalReducer(checklist, { type: 'back' }).step).toBe('choose');
    const taking = legalReducer(checklist, { type: 'take-started' });
    expect(legalReducer(taking, { type: 'back' })).toBe(taking);
  });

  it('drops a ticket answer when no ticket is being taken', () => {
    const checklist = legalReducer(initialLegalState, { type: 'service-chosen', service: 'legalisation' });
    expect(legalReducer(checklist, { type: 'ticket-taken', ticket: TICKET, print: { ok: true } })).toBe(checklist);
  });
});
