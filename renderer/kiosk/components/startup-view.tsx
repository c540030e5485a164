import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../main/contract/kiosk-contract.js';
import { directionOf } from '../../i18n/kiosk-i18n.js';
import { WarningIcon } from '../pictograms/ui-icons.js';
import type { KioskProblem } from '../use-kiosk-controller.js';
import { Spinner } from './spinner.js';

/**
 * Before kiosk.info arrives the default language is unknown, so a startup failure is
 * said in all four languages.
 */
export function StartupView({ problem }: { problem: KioskProblem | null }) {
  const { t, i18n } = useTranslation();
  if (!problem) {
    return (
      <main className="startup-view">
        <p className="loading-line">
          <Spinner />
          <span>{t('app.loading')}</span>
        </p>
      </main>
    );
  }
  const key = problem.kind === 'unavailable' ? 'errors.unavailable' : 'errors.generic';
  return (
    <main className="startup-view">
      <div className="problem-panel problem-panel--startup" role="alert">
        <WarningIcon className="problem-icon" />
        <div className="problem-text" data-testid="error-message">
          {LANGUAGES.map((language) => (
            <p key={language} lang={language} dir={directionOf(language)} className="problem-title">
              {i18n.getFixedT(language)(key)}
            </p>
          ))}
        </div>
        <button type="button" className="action-button" data-testid="retry-button" onClick={problem.retry}>
          {LANGUAGES.map((language) => (
            <span key={language} lang={language} dir={directionOf(language)} className="stacked-label">
              {i18n.getFixedT(language)('errors.retry')}
            </span>
          ))}
        </button>
      </div>
    </main>
  );
}
