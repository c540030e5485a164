// Signature legalisation and certified copies cannot be done at the kiosk: it says what to
// bring (the printed ticket repeats it) and gives a ticket for the right counter.
import { useReducer } from 'react';
import type { FlowProps, IdleMode } from '../flow-props.js';
import { TicketResultScreen } from '../../screens/ticket-result-screen.js';
import { useFlowBack, useFlowIdleMode, useGuardedRequest } from '../shared/flow-hooks.js';
import { LegalChecklist, LegalServiceChoice } from './legalisation-screens.js';
import { initialLegalState, legalReducer, previousLegalStep, type LegalStep } from './legalisation-state.js';
import './legalisation.css';
import { useScreenPrompt } from '../../../speech/use-screen-prompt.js';

function idleModeOf(step: LegalStep): IdleMode {
  if (step === 'taking') return 'paused';
  if (step === 'result') return 'result';
  return 'normal';
}

export function LegalisationFlow({ api, sessionId, resultSecondsLeft, onExit, setIdleMode, setBackHandler }: FlowProps) {
  const [state, dispatch] = useReducer(legalReducer, initialLegalState);
  const guarded = useGuardedRequest();

  useFlowIdleMode(setIdleMode, idleModeOf(state.step));
  // The ticket result screen says the ticket's essentials itself.
  useScreenPrompt(state.step === 'result' ? null : { key: `speech.legalisation.${state.step}` });
  useFlowBack(setBackHandler, () => {
    if (previousLegalStep(state.step) === null) return false;
    dispatch({ type: 'back' });
    return true;
  });

  const takeTicket = () => {
    if (!state.service || state.step !== 'checklist') return;
    dispatch({ type: 'take-started' });
    guarded(api.request('queue.takeTicket', { sessionId, serviceId: state.service }), {
      onValue: ({ ticket, print }) => dispatch({ type: 'ticket-taken', ticket, print }),
      onProblem: (problem) => dispatch({ type: 'take-failed', problem }),
    });
  };

  switch (state.step) {
    case 'choose':
      return <LegalServiceChoice onChoose={(service) => dispatch({ type: 'service-chosen', service })} />;
    case 'checklist':
    case 'taking':
      return state.service ? (
        <LegalChecklist service={state.service} taking={state.step === 'taking'} problem={state.problem} onTakeTicket={takeTicket} />
      ) : null;
    case 'result':
      return state.result ? <TicketResultScreen result={state.result} secondsLeft={resultSecondsLeft} onDone={() => onExit('done')} /> : null;
  }
}
