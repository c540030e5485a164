// Finding the tax notice: scan the barcode printed on it, or type its reference.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../main/contract/kiosk-contract.js';
import { fieldRule } from '../../../keyboard/field-rules.js';
import { FlowKeyboardStep } from '../shared/flow-keyboard-step.js';
import { FlowScrollBody } from '../shared/flow-scroll-body.js';
import { FlowBusy, FlowMessage } from '../shared/flow-layout.js';
import { FlowScanPrompt } from '../shared/flow-scan-prompt.js';
import type { LookupProblem } from './tax-state.js';

export const TAX_REFERENCE_RULE = fieldRule('tax-reference', { maxLength: 32 });

function LookupProblemMessage({ problem }: { problem: LookupProblem | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <FlowMessage tone="error" title={t(`tax.lookupProblems.${problem}.title`)} testId="tax-lookup-problem">
      {t(`tax.lookupProblems.${problem}.advice`)}
    </FlowMessage>
  );
}

export function TaxScanStep({ problem, onType }: { problem: LookupProblem | null; onType: () => void }) {
  const { t } = useTranslation();
  return (
    <FlowScanPrompt
      testId="tax-scan-step"
      title={t('tax.scan.title')}
      instructionKey="tax.scan.instruction"
      typeLabel={t('tax.scan.type')}
      typeTestId="tax-reference-type"
      onType={onType}
      message={<LookupProblemMessage problem={problem} />}
    />
  );
}

export interface TaxTypeStepProps {
  value: string;
  problem: LookupProblem | null;
  language: Language;
  onChange: (value: string) => void;
  onFind: () => void;
  onScanner: () => void;
}

export function TaxTypeStep({ value, problem, language, onChange, onFind, onScanner }: TaxTypeStepProps) {
  const { t } = useTranslation();
  const valid = TAX_REFERENCE_RULE.validate(value).ok;
  return (
    <FlowKeyboardStep
      testId="tax-type-step"
      title={t('tax.type.title')}
      hint={t('tax.type.hint')}
      language={language}
      rule={TAX_REFERENCE_RULE}
      label={t('tax.type.label')}
      value={value}
      onChange={onChange}
      onDone={onFind}
    >
      {/* On a short screen in large text the problem scrolls with its cue; the buttons stay in view. */}
      {problem ? (
        <FlowScrollBody labelledBy="tax-type-step-title" className="flow-type-problem">
          <LookupProblemMessage problem={problem} />
        </FlowScrollBody>
      ) : null}
      <div className="flow-actions flow-actions--end flow-actions--stacked">
        <button type="button" className="action-button action-button--go" data-testid="tax-lookup" disabled={!valid} onClick={onFind}>
          {t('tax.type.find')}
        </button>
        <button type="button" className="secondary-button" data-testid="tax-use-scanner" onClick={onScanner}>
          {t('tax.type.useScanner')}
        </button>
      </div>
    </FlowKeyboardStep>
  );
}

export function TaxLookingUp() {
  const { t } = useTranslation();
  return (
    <section className="screen" data-testid="tax-looking-up">
      <FlowBusy text={t('tax.lookingUp')} />
    </section>
  );
}
