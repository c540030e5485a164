// Identifying by typing: the CNIE number (shown masked but for its last characters), then the
// birth date on the keypad. What was typed stays in the flow's state when the citizen goes
// back a step or the office's answer is a problem.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../main/contract/kiosk-contract.js';
import { fieldRule } from '../../../keyboard/field-rules.js';
import { FlowBusy } from './flow-layout.js';
import { FlowKeyboardStep } from './flow-keyboard-step.js';
import { IdentityIssueMessage, type IdentityIssue } from './identity-issue-message.js';

const CARD_NUMBER_RULE = fieldRule('card-number');
const BIRTH_DATE_RULE = fieldRule('date');

export interface IdentityTypedStepProps {
  language: Language;
  value: string;
  issue: IdentityIssue | null;
  onChange: (value: string) => void;
  onDone: (value: string) => void;
}

export function IdentityCardNumberStep({ language, value, issue, onChange, onDone }: IdentityTypedStepProps) {
  const { t } = useTranslation();
  return (
    <FlowKeyboardStep
      testId="civil-card-number"
      title={t('civil-status.identity.cardNumberTitle')}
      hint={t('civil-status.identity.cardNumberHint')}
      language={language}
      rule={CARD_NUMBER_RULE}
      label={t('civil-status.identity.cardNumberLabel')}
      value={value}
      onChange={onChange}
      onDone={onDone}
      mask="last4"
    >
      {issue ? <IdentityIssueMessage issue={issue} /> : null}
    </FlowKeyboardStep>
  );
}

export function IdentityBirthDateStep({ language, value, issue, onChange, onDone, checking }: IdentityTypedStepProps & { checking: boolean }) {
  const { t } = useTranslation();
  return (
    <FlowKeyboardStep
      testId="civil-birth-date"
      title={t('civil-status.identity.birthDateTitle')}
      hint={t('civil-status.identity.birthDateHint')}
      language={language}
      rule={BIRTH_DATE_RULE}
      label={t('civil-status.identity.birthDateLabel')}
      value={value}
      onChange={onChange}
      onDone={(typed) => {
        if (!checking) onDone(typed);
      }}
      narrow
    >
      {checking ? <FlowBusy text={t('civil-status.identity.checking')} testId="identity-checking" /> : null}
      {issue && !checking ? <IdentityIssueMessage issue={issue} /> : null}
    </FlowKeyboardStep>
  );
}
