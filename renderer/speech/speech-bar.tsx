// Shown in the top bar while speak mode is on: Repeat, volume down and up, and on the Arabic
// screen the choice between the standard voice and the Darija one. Every button acts at once.
import { useTranslation } from 'react-i18next';
import { IMMEDIATE_ATTRIBUTE } from './speak-mode-taps.js';
import { VOLUME_STEP } from './speech-engine.js';
import { useSpeech } from './speech-control.js';
import { RepeatIcon, VoiceChoiceIcon, VolumeDownIcon, VolumeUpIcon } from './speech-pictograms.js';
import { SpeakModeToggle } from './speak-mode-toggle.js';
import './speech.css';

const immediate = { [IMMEDIATE_ATTRIBUTE]: 'immediate' };

export function SpeechBar({ language }: { language: string }) {
  const { t } = useTranslation();
  const speech = useSpeech();
  const volumePercent = Math.round(speech.volume * 100);
  const changeVolume = (delta: number) => {
    speech.setVolume(speech.volume + delta);
    // Heard, not read: the tone is played at the new volume.
    speech.tone();
  };
  return (
    <div className="speech-bar" role="group" aria-label={t('speech-engine.bar.label')} data-testid="speech-bar">
      <SpeakModeToggle size="compact" />
      {speech.enabled ? (
        <>
          <button type="button" className="speech-button" data-testid="speech-repeat" {...immediate} onClick={() => speech.repeat()}>
            <RepeatIcon className="speech-button-icon" />
            <span className="speech-button-label">{t('speech-engine.bar.repeat')}</span>
          </button>
          <button
            type="button"
            className="speech-button"
            data-testid="speech-volume-down"
            data-volume={volumePercent}
            {...immediate}
            onClick={() => changeVolume(-VOLUME_STEP)}
          >
            <VolumeDownIcon className="speech-button-icon" />
            <span className="speech-button-label">{t('speech-engine.bar.volumeDown')}</span>
          </button>
          <button
            type="button"
            className="speech-button"
            data-testid="speech-volume-up"
            data-volume={volumePercent}
            {...immediate}
            onClick={() => changeVolume(VOLUME_STEP)}
          >
            <VolumeUpIcon className="speech-button-icon" />
            <span className="speech-button-label">{t('speech-engine.bar.volumeUp')}</span>
          </button>
          {language === 'ar' ? (
            <button
              type="button"
              className="speech-button"
              data-testid="speech-voice"
              data-voice={speech.voice}
              aria-pressed={speech.voice === 'darija'}
              {...immediate}
              onClick={() => speech.setVoice(speech.voice === 'darija' ? 'standard' : 'darija')}
            >
              <VoiceChoiceIcon className="speech-button-icon" />
              <span className="speech-button-label">{t('speech-engine.bar.darija')}</span>
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
