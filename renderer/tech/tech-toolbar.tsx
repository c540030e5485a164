// The line above each diagnostics view: what it shows, a refresh button, and why the last
// refresh failed (the last good data stays below it).
import { useTranslation } from 'react-i18next';
import { staffErrorKey } from '../staff/staff-client.js';

export interface TechToolbarProps {
  hint: string;
  onRefresh: () => void;
  error: unknown;
  /** Words of the button; "Refresh" unless given. */
  refreshLabel?: string;
  refreshTestId?: string;
}

export function TechToolbar({ hint, onRefresh, error, refreshLabel, refreshTestId = 'tech-refresh' }: TechToolbarProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="staff-toolbar">
        <p className="staff-hint">{hint}</p>
        <button type="button" className="action-button staff-secondary" data-testid={refreshTestId} onClick={onRefresh}>
          {refreshLabel ?? t('tech.refresh')}
        </button>
      </div>
      {error ? (
        <p className="staff-message staff-message--error" data-testid="tech-error" role="alert">
          {t(staffErrorKey(error))}
        </p>
      ) : null}
    </>
  );
}
