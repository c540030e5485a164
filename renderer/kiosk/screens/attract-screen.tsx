import { useTranslation } from 'react-i18next';
import type { Language } from '../../../main/contract/kiosk-contract.js';
import { LanguageBar } from '../components/language-bar.js';
import { Spinner } from '../components/spinner.js';
import { TouchIcon } from '../pictograms/ui-icons.js';
import { TechCorner } from '../../tech/tech-corner.js';
import { useScreenPrompt } from '../../speech/use-screen-prompt.js';
import { DisplaySettings } from '../../display/display-settings.js';
import { SpeakModeToggle } from '../../speech/speak-mode-toggle.js';

export interface AttractScreenProps {
  officeName: string;
  language: Language;
  languages: readonly Language[];
  starting: boolean;
  onStart: (language: Language) => void;
  /** The technician's hidden gesture was made (five taps in the top corner). */
  onCornerGesture?: () => void;
}

export function AttractScreen({ officeName, language, languages, starting, onStart, onCornerGesture }: AttractScreenProps) {
  const { t } = useTranslation();
  useScreenPrompt({ key: 'speech.attract.prompt' });
  return (
    <section className="screen attract-screen" data-testid="attract-screen" aria-labelledby="attract-title">
      <div className="attract-heading">
        <h1 id="attract-title" className="attract-welcome">
          {t('attract.welcome')}
        </h1>
        <p className="attract-office">{officeName}</p>
      </div>
      <button
        type="button"
        className="start-button"
        data-testid="start-button"
        aria-busy={starting}
        onClick={() => onStart(language)}
      >
        {starting ? <Spinner /> : <TouchIcon className="start-icon" />}
        <span className="start-label">{t('attract.start')}</span>
        <span className="start-hint">{t('attract.startHint')}</span>
      </button>
      <div className="attract-languages">
        <p className="attract-choose">{t('language.choose')}</p>
        <LanguageBar size="large" languages={languages} current={language} onSelect={onStart} />
      </div>
      {/* Hearing and seeing aids side by side: one row, so the start button keeps its height. */}
      <div className="attract-access">
        <DisplaySettings size="large" />
        <SpeakModeToggle size="large" />
      </div>
      {onCornerGesture ? <TechCorner onGesture={onCornerGesture} /> : null}
    </section>
  );
}
