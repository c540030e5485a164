// How many copies (big - and + buttons, 1 to the office's maximum) and in which language the
// document is written (Arabic or French, whatever the screen's language is).
import { useTranslation } from 'react-i18next';
import type { CivilStatusOptions } from '../../../../main/contract/kiosk-contract.js';
import { FlowScrollBody } from '../shared/flow-scroll-body.js';
import type { DocumentLanguage } from './civil-status-state.js';

export interface CivilCopiesLanguageProps {
  options: CivilStatusOptions;
  copies: number;
  documentLanguage: DocumentLanguage;
  onCopies: (delta: 1 | -1) => void;
  onLanguage: (language: DocumentLanguage) => void;
  onNext: () => void;
}

// Each language's name is written in its own script, so it can be recognised by its look.
const LANGUAGE_NAMES: Record<DocumentLanguage, { text: string; lang: string }> = {
  ar: { text: 'العربية', lang: 'ar' },
  fr: { text: 'Français', lang: 'fr' },
};

export function CivilCopiesLanguage({ options, copies, documentLanguage, onCopies, onLanguage, onNext }: CivilCopiesLanguageProps) {
  const { t } = useTranslation();
  const languages = options.documentLanguages.length > 0 ? options.documentLanguages : (['ar', 'fr'] as const);
  return (
    <section className="screen civil-screen" data-testid="civil-options" aria-labelledby="civil-options-title">
      <h1 id="civil-options-title" className="flow-title">
        {t('civil-status.options.title')}
      </h1>
      <FlowScrollBody className="civil-options-grid" labelledBy="civil-options-title">
        <div className="civil-option-box" role="group" aria-labelledby="civil-copies-label">
          <p id="civil-copies-label" className="civil-option-label">
            {t('civil-status.options.copies')}
          </p>
          <div className="civil-stepper">
            <button
              type="button"
              className="civil-stepper-button"
              data-testid="copies-minus"
              aria-label={t('civil-status.options.fewer')}
              disabled={copies <= 1}
              onClick={() => onCopies(-1)}
            >
              −
            </button>
            <output className="civil-copies-value" data-testid="copies-value" aria-live="polite" dir="ltr">
              {copies}
            </output>
            <button
              type="button"
              className="civil-stepper-button"
              data-testid="copies-plus"
              aria-label={t('civil-status.options.more')}
              disabled={copies >= options.maxCopies}
              onClick={() => onCopies(1)}
            >
              +
            </button>
          </div>
          <p className="flow-hint">{t('civil-status.options.maxCopies', { max: options.maxCopies })}</p>
        </div>
        <div className="civil-option-box" role="group" aria-labelledby="civil-doclang-label">
          <p id="civil-doclang-label" className="civil-option-label">
            {t('civil-status.options.documentLanguage')}
          </p>
          <div className="civil-doclang-choices">
            {languages.map((language) => (
              <button
                key={language}
                type="button"
                className="choice-button civil-doclang-button"
                data-testid={`doclang-${language}`}
                aria-pressed={documentLanguage === language}
                lang={LANGUAGE_NAMES[language].lang}
                onClick={() => onLanguage(language)}
              >
                {LANGUAGE_NAMES[language].text}
              </button>
            ))}
          </div>
        </div>
      </FlowScrollBody>
      <div className="flow-actions flow-actions--end">
        <button type="button" className="action-button action-button--large" data-testid="civil-options-next" onClick={onNext}>
          {t('civil-status.options.next')}
        </button>
      </div>
    </section>
  );
}
