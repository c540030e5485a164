import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackIcon, HomeIcon } from '../pictograms/ui-icons.js';

export interface NavBarProps {
  onBack: () => void;
  onHome: () => void;
  onHomeScreen: boolean;
  disabled: boolean;
  /**
   * A result screen: nothing is left to undo, so there is no Back; the screen's own Finish
   * ends the visit. Its place stays empty, so Home does not move.
   */
  noBack?: boolean;
  /** Between Back and Home: the speech controls, low like everything a citizen touches. */
  middle?: ReactNode;
}

/** Back and Home sit at the bottom of the screen, within reach from a wheelchair. */
export function NavBar({ onBack, onHome, onHomeScreen, disabled, noBack = false, middle }: NavBarProps) {
  const { t } = useTranslation();
  return (
    <footer className="nav-bar">
      {noBack ? (
        <span className="nav-button nav-button--absent" aria-hidden="true" />
      ) : (
        <button type="button" className="nav-button" data-testid="back-button" onClick={onBack} disabled={disabled}>
          <BackIcon className="nav-icon" />
          <span>{t('nav.back')}</span>
        </button>
      )}
      {middle}
      <button
        type="button"
        className="nav-button"
        data-testid="home-button"
        onClick={onHome}
        disabled={disabled}
        aria-current={onHomeScreen ? 'page' : undefined}
      >
        <HomeIcon className="nav-icon" />
        <span>{t('nav.home')}</span>
      </button>
    </footer>
  );
}
