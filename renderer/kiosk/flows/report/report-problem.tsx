// What a citizen is told when the report cannot go on: one plain sentence per cause.
import { useTranslation } from 'react-i18next';
import { FlowMessage } from '../shared/flow-layout.js';
import type { ReportProblem } from './report-state.js';

function messageKey(problem: ReportProblem): string {
  switch (problem.type) {
    case 'missing':
      return `report.fix.${problem.field}`;
    case 'request':
      return problem.problem === 'unavailable' ? 'report.problems.unavailable' : 'report.problems.generic';
    case 'refused':
      if (problem.reason === 'invalid' && problem.field) return `report.fix.${problem.field}`;
      if (problem.reason === 'consent-required') return 'report.problems.consent';
      if (problem.reason === 'rejected') return 'report.problems.rejected';
      return 'report.problems.generic';
  }
}

export function ReportProblemMessage({ problem }: { problem: ReportProblem | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <FlowMessage tone="error" testId="report-problem">
      {t(messageKey(problem))}
    </FlowMessage>
  );
}
