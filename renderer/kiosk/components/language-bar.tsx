import { useTranslation } from 'react-i18next';
import type { Language } from '../../../main/contract/kiosk-contract.js';
import { directionOf } from '../../i18n/kiosk-i18n.js';

export interface LanguageBarProps {
  languages: readonly Language[];
  current: Language;
  onSelect: (language: Language) => void;
  /** 'large' on the attract screen (each button starts a session), 'compact' in the top bar. */
  size: 'large' | 'compact';
}

/** Each language is named in its own script and tagged with `lang`, so it is always findable. */
export function LanguageBar({ languages, current, onSelect, size }: LanguageBarProps) {
  const { t, i18n } = useTranslation();
  return (
    <nav className={`language-bar language-bar--${size}`} aria-label={t('nav.languageBar')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          data-testid={`lang-${language}`}
          lang={language}
          dir={directionOf(language)}
          className="language-button"
          aria-pressed={size === 'compact' ? language === current : undefined}
          onClick={() => onSelect(language)}
        >
          {i18n.getFixedT(language)('language.nativeName')}
        </button>
      ))}
    </nav>
  );
}
