// Shown in the top bar while speak mode is on: Repeat, volume down and up, and on the Arabic
// screen the choice between the standard voice and the Darija one. Every button acts at once.
import { useTranslation } from 'react-i18next';
import { PictogramButton, type DataAttributes } from '../display/pictogram-button.js';
import { IMMEDIATE_ATTRIBUTE } from './speak-mode-taps.js';
import { VOLUME_STEP } from './speech-engine.js';
import { useSpeech } from './speech-control.js';
import { RepeatIcon, VoiceChoiceIcon, VolumeDownIcon, VolumeUpIcon } from './speech-pictograms.js';
import { SpeakModeToggle } from './speak-mode-toggle.js';
import './speech.css';

const immediate: DataAttributes = { [IMMEDIATE_ATTRIBUTE]: 'immediate' };
const barButton = { className: 'speech-button', labelClassName: 'speech-button-label' } as const;

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
          <PictogramButton
            testId="speech-repeat"
            {...barButton}
            data={immediate}
            label={t('speech-engine.bar.repeat')}
            icon={<RepeatIcon className="speech-button-icon" />}
            onClick={() => speech.repeat()}
          />
          <PictogramButton
            testId="speech-volume-down"
            {...barButton}
            data={{ 'data-volume': volumePercent, ...immediate }}
            label={t('speech-engine.bar.volumeDown')}
            icon={<VolumeDownIcon className="speech-button-icon" />}
            onClick={() => changeVolume(-VOLUME_STEP)}
          />
          <PictogramButton
            testId="speech-volume-up"
            {...barButton}
            data={{ 'data-volume': volumePercent, ...immediate }}
            label={t('speech-engine.bar.volumeUp')}
            icon={<VolumeUpIcon className="speech-button-icon" />}
            onClick={() => changeVolume(VOLUME_STEP)}
          />
          {language === 'ar' ? (
            <PictogramButton
              testId="speech-voice"
              {...barButton}
              data={{ 'data-voice': speech.voice, ...immediate }}
              pressed={speech.voice === 'darija'}
              label={t('speech-engine.bar.darija')}
              icon={<VoiceChoiceIcon className="speech-button-icon" />}
              onClick={() => speech.setVoice(speech.voice === 'darija' ? 'standard' : 'darija')}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
