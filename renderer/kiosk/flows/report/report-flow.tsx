// Public-space report, as on chikaya.ma: privacy notice, kind, category, place (a neighbourhood
// of the kiosk's own arrondissement unless another is chosen), description, optional SMS
// follow-up, summary, then the receipt with its tracking number.
import { officeNameIn } from '../../../../main/contract/office-names.js';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowProps } from '../flow-props.js';
import { useFlowBackOrDiscard, useFlowIdleMode, useFlowLeaveGuard, useGuardedRequest } from '../shared/flow-hooks.js';
import { DiscardDialog } from '../shared/flow-layout.js';
import { PrivacyNotice } from '../shared/privacy-notice.js';
import { ReportCategoryStep, ReportKindStep } from './report-choice-steps.js';
import { ReportContactStep, ReportPhoneStep } from './report-contact-steps.js';
import { ReportPlaceStep, type PlacesLoad } from './report-place-steps.js';
import { ReportResult } from './report-result.js';
import { hasTypedText, previousStep, reportReducer, reportStateFor, toSubmission } from './report-state.js';
import { ReportSummaryStep } from './report-summary-step.js';
import { ReportDescriptionStep, ReportLandmarkStep } from './report-text-steps.js';
import './report.css';
import { useScreenPrompt } from '../../../speech/use-screen-prompt.js';

export function ReportFlow({ api, sessionId, language, info, resultSecondsLeft, onExit, setIdleMode, setBackHandler, setLeaveGuard }: FlowProps) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(reportReducer, info.arrondissementId, reportStateFor);
  const [places, setPlaces] = useState<PlacesLoad>({ status: 'loading' });
  const guarded = useGuardedRequest();

  const loadPlaces = useCallback(() => {
    setPlaces({ status: 'loading' });
    guarded(api.request('places.list', {}), {
      onValue: (list) => {
        setPlaces({ status: 'ready', places: list });
        dispatch({ type: 'places-loaded', arrondissementIds: list.map((a) => a.id) });
      },
      onProblem: () => setPlaces({ status: 'failed' }),
    });
  }, [api, guarded]);
  useEffect(() => loadPlaces(), [loadPlaces]);

  useFlowIdleMode(setIdleMode, state.step === 'submitting' ? 'paused' : state.step === 'result' ? 'result' : 'normal');
  // Each step says itself; the result screen says the receipt instead.
  useScreenPrompt(state.step === 'result' ? null : { key: `speech.report.${state.step}` });
  const [confirmLeave, setConfirmLeave] = useFlowBackOrDiscard(setBackHandler, {
    previous: () => previousStep(state),
    back: () => dispatch({ type: 'back' }),
    hasTyped: () => state.step !== 'result' && hasTypedText(state),
  });

  useFlowLeaveGuard(setLeaveGuard, () => {
    if (state.step === 'result' || !hasTypedText(state)) return false;
    setConfirmLeave(true);
    return true;
  });

  const submit = () => {
    const submission = toSubmission(state, sessionId);
    if (!submission || state.step !== 'summary') return;
    dispatch({ type: 'submit' });
    guarded(api.request('report.submit', submission), {
      onValue: (result) => dispatch({ type: 'answered', result }),
      onProblem: (problem) => dispatch({ type: 'request-failed', problem }),
    });
  };

  const step = (() => {
    switch (state.step) {
      case 'privacy':
        return (
          <PrivacyNotice
            api={api}
            sessionId={sessionId}
            purpose="report"
            officeName={officeNameIn(info.officeNames, language)}
            onAccepted={() => dispatch({ type: 'consented' })}
            onDeclined={() => onExit('home')}
          />
        );
      case 'kind':
        return <ReportKindStep state={state} dispatch={dispatch} />;
      case 'category':
        return <ReportCategoryStep state={state} dispatch={dispatch} />;
      case 'arrondissement':
      case 'neighbourhood':
        return <ReportPlaceStep state={state} dispatch={dispatch} places={places} language={language} onRetry={loadPlaces} />;
      case 'landmark':
        return <ReportLandmarkStep state={state} dispatch={dispatch} language={language} />;
      case 'description':
        return <ReportDescriptionStep state={state} dispatch={dispatch} language={language} />;
      case 'contact':
        return <ReportContactStep state={state} dispatch={dispatch} language={language} />;
      case 'phone':
        return <ReportPhoneStep state={state} dispatch={dispatch} language={language} />;
      case 'summary':
      case 'submitting':
        return <ReportSummaryStep state={state} dispatch={dispatch} places={places} language={language} onSubmit={submit} />;
      case 'result':
        return state.result ? (
          <ReportResult
            receipt={state.result.receipt}
            print={state.result.print}
            language={language}
            secondsLeft={resultSecondsLeft}
            onDone={() => onExit('done')}
          />
        ) : null;
    }
  })();

  return (
    <div className="flow report-flow" data-testid="report-flow" data-step={state.step}>
      {step}
      {confirmLeave ? (
        <DiscardDialog
          texts={{
            title: t('report.discard.title'),
            message: t('report.discard.message'),
            stay: t('report.discard.stay'),
            leave: t('report.discard.leave'),
          }}
          onStay={() => setConfirmLeave(false)}
          onLeave={() => onExit('home')}
        />
      ) : null}
    </div>
  );
}
