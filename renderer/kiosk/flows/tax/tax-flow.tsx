// Local taxes: find the notice by its barcode or reference, see what is due, pay by card on
// the payment terminal, take the receipt.
import { useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowProps } from '../flow-props.js';
import { useFlowBackOrDiscard, useFlowIdleMode, useGuardedRequest, useScannedCodes } from '../shared/flow-hooks.js';
import { DiscardDialog } from '../shared/flow-layout.js';
import { formatMoney } from '../shared/format-money.js';
import { TaxLookingUp, TaxScanStep, TaxTypeStep } from './tax-entry-steps.js';
import { TaxNoticeStep } from './tax-notice-step.js';
import { TaxOutcomeStep } from './tax-outcome-step.js';
import { TaxPaymentStep } from './tax-payment-step.js';
import { TaxReceipt } from './tax-receipt.js';
import { acceptsScan, initialTaxState, previousTaxStep, taxReducer } from './tax-state.js';
import './tax.css';
import { useScreenPrompt } from '../../../speech/use-screen-prompt.js';

export function TaxFlow({ api, sessionId, language, info, resultSecondsLeft, onExit, setIdleMode, setBackHandler }: FlowProps) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(taxReducer, initialTaxState);
  const guarded = useGuardedRequest();

  const lookup = (reference: string, from: 'scan' | 'type') => {
    if (state.step === 'looking-up' || state.step === 'paying') return;
    dispatch({ type: 'lookup', from });
    guarded(api.request('tax.lookup', { sessionId, reference: reference.trim().slice(0, 32) }), {
      onValue: (result) => dispatch({ type: 'looked-up', result }),
      onProblem: (problem) => dispatch({ type: 'lookup-failed', problem }),
    });
  };

  useScannedCodes(api, sessionId, acceptsScan(state), (code) => lookup(code, 'scan'));

  const paying = state.step === 'paying';
  // While paying, each new instruction of the terminal is said as it comes; the receipt
  // screen says its essentials itself.
  useScreenPrompt(
    state.step === 'paid'
      ? null
      : paying && state.paymentStep
        ? { key: `tax.paying.steps.${state.paymentStep}` }
        : { key: `speech.tax.${state.step}` },
  );
  useEffect(() => {
    if (!paying) return undefined;
    return api.on('payment.prompt', (event) => {
      if (event.sessionId === sessionId) dispatch({ type: 'prompt', step: event.step });
    });
  }, [api, sessionId, paying]);

  // Home (or a language reset) can unmount the flow while the terminal waits for a card: the
  // payment must not go on for a citizen who no longer sees it.
  const payingRef = useRef(false);
  payingRef.current = paying;
  useEffect(
    () => () => {
      if (payingRef.current) api.request('tax.cancelPayment', { sessionId }).catch(() => undefined);
    },
    [api, sessionId],
  );

  const pay = () => {
    const notice = state.notice;
    if (!notice || paying) return;
    dispatch({ type: 'pay' });
    guarded(api.request('tax.pay', { sessionId, reference: notice.reference }), {
      onValue: (result) => dispatch({ type: 'pay-answered', result }),
      onProblem: (problem) => dispatch({ type: 'pay-failed', problem }),
    });
  };

  const cancel = () => {
    dispatch({ type: 'cancel' });
    // tax.pay answers 'cancelled' once the terminal has stopped; this only asks it to.
    guarded(api.request('tax.cancelPayment', { sessionId }), {
      onValue: () => undefined,
      onProblem: () => dispatch({ type: 'cancel-failed' }),
    });
  };

  useFlowIdleMode(
    setIdleMode,
    state.step === 'paying' || state.step === 'looking-up' ? 'paused' : state.step === 'paid' ? 'result' : 'normal',
  );
  const [confirmLeave, setConfirmLeave] = useFlowBackOrDiscard(setBackHandler, {
    previous: () => previousTaxStep(state),
    back: () => dispatch({ type: 'back' }),
    hasTyped: () => state.step === 'scan' && state.typed !== '',
  });

  const screen = (() => {
    switch (state.step) {
      case 'scan':
        return <TaxScanStep problem={state.lookupProblem} onType={() => dispatch({ type: 'show-keyboard' })} />;
      case 'type':
        return (
          <TaxTypeStep
            value={state.typed}
            problem={state.lookupProblem}
            language={language}
            onChange={(text) => dispatch({ type: 'type', text })}
            onFind={() => lookup(state.typed, 'type')}
            onScanner={() => dispatch({ type: 'show-scanner' })}
          />
        );
      case 'looking-up':
        return <TaxLookingUp />;
      case 'notice':
        return state.notice ? (
          <TaxNoticeStep notice={state.notice} language={language} onPay={pay} onAnother={() => dispatch({ type: 'another' })} />
        ) : null;
      case 'paying':
        return (
          <TaxPaymentStep
            amount={state.notice ? formatMoney(state.notice.amountDueCentimes, language) : ''}
            step={state.paymentStep}
            cancelling={state.cancelling}
            onCancel={cancel}
          />
        );
      case 'payment-outcome':
        return state.failure ? (
          <TaxOutcomeStep
            failure={state.failure}
            onRetry={pay}
            onLookUpAgain={() => state.notice && lookup(state.notice.reference, state.entry)}
            onBackToNotice={() => dispatch({ type: 'back-to-notice' })}
            onDone={() => onExit('done')}
          />
        ) : null;
      case 'paid':
        return state.paid ? (
          <TaxReceipt
            receipt={state.paid.receipt}
            print={state.paid.print}
            language={language}
            timeZone={info.timeZone}
            secondsLeft={resultSecondsLeft}
            onDone={() => onExit('done')}
          />
        ) : null;
    }
  })();

  return (
    <div className="flow tax-flow" data-testid="tax-flow" data-step={state.step}>
      {screen}
      {confirmLeave ? (
        <DiscardDialog
          texts={{ title: t('tax.discard.title'), message: t('tax.discard.message'), stay: t('tax.discard.stay'), leave: t('tax.discard.leave') }}
          onStay={() => setConfirmLeave(false)}
          onLeave={() => onExit('home')}
        />
      ) : null}
    </div>
  );
}
