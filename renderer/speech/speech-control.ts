// The one interface every screen uses to speak (issue 6). The speech engine (clips from
// resources/audio/<language>/, the platform's synthesis otherwise) provides it through
// SpeechContext; without a provider — the staff screens, a unit test — speech is simply off.
import { createContext, useContext } from 'react';

/** Something to say: an i18next key in the screen's language, with its interpolation values. */
export interface SpokenText {
  key: string;
  params?: Record<string, string | number>;
  /**
   * Personal data (the citizen's name, birth date…): said only through private listening, a
   * headset known to be plugged (EN 301 549 5.1.3.9). On the loudspeaker `publicText` is said
   * in its place, or nothing.
   */
  private?: boolean;
  /** What the loudspeaker says instead of a private text: a neutral phrase, no personal data. */
  publicText?: SpokenText;
}

/** Why it is said: errors and time warnings interrupt whatever is being said. */
export type SpeechKind = 'prompt' | 'label' | 'confirm' | 'error' | 'warning' | 'receipt';

/** Darija clips over the Arabic screen, for the nine in ten who speak it. */
export type SpeechVoice = 'standard' | 'darija';

export interface SpeechControl {
  /** Speak mode: switched on from the attract screen (or by a headset where the platform says so). */
  readonly enabled: boolean;
  readonly voice: SpeechVoice;
  /** 0..1; back to the default after each citizen. */
  readonly volume: number;
  /** A headset is known to be plugged: private texts may be said (EN 301 549 5.1.3.9). */
  readonly privateListening: boolean;
  /** Says it now, cutting what was being said. Nothing when speak mode is off. */
  say(text: SpokenText | readonly SpokenText[], kind?: SpeechKind): void;
  /** Says the last prompt again (the Repeat button). */
  repeat(): void;
  /** Silence (the citizen acted). */
  stop(): void;
  /** A masked entry (a PIN or card digit): a short tone, never the digit. */
  tone(): void;
  setEnabled(on: boolean): void;
  setVoice(voice: SpeechVoice): void;
  setVolume(volume: number): void;
  /** The citizen's session ended: speak mode off, standard voice, default volume, silence. */
  reset(): void;
  /** Every time limit is multiplied by this (2 in speak mode). */
  readonly timeFactor: number;
}

export const SPEECH_OFF: SpeechControl = {
  enabled: false,
  voice: 'standard',
  volume: 0.8,
  privateListening: false,
  say: () => undefined,
  repeat: () => undefined,
  stop: () => undefined,
  tone: () => undefined,
  setEnabled: () => undefined,
  setVoice: () => undefined,
  setVolume: () => undefined,
  reset: () => undefined,
  timeFactor: 1,
};

export const SpeechContext = createContext<SpeechControl>(SPEECH_OFF);

export function useSpeech(): SpeechControl {
  return useContext(SpeechContext);
}
