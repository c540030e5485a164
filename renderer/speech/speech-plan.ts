// Where a text's voice comes from: the recorded clip of the voice language, else the Arabic
// clip under the Darija voice, else the platform's synthesis in a language it can say.
// Pure: the engine and the unit tests share it.
import type { Language } from '../../main/contract/kiosk-contract.js';
import { clipUrlOf, SYNTHESIS_LANGUAGES, type VoiceLanguage } from './clip-ids.js';
import type { SpeechVoice } from './speech-control.js';
import type { SpeechSource } from './speech-log.js';

export interface PlanInput {
  key: string | null;
  /** True when the text carries interpolated values (a clip would miss them). */
  hasParams: boolean;
  screenLanguage: Language;
  voice: SpeechVoice;
  clipExists: (voice: VoiceLanguage, key: string) => boolean;
  synthesisAvailable: boolean;
}

export type SpeechPlan =
  | { source: 'clip'; language: VoiceLanguage; url: string }
  | { source: 'synthesis'; language: Language }
  | { source: Extract<SpeechSource, 'none'>; language: VoiceLanguage };

function clipChain(screen: Language, voice: SpeechVoice): VoiceLanguage[] {
  if (screen === 'ar' && voice === 'darija') return ['ary', 'ar'];
  return [screen];
}

/**
 * Amazigh has no synthesis voice anywhere: without its clip the Arabic text is synthesised,
 * as the screen itself falls back to Arabic for a missing Amazigh string.
 */
function synthesisLanguageOf(screen: Language): Language {
  return SYNTHESIS_LANGUAGES.has(screen) ? screen : 'ar';
}

export function planSpeech(input: PlanInput): SpeechPlan {
  const chain = clipChain(input.screenLanguage, input.voice);
  if (input.key !== null && !input.hasParams) {
    for (const language of chain) {
      if (!input.clipExists(language, input.key)) continue;
      const url = clipUrlOf(language, input.key);
      if (url !== null) return { source: 'clip', language, url };
    }
  }
  // A text with no key is read off the screen: only a voice of the screen's language can say it.
  const canSynthesise = input.key !== null || SYNTHESIS_LANGUAGES.has(input.screenLanguage);
  if (input.synthesisAvailable && canSynthesise) return { source: 'synthesis', language: synthesisLanguageOf(input.screenLanguage) };
  return { source: 'none', language: chain[0] ?? input.screenLanguage };
}
