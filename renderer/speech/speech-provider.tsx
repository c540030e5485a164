// Gives every screen its SpeechControl (useSpeech()) and runs what needs no screen's help:
// tap-to-hear, spoken alerts, the headset, the test hook and <html data-speak>.
import { useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../main/contract/kiosk-contract.js';
import { watchAlerts } from './alert-speaker.js';
import { createBrowserSpeechOutput } from './browser-speech-output.js';
import { hasPlaceholders } from './clip-ids.js';
import { clipLookupOf, loadClipIndex, type ClipLookup } from './clip-index.js';
import { buildKeyLookup, type KeyLookup } from './control-label.js';
import { watchHeadset } from './headset-watch.js';
import { installSpeakModeTaps, type SpeakModeTaps } from './speak-mode-taps.js';
import { SpeechContext, type SpeechControl } from './speech-control.js';
import { SpeechEngine } from './speech-engine.js';
import { installSpeechLog } from './speech-log.js';

function asLanguage(value: string | undefined): Language {
  return LANGUAGES.find((language) => language === value) ?? 'ar';
}

export function SpeechProvider({ children }: { children: ReactNode }) {
  const { i18n: currentI18n } = useTranslation();
  // react-i18next may hand out a new i18n object when the language changes: the engine (and
  // the citizen's speak mode with it) must survive that, so it reads the latest through a ref.
  const i18nRef = useRef(currentI18n);
  i18nRef.current = currentI18n;
  const [version, changed] = useReducer((n: number) => n + 1, 0);
  const clips = useRef<ClipLookup>(clipLookupOf({}));
  const taps = useRef<SpeakModeTaps | null>(null);
  const lookups = useRef(new Map<Language, KeyLookup>());

  const [engine] = useState(() => {
    const i18n = () => i18nRef.current;
    const language = () => asLanguage(i18n().language);
    return new SpeechEngine({
      output: createBrowserSpeechOutput(window),
      log: installSpeechLog(window),
      clipExists: (voice, key) => clips.current.has(voice, key),
      onChange: changed,
      texts: {
        language,
        translate: (key, params, lng) => (i18n().exists(key, { lng }) ? i18n().getFixedT(lng)(key, params ?? {}) : null),
        hasParams: (key, lng) => {
          const raw: unknown = i18n().getResource(lng, 'translation', key);
          // A plural key has no string of its own: its forms carry the count.
          return typeof raw !== 'string' || hasPlaceholders(raw);
        },
      },
    });
  });

  useEffect(() => {
    let cancelled = false;
    void loadClipIndex(window.fetch.bind(window)).then((index) => {
      if (!cancelled) clips.current = clipLookupOf(index);
    });
    const lookup = () => {
      const i18n = i18nRef.current;
      const language = asLanguage(i18n.language);
      let found = lookups.current.get(language);
      if (!found) {
        found = buildKeyLookup(i18n.getResourceBundle(language, 'translation'));
        lookups.current.set(language, found);
      }
      return found;
    };
    taps.current = installSpeakModeTaps(document, engine, lookup);
    const stopAlerts = watchAlerts(document.body, engine, lookup);
    const stopHeadset = watchHeadset(
      navigator,
      () => engine.setEnabled(true),
      (present) => engine.setPrivateListening(present),
    );
    return () => {
      cancelled = true;
      taps.current?.dispose();
      taps.current = null;
      stopAlerts();
      stopHeadset();
      engine.stop();
    };
  }, [engine]);

  useEffect(() => {
    document.documentElement.dataset.speak = engine.enabled ? 'on' : 'off';
    if (!engine.enabled) taps.current?.disarm();
  }, [engine, version]);

  const control = useMemo<SpeechControl>(
    () => ({
      enabled: engine.enabled,
      voice: engine.voice,
      volume: engine.volume,
      privateListening: engine.privateListening,
      timeFactor: engine.timeFactor,
      say: (text, kind) => engine.say(text, kind),
      repeat: () => engine.repeat(),
      stop: () => engine.stop(),
      tone: () => engine.tone(),
      setEnabled: (on) => engine.setEnabled(on),
      setVoice: (voice) => engine.setVoice(voice),
      setVolume: (volume) => engine.setVolume(volume),
      reset: () => {
        taps.current?.disarm();
        engine.reset();
      },
    }),
    // `version` changes whenever the engine's state does: a new value re-renders the users.
    [engine, version],
  );

  return <SpeechContext.Provider value={control}>{children}</SpeechContext.Provider>;
}
