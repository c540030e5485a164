// Track a request: scan the QR or barcode of an earlier kiosk receipt, or type its number,
// and see where the request is, in the screen language.
import { useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseReferenceNumber } from '../../../../main/contract/reference-number.js';
import type { FlowProps } from '../flow-props.js';
import { useScreenPrompt } from '../../../speech/use-screen-prompt.js';
import { useFlowBackOrDiscard, useFlowIdleMode, useGuardedRequest, useScannedCodes } from '../shared/flow-hooks.js';
import { DiscardDialog } from '../shared/flow-layout.js';
import { acceptsTrackingScan, initialTrackingState, previousTrackingStep, trackingNumberOf, trackingReducer } from './tracking-state.js';
import { TrackingLookingUp, TrackingScanStep, TrackingStatusStep, TrackingTypeStep } from './tracking-steps.js';
import './tracking.css';

export function TrackingFlow({ api, sessionId, language, info, resultSecondsLeft, onExit, setIdleMode, setBackHandler }: FlowProps) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(trackingReducer, initialTrackingState);
  const guarded = useGuardedRequest();

  const lookup = (number: string, from: 'scan' | 'type') => {
    if (state.step === 'looking-up') return;
    dispatch({ type: 'lookup', from });
    guarded(api.request('tracking.lookup', { sessionId, number }), {
      onValue: (result) => dispatch({ type: 'answered', result }),
      onProblem: (problem) => dispatch({ type: 'failed', problem }),
    });
  };

  useScannedCodes(api, sessionId, acceptsTrackingScan(state), (code) => lookup(trackingNumberOf(code), 'scan'));
  useScreenPrompt(
    state.step === 'status' && state.request
      ? {
          key: 'speech.tracking.status',
          params: {
            status: t(`tracking.statuses.${state.request.status}.name`),
            explanation: t(`tracking.statuses.${state.request.status}.explanation`),
          },
        }
      : { key: `speech.tracking.${state.step}` },
  );
  useFlowIdleMode(setIdleMode, state.step === 'looking-up' ? 'paused' : state.step === 'status' ? 'result' : 'normal');
  const [confirmLeave, setConfirmLeave] = useFlowBackOrDiscard(setBackHandler, {
    previous: () => previousTrackingStep(state),
    back: () => dispatch({ type: 'back' }),
    hasTyped: () => state.typed !== '',
  });

  const screen = (() => {
    switch (state.step) {
      case 'scan':
        return <TrackingScanStep problem={state.problem} onType={() => dispatch({ type: 'show-keyboard' })} />;
      case 'type':
        return (
          <TrackingTypeStep
            value={state.typed}
            problem={state.problem}
            language={language}
            onChange={(text) => dispatch({ type: 'type', text })}
            onFind={() => {
              // The field then shows the number as printed, hyphens in place.
              const number = normaliseReferenceNumber(state.typed);
              dispatch({ type: 'type', text: number });
              lookup(number, 'type');
            }}
            onScanner={() => dispatch({ type: 'show-scanner' })}
          />
        );
      case 'looking-up':
        return <TrackingLookingUp />;
      case 'status':
        return state.request ? (
          <TrackingStatusStep
            request={state.request}
            language={language}
            timeZone={info.timeZone}
            secondsLeft={resultSecondsLeft}
            onAnother={() => dispatch({ type: 'another' })}
            onDone={() => onExit('done')}
          />
        ) : null;
    }
  })();

  return (
    <div className="flow tracking-flow" data-testid="tracking-flow" data-step={state.step}>
      {screen}
      {confirmLeave ? (
        <DiscardDialog
          texts={{
            title: t('tracking.discard.title'),
            message: t('tracking.discard.message'),
            stay: t('tracking.discard.stay'),
            leave: t('tracking.discard.leave'),
          }}
          onStay={() => setConfirmLeave(false)}
          onLeave={() => onExit('home')}
        />
      ) : null}
    </div>
  );
}
