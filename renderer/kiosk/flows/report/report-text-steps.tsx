// The typed parts of a report: an optional street or landmark, then the description.
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_DESCRIPTION_MAX_LENGTH, REPORT_LANDMARK_MAX_LENGTH, type Language } from '../../../../main/contract/kiosk-contract.js';
import { fieldRule } from '../../../keyboard/field-rules.js';
import { FlowKeyboardStep } from '../shared/flow-keyboard-step.js';
import { ReportProblemMessage } from './report-problem.js';
import type { ReportAction, ReportState } from './report-state.js';

interface TextStepProps {
  state: ReportState;
  dispatch: Dispatch<ReportAction>;
  language: Language;
}

const LANDMARK_RULE = fieldRule('free-text', { maxLength: REPORT_LANDMARK_MAX_LENGTH, required: false });
const DESCRIPTION_RULE = fieldRule('free-text', { maxLength: REPORT_DESCRIPTION_MAX_LENGTH, required: true });

function charactersLeft(text: string, max: number): number {
  return Math.max(0, max - Array.from(text).length);
}

export function ReportLandmarkStep({ state, dispatch, language }: TextStepProps) {
  const { t } = useTranslation();
  const empty = state.landmark.trim() === '';
  return (
    <FlowKeyboardStep
      testId="report-landmark-step"
      title={t('report.landmark.title')}
      hint={t('report.landmark.hint')}
      language={language}
      rule={LANDMARK_RULE}
      label={t('report.landmark.label')}
      value={state.landmark}
      onChange={(text) => dispatch({ type: 'type-landmark', text })}
      onDone={() => dispatch({ type: 'landmark-done' })}
    >
      <ReportProblemMessage problem={state.problem} />
      <div className="flow-actions flow-actions--end flow-actions--stacked">
        <button type="button" className="action-button" data-testid="report-landmark-next" onClick={() => dispatch({ type: 'landmark-done' })}>
          {empty ? t('report.landmark.skip') : t('report.next')}
        </button>
      </div>
    </FlowKeyboardStep>
  );
}

export function ReportDescriptionStep({ state, dispatch, language }: TextStepProps) {
  const { t } = useTranslation();
  const left = charactersLeft(state.description, REPORT_DESCRIPTION_MAX_LENGTH);
  return (
    <FlowKeyboardStep
      testId="report-description-step"
      title={t('report.description.title')}
      hint={t('report.description.hint')}
      language={language}
      rule={DESCRIPTION_RULE}
      label={t('report.description.label')}
      value={state.description}
      onChange={(text) => dispatch({ type: 'type-description', text })}
      onDone={() => dispatch({ type: 'description-done' })}
    >
      <p className="flow-counter" data-testid="report-description-left" aria-live="polite">
        {left === 0 ? t('report.description.full') : t('report.description.left', { count: left })}
      </p>
      <ReportProblemMessage problem={state.problem} />
      <div className="flow-actions flow-actions--end flow-actions--stacked">
        <button type="button" className="action-button" data-testid="report-description-next" onClick={() => dispatch({ type: 'description-done' })}>
          {t('report.next')}
        </button>
      </div>
    </FlowKeyboardStep>
  );
}
