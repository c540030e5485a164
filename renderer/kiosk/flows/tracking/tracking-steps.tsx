// The screens of request tracking: scan or type the number, then the status in plain words.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../main/contract/kiosk-contract.js';
import { normaliseReferenceNumber } from '../../../../main/contract/reference-number.js';
import { fieldRule, type FieldRule } from '../../../keyboard/field-rules.js';
import { formatOfficeDay } from '../shared/flow-format.js';
import { FlowBusy, FlowMessage } from '../shared/flow-layout.js';
import { FlowKeyboardStep } from '../shared/flow-keyboard-step.js';
import { FlowScrollBody } from '../shared/flow-scroll-body.js';
import { FlowScanPrompt } from '../shared/flow-scan-prompt.js';
import { TRACKED_PROCEDURE_PICTOGRAMS } from '../../pictograms/service-pictograms.js';
import { STATUS_PICTOGRAMS } from './tracking-pictograms.js';
import type { TrackedRequest, TrackingProblem } from './tracking-state.js';

const BASE_RULE = fieldRule('tax-reference', { maxLength: 24 });

/**
 * Receipt numbers share the tax references' alphabet (capitals, digits, "-"), not their message;
 * the hyphens are optional (AR2026000001), as in main's lookup.
 */
export const TRACKING_NUMBER_RULE: FieldRule = {
  ...BASE_RULE,
  validate(value) {
    const result = BASE_RULE.validate(normaliseReferenceNumber(value));
    return result.ok || value === '' ? result : { ok: false, messageKey: 'tracking.type.invalid' };
  },
};

function ProblemMessage({ problem }: { problem: TrackingProblem | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <FlowMessage tone={problem === 'queue-ticket' ? 'warning' : 'error'} alert title={t(`tracking.problems.${problem}.title`)} testId="tracking-problem">
      {t(`tracking.problems.${problem}.advice`)}
    </FlowMessage>
  );
}

export function TrackingScanStep({ problem, onType }: { problem: TrackingProblem | null; onType: () => void }) {
  const { t } = useTranslation();
  return (
    <FlowScanPrompt
      testId="tracking-scan-step"
      title={t('tracking.scan.title')}
      instructionKey="tracking.scan.instruction"
      typeLabel={t('tracking.scan.type')}
      typeTestId="tracking-type"
      onType={onType}
      message={<ProblemMessage problem={problem} />}
    />
  );
}

export interface TrackingTypeStepProps {
  value: string;
  problem: TrackingProblem | null;
  language: Language;
  onChange: (value: string) => void;
  onFind: () => void;
  onScanner: () => void;
}

export function TrackingTypeStep({ value, problem, language, onChange, onFind, onScanner }: TrackingTypeStepProps) {
  const { t } = useTranslation();
  return (
    <FlowKeyboardStep
      testId="tracking-type-step"
      title={t('tracking.type.title')}
      hint={t('tracking.type.hint')}
      language={language}
      rule={TRACKING_NUMBER_RULE}
      label={t('tracking.type.label')}
      value={value}
      onChange={onChange}
      onDone={onFind}
    >
      {/* On a short screen in large text the problem scrolls with its cue; the buttons stay in view. */}
      {problem ? (
        <FlowScrollBody labelledBy="tracking-type-step-title" className="flow-type-problem">
          <ProblemMessage problem={problem} />
        </FlowScrollBody>
      ) : null}
      <div className="flow-actions flow-actions--end flow-actions--stacked">
        <button
          type="button"
          className="action-button action-button--go"
          data-testid="tracking-lookup"
          disabled={!TRACKING_NUMBER_RULE.validate(value).ok}
          onClick={onFind}
        >
          {t('tracking.type.find')}
        </button>
        <button type="button" className="secondary-button" data-testid="tracking-use-scanner" onClick={onScanner}>
          {t('tracking.type.useScanner')}
        </button>
      </div>
    </FlowKeyboardStep>
  );
}

export function TrackingLookingUp() {
  const { t } = useTranslation();
  return (
    <section className="screen" data-testid="tracking-looking-up">
      <FlowBusy text={t('tracking.lookingUp')} />
    </section>
  );
}

export interface TrackingStatusStepProps {
  request: TrackedRequest;
  language: Language;
  timeZone: string;
  secondsLeft: number;
  onAnother: () => void;
  onDone: () => void;
}

export function TrackingStatusStep({ request, language, timeZone, secondsLeft, onAnother, onDone }: TrackingStatusStepProps) {
  const { t } = useTranslation();
  const Pictogram = STATUS_PICTOGRAMS[request.status];
  const ProcedurePictogram = TRACKED_PROCEDURE_PICTOGRAMS[request.procedure];
  return (
    <section className="screen tracking-status" data-testid="tracking-status-step" aria-labelledby="tracking-status-title">
      <h1 id="tracking-status-title" className="screen-title tracking-status-title">
        <ProcedurePictogram className="tracking-procedure-pictogram" />
        {t(`tracking.procedures.${request.procedure}`)}{' '}
        <bdi dir="ltr" data-testid="tracking-reference">
          {request.reference}
        </bdi>
      </h1>
      <div className={`flow-card flow-card--main tracking-status-card tracking-status-card--${request.status}`} data-testid="tracking-status" data-status={request.status}>
        <Pictogram className="tracking-status-pictogram" />
        <div className="tracking-status-words">
          <p className="tracking-status-name">{t(`tracking.statuses.${request.status}.name`)}</p>
          <p>{t(`tracking.statuses.${request.status}.explanation`)}</p>
          <p className="tracking-status-date" data-testid="tracking-date">
            {t('tracking.updatedOn', { date: formatOfficeDay(request.updatedAt, language, timeZone) })}
          </p>
        </div>
      </div>
      <div className="flow-actions flow-actions--end">
        <p className="result-countdown">{t('result.returning', { count: secondsLeft })}</p>
        <button type="button" className="secondary-button secondary-button--large" data-testid="tracking-another" onClick={onAnother}>
          {t('tracking.another')}
        </button>
        <button type="button" className="action-button" data-testid="done-button" onClick={onDone}>
          {t('result.done')}
        </button>
      </div>
    </section>
  );
}
