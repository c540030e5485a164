// Civil-status documents: privacy notice, identity (card in the reader or typed), document,
// copies and language, summary with the fee, then the receipt. Steps live in a pure reducer
// (civil-status-state.ts); this component wires it to main and to the app's Back and idle.
import { useCallback, useEffect, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CivilStatusOptions } from '../../../../main/contract/kiosk-contract.js';
import { officeNameIn } from '../../../../main/contract/office-names.js';
import type { FlowProps, IdleMode } from '../flow-props.js';
import { useFlowBack, useFlowIdleMode, useGuardedRequest } from '../shared/flow-hooks.js';
import { formatCalendarDate } from '../shared/flow-format.js';
import { FlowBusy, FlowMessage } from '../shared/flow-layout.js';
import { IdentityConfirm } from '../shared/identity-confirm.js';
import { IdentityInsertCard } from '../shared/identity-insert-card.js';
import { IdentityBirthDateStep, IdentityCardNumberStep } from '../shared/identity-typed-steps.js';
import { PrivacyNotice } from '../shared/privacy-notice.js';
import { CivilCopiesLanguage } from './civil-copies-language.js';
import { CivilDocumentChoice } from './civil-document-choice.js';
import { CivilResult } from './civil-result.js';
import { civilReducer, initialCivilState, isoBirthDate, previousStep, type CivilStep } from './civil-status-state.js';
import { CivilSummary } from './civil-summary.js';
import './civil-status.css';
import { useScreenPrompt } from '../../../speech/use-screen-prompt.js';

function idleModeOf(step: CivilStep): IdleMode {
  if (step === 'submitting') return 'paused';
  if (step === 'result') return 'result';
  return 'normal';
}

type OptionsLoad = { state: 'loading' } | { state: 'ready'; options: CivilStatusOptions } | { state: 'failed'; problem: 'unavailable' | 'generic' };

export function CivilStatusFlow({ api, sessionId, language, info, resultSecondsLeft, onExit, setIdleMode, setBackHandler }: FlowProps) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(civilReducer, language, initialCivilState);
  const [optionsLoad, setOptionsLoad] = useState<OptionsLoad>({ state: 'loading' });
  const guarded = useGuardedRequest();

  useFlowIdleMode(setIdleMode, idleModeOf(state.step));
  // Each step says itself; the result screen says the receipt instead. The name and birth
  // date read from the card are personal: only a headset says them (EN 301 549 5.1.3.9).
  const identity = state.step === 'confirm-identity' ? state.identity : null;
  useScreenPrompt(
    state.step === 'result'
      ? null
      : [
          ...(identity
            ? [
                {
                  key: 'speech.civil.identity-details',
                  params: { name: [identity.givenNames, identity.surname].filter(Boolean).join(' '), birthDate: formatCalendarDate(identity.birthDate, language) },
                  private: true,
                  publicText: { key: 'speech.civil.identity-read' },
                },
              ]
            : []),
          { key: `speech.civil.${state.step}` },
        ],
  );
  useFlowBack(setBackHandler, () => {
    const target = previousStep(state);
    if (target === null) return false;
    // Going back from the identity shown means it is not confirmed: main forgets it too.
    if (state.step === 'confirm-identity') void api.request('identity.clear', { sessionId }).catch(() => undefined);
    dispatch({ type: 'back' });
    return true;
  });

  const loadOptions = useCallback(() => {
    setOptionsLoad({ state: 'loading' });
    guarded(api.request('civilStatus.options', {}), {
      onValue: (options) => setOptionsLoad({ state: 'ready', options }),
      onProblem: (problem) => setOptionsLoad({ state: 'failed', problem }),
    });
  }, [api, guarded]);
  useEffect(loadOptions, [loadOptions]);

  // The reader is main's: a read reaches this screen only for this session, after consent.
  useEffect(
    () =>
      api.on('identity.read', (event) => {
        if (event.sessionId !== sessionId) return;
        if (event.result.ok) dispatch({ type: 'identity-found', identity: event.result.identity });
        else dispatch({ type: 'identity-problem', issue: event.result.problem });
      }),
    [api, sessionId],
  );

  const checkTypedIdentity = (birthDate: string) => {
    if (state.checkingTypedIdentity) return;
    dispatch({ type: 'birth-date-changed', value: birthDate });
    const iso = isoBirthDate(birthDate);
    if (!iso) {
      dispatch({ type: 'identity-problem', issue: 'invalid-birth-date' });
      return;
    }
    dispatch({ type: 'typed-identity-checking' });
    guarded(api.request('identity.enterCardNumber', { sessionId, cardNumber: state.cardNumber, birthDate: iso }), {
      onValue: (result) => {
        if (result.ok) dispatch({ type: 'identity-found', identity: result.identity });
        else if (result.problem === 'consent-required') dispatch({ type: 'consent-lost' });
        else dispatch({ type: 'identity-problem', issue: result.problem });
      },
      onProblem: () => dispatch({ type: 'typed-identity-failed', issue: 'unavailable' }),
    });
  };

  const rejectIdentity = () => {
    dispatch({ type: 'not-me' });
    void api.request('identity.clear', { sessionId }).catch(() => undefined);
  };

  const submit = () => {
    if (!state.document) return;
    dispatch({ type: 'submit-started' });
    guarded(
      api.request('civilStatus.submit', {
        sessionId,
        document: state.document,
        copies: state.copies,
        documentLanguage: state.documentLanguage,
      }),
      {
        onValue: (result) => {
          if (result.outcome === 'submitted') dispatch({ type: 'submitted', receipt: result.receipt, print: result.print });
          else dispatch({ type: 'submit-failed', issue: result.reason });
        },
        onProblem: (problem) => dispatch({ type: 'submit-failed', issue: problem === 'unavailable' ? 'unavailable' : 'error' }),
      },
    );
  };

  const options = optionsLoad.state === 'ready' ? optionsLoad.options : null;
  const needsOptions = state.step === 'document' || state.step === 'options' || state.step === 'summary';
  if (needsOptions && !options) {
    return (
      <section className="screen civil-screen" data-testid="civil-options-loading">
        {optionsLoad.state === 'failed' ? (
          <>
            <FlowMessage tone="error" title={t('civil-status.optionsFailed.title')} testId="civil-options-failed">
              {t(`civil-status.optionsFailed.${optionsLoad.problem}`)}
            </FlowMessage>
            <div className="flow-actions">
              <button type="button" className="action-button action-button--large" data-testid="civil-options-retry" onClick={loadOptions}>
                {t('civil-status.summary.retry')}
              </button>
            </div>
          </>
        ) : (
          <FlowBusy text={t('civil-status.loading')} />
        )}
      </section>
    );
  }

  switch (state.step) {
    case 'privacy':
      return (
        <PrivacyNotice
          api={api}
          sessionId={sessionId}
          purpose="civil-status"
          officeName={officeNameIn(info.officeNames, language)}
          onAccepted={() => dispatch({ type: 'consented' })}
          onDeclined={() => onExit('home')}
        />
      );
    case 'identity':
      return <IdentityInsertCard issue={state.identityIssue} onType={() => dispatch({ type: 'choose-typing' })} />;
    case 'card-number':
      return (
        <IdentityCardNumberStep
          language={language}
          value={state.cardNumber}
          issue={state.identityIssue}
          onChange={(value) => dispatch({ type: 'card-number-changed', value })}
          onDone={() => dispatch({ type: 'card-number-done' })}
        />
      );
    case 'birth-date':
      return (
        <IdentityBirthDateStep
          language={language}
          value={state.birthDate}
          issue={state.identityIssue}
          checking={state.checkingTypedIdentity}
          onChange={(value) => dispatch({ type: 'birth-date-changed', value })}
          onDone={checkTypedIdentity}
        />
      );
    case 'confirm-identity':
      return state.identity ? (
        <IdentityConfirm
          identity={state.identity}
          language={language}
          onConfirm={() => dispatch({ type: 'identity-confirmed' })}
          onReject={rejectIdentity}
        />
      ) : null;
    case 'document':
      return options ? (
        <CivilDocumentChoice
          options={options}
          selected={state.document}
          language={language}
          onChoose={(document) => dispatch({ type: 'document-chosen', document })}
        />
      ) : null;
    case 'options':
      return options ? (
        <CivilCopiesLanguage
          options={options}
          copies={state.copies}
          documentLanguage={state.documentLanguage}
          onCopies={(delta) => dispatch({ type: 'copies-changed', delta, maxCopies: options.maxCopies })}
          onLanguage={(documentLanguage) => dispatch({ type: 'document-language-chosen', language: documentLanguage })}
          onNext={() => dispatch({ type: 'options-done' })}
        />
      ) : null;
    case 'summary': {
      const fee = options?.documents.find((d) => d.id === state.document)?.feePerCopyCentimes;
      return state.document && state.identity && fee !== undefined ? (
        <CivilSummary
          document={state.document}
          copies={state.copies}
          documentLanguage={state.documentLanguage}
          identity={state.identity}
          feePerCopyCentimes={fee}
          language={language}
          issue={state.submitIssue}
          onConfirm={submit}
          onRetryAfterIssue={() => dispatch({ type: 'retry-after-refusal' })}
        />
      ) : null;
    }
    case 'submitting':
      return (
        <section className="screen civil-screen civil-submitting" data-testid="civil-submitting">
          <FlowBusy text={t('civil-status.submitting')} />
          <p className="flow-hint">{t('civil-status.submittingHint', { seconds: info.officeWaitSeconds })}</p>
        </section>
      );
    case 'result':
      return state.result ? (
        <CivilResult
          receipt={state.result.receipt}
          print={state.result.print}
          language={language}
          secondsLeft={resultSecondsLeft}
          onDone={() => onExit('done')}
        />
      ) : null;
  }
}
