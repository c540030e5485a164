// One plain message per identity problem, saying what to do next (turn the passport over,
// type the number instead, go to the counter with a valid card).
import { useTranslation } from 'react-i18next';
import type { IdentityProblem } from '../../../../main/contract/kiosk-contract.js';
import { FlowMessage } from './flow-layout.js';

export type IdentityIssue = IdentityProblem | 'invalid-card-number' | 'invalid-birth-date' | 'unavailable';

export function IdentityIssueMessage({ issue }: { issue: IdentityIssue }) {
  const { t } = useTranslation();
  return (
    <div data-testid="identity-issue" data-issue={issue}>
      <FlowMessage tone="error" title={t(`civil-status.identity.issues.${issue}.title`)}>
        {t(`civil-status.identity.issues.${issue}.advice`)}
      </FlowMessage>
    </div>
  );
}
