import { useTranslation } from 'react-i18next';
import type { Language } from '../../main/contract/kiosk-contract.js';
import { LanguageBar } from '../kiosk/components/language-bar.js';
import type { StaffSession } from './staff-mode-state.js';
import type { StaffPrinterState } from './staff-printer-state.js';

export interface StaffHeaderProps {
  session: StaffSession;
  printer: StaffPrinterState;
  language: Language;
  languages: readonly Language[];
  onLanguage: (language: Language) => void;
  onSignOut: () => void;
}

export function StaffHeader({ session, printer, language, languages, onLanguage, onSignOut }: StaffHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="staff-header">
      <div className="staff-who">
        {/* Who is signed in heads the page: the tabs' panels have the h2s. */}
        <h1 className="staff-name" data-testid="staff-name">
          {session.displayName}
        </h1>
        <p className="staff-role" data-testid="staff-role">
          {t(`staff.roles.${session.role}`)}
        </p>
      </div>
      <div className="staff-badges">
        {printer.paperNearEnd ? (
          <p className="staff-badge staff-badge--warning" data-testid="paper-near-end-badge" role="status">
            {t('staff.printer.paperNearEnd')}
          </p>
        ) : null}
        {printer.problem ? (
          <p className="staff-badge staff-badge--problem" data-testid="printer-problem-badge" data-kind={printer.problem} role="status">
            {t(`staff.printer.problem.${printer.problem}`)}
          </p>
        ) : null}
      </div>
      <LanguageBar size="compact" languages={languages} current={language} onSelect={onLanguage} />
      <button type="button" className="action-button staff-signout" data-testid="staff-signout" onClick={onSignOut}>
        {t('staff.signOut')}
      </button>
    </header>
  );
}
