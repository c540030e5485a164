import { describe, expect, it } from 'vitest';
import type { TicketResult } from '../../../renderer/kiosk/journey-state.js';
import { idlePhase, secondsLeft } from '../../../renderer/kiosk/idle-clock.js';
import { initialJourney, journeyReducer, previousScreen } from '../../../renderer/kiosk/journey-state.js';

const SESSION = '123e4567-e89b-12d3-a456-426614174000';
const OTHER_SESSION = '123e4567-e89b-12d3-a456-426614174999';
const RESULT: TicketResult = {
  ticket: {
    number: 'A-001',
    serviceId: 'civil-status',
    counter: '1',
    issuedAtOfficeTime: '10:15',
  issuedAt: '2025-01-01T10:00:00+01:00',
    waitingAhead: 3,
    estimatedWaitMinutes: 9,
  },
  print: { ok: false, reason: 'paper-out' },
};

describe('journeyReducer', () => {
  it('walks attract -> home -> services -> result in the chosen language', () => {
    let state = initialJourney('ar');
    expect(state.screen).toBe('attract');
    state = journeyReducer(state, { type: 'session-started', sessionId: SESSION, language: 'fr' });
    expect(state).toMatchObject({ screen: 'home', language: 'fr', sessionId: SESSION });
    state = journeyReducer(state, { type: 'navigate', screen: 'ticket-services' });
    state = journeyReducer(state, { type: 'language-changed', language: 'zgh' });
    expect(state).toMatchObject({ screen: 'ticket-services', language: 'zgh' });
    state = journeyReducer(state, { type: 'ticket-taken', sessionId: SESSION, result: RESULT });
    expect(state.screen).toBe('ticket-result');
    expect(state.result?.ticket.number).toBe('A-001');
  });

  it('wipes the session, the ticket and the language on reset', () => {
    let state = journeyReducer(initialJourney('ar'), { type: 'session-started', sessionId: SESSION, language: 'en' });
    state = journeyReducer(state, { type: 'ticket-taken', sessionId: SESSION, result: RESULT });
    state = journeyReducer(state, { type: 'reset', defaultLanguage: 'ar' });
    expect(state).toEqual({ screen: 'attract', language: 'ar', sessionId: null, result: null, procedure: null });
  });

  it('opens a procedure only inside a session, and a reset closes it', () => {
    expect(journeyReducer(initialJourney('ar'), { type: 'open-procedure', procedure: 'tax' }).screen).toBe('attract');
    let state = journeyReducer(initialJourney('ar'), { type: 'session-started', sessionId: SESSION, language: 'fr' });
    state = journeyReducer(state, { type: 'open-procedure', procedure: 'tax' });
    expect(state).toMatchObject({ screen: 'procedure', procedure: 'tax' });
    expect(previousScreen(state.screen)).toBe('home');
    state = journeyReducer(state, { type: 'reset', defaultLanguage: 'ar' });
    expect(state).toMatchObject({ screen: 'attract', procedure: null, sessionId: null });
  });

  it('never shows a ticket that belongs to another (ended) session', () => {
    let state = journeyReducer(initialJourney('ar'), { type: 'session-started', sessionId: SESSION, language: 'ar' });
    state = journeyReducer(state, { type: 'reset', defaultLanguage: 'ar' });
    state = journeyReducer(state, { type: 'session-started', sessionId: OTHER_SESSION, language: 'fr' });
    const after = journeyReducer(state, { type: 'ticket-taken', sessionId: SESSION, result: RESULT });
    expect(after.screen).toBe('home');
    expect(after.result).toBeNull();
  });

  it('does not leave the attract screen without a session', () => {
    const state = journeyReducer(initialJourney('fr'), { type: 'navigate', screen: 'ticket-services' });
    expect(state.screen).toBe('attract');
  });

  it('sends Back one step up, and out of the session from home', () => {
    expect(previousScreen('ticket-result')).toBe('ticket-services');
    expect(previousScreen('ticket-services')).toBe('home');
    expect(previousScreen('home')).toBe('attract');
  });
});

describe('idlePhase', () => {
  const timings = { warningAfterSeconds: 60, resetAfterWarningSeconds: 20 };

  it('warns after the idle delay with a whole-second countdown, then expires', () => {
    expect(idlePhase(59_999, 0, timings)).toEqual({ phase: 'active' });
    expect(idlePhase(60_000, 0, timings)).toEqual({ phase: 'warning', secondsLeft: 20 });
    expect(idlePhase(60_001, 0, timings)).toEqual({ phase: 'warning', secondsLeft: 20 });
    expect(idlePhase(79_001, 0, timings)).toEqual({ phase: 'warning', secondsLeft: 1 });
    expect(idlePhase(80_000, 0, timings)).toEqual({ phase: 'expired' });
  });

  it('starts over from the last activity', () => {
    expect(idlePhase(100_000, 70_000, timings)).toEqual({ phase: 'active' });
  });

  it('counts a result-screen countdown down to zero and not below', () => {
    expect(secondsLeft(0, 0, 15)).toBe(15);
    expect(secondsLeft(14_001, 0, 15)).toBe(1);
    expect(secondsLeft(20_000, 0, 15)).toBe(0);
  });
});
