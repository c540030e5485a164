// The switch into speak mode, found without reading: a big speaking head, pressed or not.
import { useTranslation } from 'react-i18next';
import { IMMEDIATE_ATTRIBUTE } from './speak-mode-taps.js';
import { useSpeech } from './speech-control.js';
import { SpeakingHeadIcon } from './speech-pictograms.js';
import './speech.css';

export function SpeakModeToggle({ size }: { size: 'large' | 'compact' }) {
  const { t } = useTranslation();
  const speech = useSpeech();
  const toggle = () => {
    if (speech.enabled) {
      speech.setEnabled(false);
      return;
    }
    speech.setEnabled(true);
    // The engine switches on at once: this first sentence tells how speak mode works.
    speech.say({ key: 'speech-engine.mode.howTo' }, 'prompt');
  };
  return (
    <button
      type="button"
      className={`speech-button speak-mode-toggle speak-mode-toggle--${size}`}
      data-testid="speak-mode"
      {...{ [IMMEDIATE_ATTRIBUTE]: 'immediate' }}
      aria-pressed={speech.enabled}
      onClick={toggle}
    >
      <SpeakingHeadIcon className="speech-button-icon" />
      <span className="speech-button-label">{t(speech.enabled ? 'speech-engine.mode.on' : 'speech-engine.mode.off')}</span>
    </button>
  );
}
