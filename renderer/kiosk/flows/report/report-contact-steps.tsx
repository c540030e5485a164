// Optional follow-up by SMS: a phone number only with the citizen's explicit consent, which
// is never ticked in advance (law 09-08).
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../main/contract/kiosk-contract.js';
import { fieldRule } from '../../../keyboard/field-rules.js';
import { CheckIcon } from '../../pictograms/ui-icons.js';
import { FlowKeyboardStep } from '../shared/flow-keyboard-step.js';
import { NoPhonePictogram, PhonePictogram } from '../../pictograms/report-pictograms.js';
import { ReportProblemMessage } from './report-problem.js';
import type { ReportAction, ReportState } from './report-state.js';

interface ContactStepProps {
  state: ReportState;
  dispatch: Dispatch<ReportAction>;
  language: Language;
}

export const PHONE_RULE = fieldRule('phone');

export function ReportContactStep({ state, dispatch }: ContactStepProps) {
  const { t } = useTranslation();
  return (
    <section className="screen report-step" data-testid="report-contact-step" aria-labelledby="report-contact-title">
      <h1 id="report-contact-title" className="screen-title">
        {t('report.contact.title')}
      </h1>
      <p className="flow-hint">{t('report.contact.hint')}</p>
      <ReportProblemMessage problem={state.problem} />
      <div className="flow-tiles">
        <button
          type="button"
          className="tile flow-tile"
          data-testid="report-sms-yes"
          aria-pressed={state.wantsSms === true}
          onClick={() => dispatch({ type: 'choose-sms', wanted: true })}
        >
          <PhonePictogram className="tile-pictogram" />
          <span className="tile-title">{t('report.contact.yes')}</span>
        </button>
        <button
          type="button"
          className="tile flow-tile"
          data-testid="report-sms-no"
          aria-pressed={state.wantsSms === false}
          onClick={() => dispatch({ type: 'choose-sms', wanted: false })}
        >
          <NoPhonePictogram className="tile-pictogram" />
          <span className="tile-title">{t('report.contact.no')}</span>
        </button>
      </div>
    </section>
  );
}

export function ReportPhoneStep({ state, dispatch, language }: ContactStepProps) {
  const { t } = useTranslation();
  const done = () => dispatch({ type: 'phone-done', phoneValid: PHONE_RULE.validate(state.phone).ok });
  return (
    <FlowKeyboardStep
      testId="report-phone-step"
      title={t('report.phone.title')}
      hint={t('report.phone.hint')}
      language={language}
      rule={PHONE_RULE}
      label={t('report.phone.label')}
      value={state.phone}
      mask="last4"
      narrow
      onChange={(text) => dispatch({ type: 'type-phone', text })}
      onDone={done}
    >
      <button
        type="button"
        role="checkbox"
        aria-checked={state.smsConsent}
        className="flow-check"
        data-testid="report-sms-consent"
        onClick={() => dispatch({ type: 'toggle-sms-consent' })}
      >
        <span className="flow-check-box" aria-hidden="true">
          {state.smsConsent ? <CheckIcon className="flow-check-icon" /> : null}
        </span>
        <span>{t('report.phone.consent')}</span>
      </button>
      <ReportProblemMessage problem={state.problem} />
      <div className="flow-actions flow-actions--end">
        <button type="button" className="action-button" data-testid="report-phone-next" onClick={done}>
          {t('report.next')}
        </button>
      </div>
    </FlowKeyboardStep>
  );
}
