import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { ClockIcon } from '../pictograms/ui-icons.js';
import { useScreenPrompt } from '../../speech/use-screen-prompt.js';

export interface IdleWarningProps {
  secondsLeft: number;
  onContinue: () => void;
}

/** Covers the screen before an idle reset; one tap anywhere (or on Continue) keeps the session. */
export function IdleWarning({ secondsLeft, onContinue }: IdleWarningProps) {
  const { t } = useTranslation();
  // Said once as it appears (kind 'warning' cuts any prompt), not on every tick of the countdown.
  const [spokenSeconds] = useState(secondsLeft);
  useScreenPrompt({ key: 'speech.idle.warning', params: { seconds: spokenSeconds } }, 'warning');
  return (
    <div
      className="modal-backdrop"
      data-testid="idle-warning"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-message"
    >
      <div className="modal">
        <ClockIcon className="modal-icon" />
        <h2 id="idle-title" className="modal-title">
          {t('idle.title')}
        </h2>
        <p id="idle-message">{t('idle.message')}</p>
        <p className="idle-countdown" dir="auto">
          {t('idle.countdown', { count: secondsLeft })}
        </p>
        <button type="button" className="action-button action-button--large" data-testid="idle-continue" onClick={onContinue} autoFocus>
          {t('idle.continue')}
        </button>
      </div>
    </div>
  );
}
