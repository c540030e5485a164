// The Screen tab: what the page sees of the display (size, scale, touch points), the touch
// grid and the audio test. The results stay for the session and go with the next self-test.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudioResult, ScreenInfo } from '../../main/contract/kiosk-contract.js';
import type { StaffClient } from '../staff/staff-client.js';
import { audioAvailable, playTestTone, type ToneChannel } from './audio-test-tone.js';
import { screenTestStoreOf, useScreenTestResults } from './screen-test-results.js';
import { TouchGrid } from './touch-grid.js';
import { emptyTouchGrid, hitTarget, missTarget } from './touch-grid-state.js';
import './screen-test.css';

/** What the page knows of its display; the self-test sends the same. */
export function currentScreenInfo(): ScreenInfo {
  return {
    width: Math.round(window.screen.width),
    height: Math.round(window.screen.height),
    scale: Math.round(window.devicePixelRatio * 100) / 100 || 1,
    touchPoints: navigator.maxTouchPoints,
  };
}

export function ScreenTestScreen({ client }: { client: StaffClient }) {
  const { t } = useTranslation();
  const store = screenTestStoreOf(client);
  const results = useScreenTestResults(store);
  const [screen] = useState(currentScreenInfo);
  const [audioProblem, setAudioProblem] = useState(!audioAvailable());

  const play = useCallback((channel: ToneChannel) => {
    playTestTone(channel).catch(() => setAudioProblem(true));
  }, []);
  const answer = (audio: AudioResult): void => store.update({ audio });

  return (
    <section className="staff-panel tech-panel" data-testid="tech-screen" aria-label={t('tech-screen.title')}>
      <div className="staff-toolbar">
        <p className="staff-hint">{t('tech-screen.hint')}</p>
      </div>
      <div className="screen-test-columns">
        <div className="screen-test-side">
          <div className="tech-card" data-testid="screen-info">
            <h2 className="tech-section-title">{t('tech-screen.screenTitle')}</h2>
            <dl className="screen-test-facts">
              <dt>{t('tech-screen.size')}</dt>
              <dd data-testid="screen-size">
                <bdi>{t('tech-screen.pixels', { width: screen.width, height: screen.height })}</bdi>
              </dd>
              <dt>{t('tech-screen.scale')}</dt>
              <dd data-testid="screen-scale">
                <bdi dir="ltr">{screen.scale}</bdi>
              </dd>
              <dt>{t('tech-screen.touchPoints')}</dt>
              <dd data-testid="screen-touch-points">
                {screen.touchPoints > 0 ? <bdi dir="ltr">{screen.touchPoints}</bdi> : t('tech-screen.noTouch')}
              </dd>
            </dl>
          </div>
          <div className="tech-card" data-testid="audio-test">
            <h2 className="tech-section-title">{t('tech-screen.audioTitle')}</h2>
            <p className="tech-muted">{t('tech-screen.audioHint')}</p>
            {audioProblem ? (
              <p className="staff-message staff-message--error" role="alert">
                {t('tech-screen.noAudio')}
              </p>
            ) : null}
            <div className="screen-test-buttons">
              {(['left', 'both', 'right'] as const).map((channel) => (
                <button key={channel} type="button" className="action-button staff-secondary" data-testid={`audio-play-${channel}`} onClick={() => play(channel)}>
                  <span aria-hidden="true">♪</span>
                  {t(`tech-screen.${channel}`)}
                </button>
              ))}
            </div>
            <div className="screen-test-buttons">
              <button type="button" className="action-button" data-testid="audio-heard" aria-pressed={results.audio === 'heard'} onClick={() => answer('heard')}>
                <span aria-hidden="true">✓</span>
                {t('tech-screen.heard')}
              </button>
              <button type="button" className="action-button staff-secondary" data-testid="audio-not-heard" aria-pressed={results.audio === 'not-heard'} onClick={() => answer('not-heard')}>
                <span aria-hidden="true">✕</span>
                {t('tech-screen.notHeard')}
              </button>
            </div>
            <p className="screen-test-result" data-testid="audio-result" data-value={results.audio} role="status">
              {t(`tech-screen.audioResult.${results.audio}`)}
            </p>
          </div>
          <p className="tech-muted">{t('tech-screen.sentWithSelfTest')}</p>
        </div>
        <TouchGrid
          grid={results.touch}
          onHit={(i) => store.update({ touch: hitTarget(store.get().touch, i) })}
          onMiss={() => store.update({ touch: missTarget(store.get().touch) })}
          onReset={() => store.update({ touch: emptyTouchGrid(store.get().touch.hitsPerTarget.length) })}
        />
      </div>
    </section>
  );
}
