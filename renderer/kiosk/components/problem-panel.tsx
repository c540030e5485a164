import { useTranslation } from 'react-i18next';
import type { KioskProblem } from '../use-kiosk-controller.js';
import { WarningIcon } from '../pictograms/ui-icons.js';

/** A failure in plain words with one way forward; never a technical detail. */
export function ProblemPanel({ problem }: { problem: KioskProblem }) {
  const { t } = useTranslation();
  return (
    <div className="problem-panel" role="alert">
      <WarningIcon className="problem-icon" />
      <div className="problem-text" data-testid="error-message">
        <p className="problem-title">
          {t('errors.title')}. {t(problem.kind === 'unavailable' ? 'errors.unavailable' : 'errors.generic')}
        </p>
        <p>{t('errors.advice')}</p>
      </div>
      <button type="button" className="action-button" data-testid="retry-button" onClick={problem.retry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
