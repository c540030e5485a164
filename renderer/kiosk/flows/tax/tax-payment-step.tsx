// While the card terminal works: what it asks for right now, a reminder that the PIN is typed
// on the terminal and never on this screen, and a way to cancel.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentStepSchema, type PaymentStep } from '../../../../main/contract/kiosk-contract.js';
import { Spinner } from '../../components/spinner.js';
import { CardPictogram, PAYMENT_STEP_PICTOGRAMS } from './payment-pictograms.js';
import { DeviceGuidance } from '../../guidance/device-guidance.js';
import { ScrollCue } from '../../../display/scroll-cue.js';

/** Steps the citizen does at the terminal itself: the screen points to where it is. */
const AT_THE_TERMINAL: ReadonlySet<PaymentStep> = new Set(['insert-card', 'enter-pin', 'remove-card']);

export interface TaxPaymentStepProps {
  amount: string;
  step: PaymentStep | null;
  cancelling: boolean;
  onCancel: () => void;
}

export function TaxPaymentStep({ amount, step, cancelling, onCancel }: TaxPaymentStepProps) {
  const { t } = useTranslation();
  const Pictogram = step ? PAYMENT_STEP_PICTOGRAMS[step] : CardPictogram;
  const body = useRef<HTMLDivElement>(null);
  return (
    <section className="screen tax-paying" data-testid="tax-paying" aria-labelledby="tax-paying-title">
      <h1 id="tax-paying-title" className="screen-title">
        {t('tax.paying.title', { amount })}
      </h1>
      {/* On a short screen in the largest text what the terminal asks scrolls with its cue; Cancel stays in view. */}
      <div className="tax-paying-frame">
        <div className="tax-paying-body" ref={body} tabIndex={0} role="group" aria-labelledby="tax-paying-title">
          <div className="flow-prompt-panel" data-testid="payment-step" data-step={step ?? 'starting'} role="status" aria-live="assertive">
            {step && AT_THE_TERMINAL.has(step) ? (
              <DeviceGuidance device="paymentTerminal" instruction={{ key: `tax.paying.steps.${step}` }} />
            ) : (
              <Pictogram className="tax-paying-pictogram" />
            )}
            <p className="tax-paying-instruction">{step ? t(`tax.paying.steps.${step}`) : t('tax.paying.starting')}</p>
            {step === 'processing' || step === null ? <Spinner /> : null}
          </div>
          <div className="tax-paying-side">
            <ol className="tax-paying-steps">
              {paymentStepSchema.options.map((name) => (
                <li key={name} aria-current={name === step ? 'step' : undefined}>
                  {t(`tax.paying.steps.${name}`)}
                </li>
              ))}
            </ol>
            <p className="tax-pin-note" data-testid="payment-pin-note">
              {t('tax.paying.pinNote')}
            </p>
          </div>
        </div>
        <ScrollCue target={body} />
      </div>
      <div className="flow-actions flow-actions--end tax-paying-actions">
        <button
          type="button"
          className="secondary-button secondary-button--large"
          data-testid="payment-cancel"
          disabled={cancelling || step === 'remove-card'}
          onClick={onCancel}
        >
          {cancelling ? t('tax.paying.cancelling') : t('tax.paying.cancel')}
        </button>
      </div>
    </section>
  );
}
