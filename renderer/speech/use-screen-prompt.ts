// Every citizen screen and flow step says what it is, what the choices are and what to do,
// as soon as it appears in speak mode (EN 301 549 5.1.3.1, ADA 707.5). The prompt is said
// again when the citizen changes the language, so the voice always matches the screen.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpeech, type SpeechControl, type SpeechKind, type SpokenText } from './speech-control.js';

export type ScreenPrompt = SpokenText | readonly SpokenText[] | null;

export interface PromptMoment {
  prompt: ScreenPrompt;
  language: string;
  speech: SpeechControl;
}

/**
 * Remembers what was last said for one screen and says the prompt again only when it means
 * something new to the citizen: the screen appeared, its step or params changed, the language
 * changed, or speak mode was just switched on. A re-render with the same prompt is silent.
 */
export class ScreenPromptSpeaker {
  private said: string | null = null;

  constructor(private readonly kind: SpeechKind = 'prompt') {}

  update({ prompt, language, speech }: PromptMoment): void {
    if (!speech.enabled || prompt === null) {
      // Switching speak mode on later, or the data arriving, must say it then.
      this.said = null;
      return;
    }
    const signature = `${language}\u0000${JSON.stringify(prompt)}`;
    if (signature === this.said) return;
    this.said = signature;
    speech.say(prompt, this.kind);
  }
}

/**
 * Says `prompt` (keys of the `speech` namespace) when the calling screen appears and whenever
 * it means something new (see ScreenPromptSpeaker). Pass null to say nothing yet (data still
 * loading). `kind` is 'prompt' for a screen, 'receipt' for a result's essentials.
 */
export function useScreenPrompt(prompt: ScreenPrompt, kind: SpeechKind = 'prompt'): void {
  const speech = useSpeech();
  const { i18n } = useTranslation();
  const [speaker] = useState(() => new ScreenPromptSpeaker(kind));
  const language = i18n.language;
  // After every render: the speaker itself decides whether anything new is to be said.
  useEffect(() => {
    speaker.update({ prompt, language, speech });
  });
}
