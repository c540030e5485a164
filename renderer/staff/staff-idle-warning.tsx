import { useTranslation } from 'react-i18next';

/** Shown 20 s before main ends an idle staff session. */
export function StaffIdleWarning({ secondsLeft, onContinue }: { secondsLeft: number; onContinue: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="modal-backdrop" data-testid="staff-idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="staff-idle-title">
      <div className="modal">
        <h2 id="staff-idle-title" className="modal-title">
          {t('staff.idle.title')}
        </h2>
        <p className="idle-countdown">{t('staff.idle.countdown', { seconds: secondsLeft })}</p>
        <button type="button" className="action-button action-button--large" data-testid="staff-idle-continue" onClick={onContinue} autoFocus>
          {t('staff.idle.continue')}
        </button>
      </div>
    </div>
  );
}
