// A payment that did not go through: what happened, whether money was taken, what to do next.
import { useTranslation } from 'react-i18next';
import { FlowMessage } from '../shared/flow-layout.js';
import { DeviceGuidance } from '../../guidance/device-guidance.js';
import { canRetryPayment, isBeingChecked, type PaymentFailure } from './tax-state.js';

export interface TaxOutcomeStepProps {
  failure: PaymentFailure;
  onRetry: () => void;
  onLookUpAgain: () => void;
  onBackToNotice: () => void;
  onDone: () => void;
}

/** i18n key of the title and advice for a failure: each cause has its own words. */
export function failureKey(failure: PaymentFailure): string {
  switch (failure.outcome) {
    case 'declined':
      return `tax.outcomes.declined.${failure.reason}`;
    case 'not-confirmed':
      if (failure.reversed) return 'tax.outcomes.notConfirmed.reversed';
      if (failure.checking) return failure.print?.ok === false ? 'tax.outcomes.notConfirmed.checkingNotPrinted' : 'tax.outcomes.notConfirmed.checking';
      return failure.print?.ok === false ? 'tax.outcomes.notConfirmed.slipNotPrinted' : 'tax.outcomes.notConfirmed.slip';
    case 'timed-out':
      return 'tax.outcomes.timedOut';
    case 'cancelled':
      return 'tax.outcomes.cancelled';
    case 'backend-unavailable':
      return 'tax.outcomes.backendUnavailable';
    case 'notice-changed':
      return 'tax.outcomes.noticeChanged';
    case 'terminal-error':
      return 'tax.outcomes.terminalError';
    case 'unknown':
      return 'tax.outcomes.unknown';
  }
}

export function TaxOutcomeStep({ failure, onRetry, onLookUpAgain, onBackToNotice, onDone }: TaxOutcomeStepProps) {
  const { t } = useTranslation();
  const key = failureKey(failure);
  // A payment being checked is not a failure: the citizen owes nothing more, and going back to
  // the notice would invite paying it a second time while the first may be recorded.
  const checking = isBeingChecked(failure);
  const tone = failure.outcome === 'cancelled' || checking ? 'warning' : 'error';
  const adviceParams: Record<string, string> = failure.outcome === 'not-confirmed' && failure.checkNumber ? { checkNumber: unbrokenCode(failure.checkNumber) } : {};
  // A slip came out of the printer: the citizen takes it to the counter.
  const slipPrinted = failure.outcome === 'not-confirmed' && !failure.reversed && failure.print?.ok === true;
  return (
    <section className="screen tax-outcome" data-testid="tax-outcome" data-outcome={failure.outcome} aria-labelledby="tax-outcome-title">
      <h1 id="tax-outcome-title" className="screen-title">
        {t(checking ? 'tax.outcomes.headingChecking' : 'tax.outcomes.heading')}
      </h1>
      <FlowMessage tone={tone} alert title={t(`${key}.title`)} testId="tax-outcome-message">
        {t(`${key}.advice`, adviceParams)}
      </FlowMessage>
      {slipPrinted ? <DeviceGuidance device="printerSlot" instruction={{ key: `${key}.advice`, params: adviceParams }} className="device-guidance--centred" /> : null}
      <div className="flow-actions flow-actions--end">
        {canRetryPayment(failure) ? (
          <button type="button" className="action-button action-button--go" data-testid="tax-retry" onClick={onRetry}>
            {t('tax.outcomes.retry')}
          </button>
        ) : null}
        {failure.outcome === 'notice-changed' ? (
          <button type="button" className="action-button" data-testid="tax-relookup" onClick={onLookUpAgain}>
            {t('tax.outcomes.lookUpAgain')}
          </button>
        ) : checking ? null : (
          <button type="button" className="secondary-button secondary-button--large" data-testid="tax-back-to-notice" onClick={onBackToNotice}>
            {t('tax.outcomes.backToNotice')}
          </button>
        )}
        <button type="button" className="secondary-button secondary-button--large" data-testid="tax-outcome-done" onClick={onDone}>
          {t('tax.outcomes.done')}
        </button>
      </div>
    </section>
  );
}

/** A word joiner after each hyphen: the check number is copied from the slip, so it must not break across lines. */
function unbrokenCode(code: string): string {
  return code.replace(/-/g, '-\u2060');
}
