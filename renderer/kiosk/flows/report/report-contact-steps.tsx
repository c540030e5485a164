// Optional follow-up by SMS: one choice. The "follow by SMS" tile says what it agrees to, so
// tapping it is the citizen's explicit consent (law 09-08); nothing is chosen in advance. The
// number shows in full while typed, to be checked, and masked after (summary, receipt).
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../main/contract/kiosk-contract.js';
import { fieldRule } from '../../../keyboard/field-rules.js';
import { FlowKeyboardStep } from '../shared/flow-keyboard-step.js';
import { NoPhonePictogram, PhonePictogram } from '../../pictograms/report-pictograms.js';
import { ReportProblemMessage } from './report-problem.js';
import type { ReportAction, ReportState } from './report-state.js';
import { ScrollBox } from '../../components/scroll-box.js';

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
      <ScrollBox className="flow-tiles" labelledBy="report-contact-title">
        <button
          type="button"
          className="tile flow-tile"
          data-testid="report-sms-yes"
          aria-pressed={state.wantsSms === true}
          onClick={() => dispatch({ type: 'choose-sms', wanted: true })}
        >
          <PhonePictogram className="tile-pictogram" />
          <span className="tile-title">{t('report.contact.yes')}</span>
          <span className="tile-hint">{t('report.contact.yesMeans')}</span>
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
      </ScrollBox>
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
      narrow
      onChange={(text) => dispatch({ type: 'type-phone', text })}
      onDone={done}
    >
      <ReportProblemMessage problem={state.problem} />
      <div className="flow-actions flow-actions--end">
        <button type="button" className="action-button" data-testid="report-phone-next" onClick={done}>
          {t('report.next')}
        </button>
      </div>
    </FlowKeyboardStep>
  );
}
