import { describe, expect, it } from 'vitest';
import {
  acceptsTrackingScan,
  initialTrackingState,
  previousTrackingStep,
  trackingReducer,
  type TrackingAction,
  type TrackingState,
} from '../../../renderer/kiosk/flows/tracking/tracking-state.js';
import { TRACKING_NUMBER_RULE } from '../../../renderer/kiosk/flows/tracking/tracking-steps.js';

const run = (actions: TrackingAction[], from: TrackingState = initialTrackingState) => actions.reduce(trackingReducer, from);
const REQUEST = { reference: 'RC-2026-000004', procedure: 'report', status: 'in-progress', updatedAt: '2026-03-02T09:00:00+01:00' } as const;

describe('tracking steps', () => {
  it('shows the status of a scanned receipt and goes back to the scanner', () => {
    const state = run([{ type: 'lookup', from: 'scan' }, { type: 'answered', result: { ok: true, request: REQUEST } }]);
    expect(state).toMatchObject({ step: 'status', request: REQUEST });
    expect(previousTrackingStep(state)).toBe('scan');
    expect(trackingReducer(state, { type: 'back' }).step).toBe('scan');
  });

  it('returns to the keyboard with the problem and the typed number', () => {
    const state = run([
      { type: 'show-keyboard' },
      { type: 'type', text: 'RC-2026-999999' },
      { type: 'lookup', from: 'type' },
      { type: 'answered', result: { ok: false, problem: 'not-found' } },
    ]);
    expect(state).toMatchObject({ step: 'type', problem: 'not-found', typed: 'RC-2026-999999' });
  });

  it('says a queue ticket is not a request', () => {
    const state = run([{ type: 'lookup', from: 'scan' }, { type: 'answered', result: { ok: false, problem: 'queue-ticket' } }]);
    expect(state).toMatchObject({ step: 'scan', problem: 'queue-ticket' });
  });

  it('reports an unreachable office as such and ignores scans while asking', () => {
    const asking = run([{ type: 'lookup', from: 'scan' }]);
    expect(acceptsTrackingScan(asking)).toBe(false);
    expect(trackingReducer(asking, { type: 'lookup', from: 'scan' })).toBe(asking);
    expect(trackingReducer(asking, { type: 'failed', problem: 'unavailable' }).problem).toBe('backend-unavailable');
    expect(trackingReducer(asking, { type: 'failed', problem: 'generic' }).problem).toBe('backend-error');
  });

  it('accepts receipt numbers on the keyboard and names the problem otherwise', () => {
    expect(TRACKING_NUMBER_RULE.validate('AR-2026-000001').ok).toBe(true);
    expect(TRACKING_NUMBER_RULE.validate('KHM01-2026-000123').ok).toBe(true);
    expect(TRACKING_NUMBER_RULE.validate('AR-')).toEqual({ ok: false, messageKey: 'tracking.type.invalid' });
    expect(TRACKING_NUMBER_RULE.validate('')).toMatchObject({ ok: false, messageKey: 'keyboard.errors.required' });
  });
});
