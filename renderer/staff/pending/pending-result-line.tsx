import { useTranslation } from 'react-i18next';
import type { PendingPrintResult } from '../../../main/contract/kiosk-contract.js';
import { printFailureKey } from '../staff-format.js';

export function PendingResultLine({ result }: { result: PendingPrintResult }) {
  const { t } = useTranslation();
  return (
    <p
      className={`staff-message ${result.stoppedBy ? 'staff-message--error' : 'staff-message--ok'}`}
      data-testid="pending-result"
      data-printed={result.printed}
      data-remaining={result.remaining}
      data-stopped-by={result.stoppedBy}
      role="status"
    >
      {t('staff.pending.result', { printed: result.printed, remaining: result.remaining })}
      {result.stoppedBy ? (
        <>
          {' '}
          {t('staff.pending.stoppedBy', { reason: t(printFailureKey(result.stoppedBy)) })}
        </>
      ) : null}
    </p>
  );
}
