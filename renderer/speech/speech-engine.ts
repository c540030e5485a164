// The speech engine without React or the DOM: what to say, from which source, in what order,
// and when to fall silent. The provider gives it real players; unit tests give it fakes.
import type { Language } from '../../main/contract/kiosk-contract.js';
import type { VoiceLanguage } from './clip-ids.js';
import type { SpeechKind, SpeechVoice, SpokenText } from './speech-control.js';
import type { SpeechLog } from './speech-log.js';
import { planSpeech, type SpeechPlan } from './speech-plan.js';

export const DEFAULT_VOLUME = 0.8;
export const VOLUME_STEP = 0.2;
export const MIN_VOLUME = 0.2;

/** One piece of speech: a key of the screen's strings, or text read off the screen (key null). */
export interface SpeechPart {
  key: string | null;
  params?: Record<string, string | number>;
  /** The screen's text when the key is unknown (a control label with no matching string). */
  text?: string;
  /** Personal data: said only through a headset (EN 301 549 5.1.3.9). */
  private?: boolean;
  /** Said on the loudspeaker in place of a private part. */
  publicPart?: SpeechPart;
}

function partOf(item: SpokenText): SpeechPart {
  return {
    key: item.key,
    ...(item.params ? { params: item.params } : {}),
    ...(item.private ? { private: true } : {}),
    ...(item.publicText ? { publicPart: partOf(item.publicText) } : {}),
  };
}

/**
 * What may be said given where the sound goes: without a headset a private part becomes its
 * public phrase, or nothing. Decided when the speech starts, so Repeat after the headset is
 * pulled out says the neutral phrase.
 */
export function audibleParts(parts: readonly SpeechPart[], privateListening: boolean): SpeechPart[] {
  const out: SpeechPart[] = [];
  for (const part of parts) {
    if (!part.private || privateListening) out.push(part);
    else if (part.publicPart && !part.publicPart.private) out.push(part.publicPart);
  }
  return out;
}

export interface SpeechOutput {
  /** Resolves when the clip ends, fails or is stopped. */
  playClip(url: string, volume: number): Promise<void>;
  synthesize(text: string, language: Language, volume: number): Promise<void>;
  synthesisAvailable(): boolean;
  tone(volume: number): void;
  stop(): void;
}

export interface SpeechTexts {
  language(): Language;
  /** The text of a key in a language, values filled in; null when the key does not exist. */
  translate(key: string, params: Record<string, string | number> | undefined, language: Language): string | null;
  /** True when the raw string of the key has {{placeholders}}. */
  hasParams(key: string, language: Language): boolean;
}

export interface SpeechEngineDeps {
  output: SpeechOutput;
  texts: SpeechTexts;
  clipExists: (voice: VoiceLanguage, key: string) => boolean;
  log: SpeechLog;
  /** Called when enabled, voice or volume change (the provider re-renders). */
  onChange?: () => void;
}

interface Playing {
  generation: number;
  kind: SpeechKind;
  steps: Array<{ plan: SpeechPlan; synthText: string }>;
}

interface Said {
  parts: readonly SpeechPart[];
  kind: SpeechKind;
}

export function clampVolume(volume: number): number {
  if (!Number.isFinite(volume)) return DEFAULT_VOLUME;
  return Math.round(Math.min(1, Math.max(MIN_VOLUME, volume)) * 10) / 10;
}

export class SpeechEngine {
  enabled = false;
  voice: SpeechVoice = 'standard';
  volume = DEFAULT_VOLUME;
  /** A headset is known to be plugged (headset-watch.ts). Hardware, not the citizen's: kept across sessions. */
  privateListening = false;
  private generation = 0;
  private lastPrompt: Said | null = null;
  private playing: Playing | null = null;

  constructor(private readonly deps: SpeechEngineDeps) {}

  get timeFactor(): number {
    return this.enabled ? 2 : 1;
  }

  say(text: SpokenText | readonly SpokenText[], kind: SpeechKind = 'prompt'): void {
    const list: readonly SpokenText[] = Array.isArray(text) ? text : [text as SpokenText];
    this.sayParts(list.map(partOf), kind);
  }

  /** Says parts that may have no key (labels read off the screen). */
  sayParts(parts: readonly SpeechPart[], kind: SpeechKind): void {
    if (!this.enabled || parts.length === 0) return;
    // A control's label is not what Repeat should bring back: the screen's prompt is.
    if (kind !== 'label') this.lastPrompt = { parts, kind };
    this.speak(parts, kind);
  }

  repeat(): void {
    if (!this.enabled || !this.lastPrompt) return;
    this.speak(this.lastPrompt.parts, this.lastPrompt.kind);
  }

  stop(): void {
    this.generation += 1;
    this.deps.output.stop();
  }

  tone(): void {
    if (!this.enabled) return;
    this.stop();
    this.deps.log.log.push({ kind: 'tone', key: null, text: '', language: this.deps.texts.language(), source: 'tone' });
    this.deps.output.tone(this.volume);
  }

  setEnabled(on: boolean): void {
    if (!on) this.stop();
    if (this.enabled === on) return;
    this.enabled = on;
    if (!on) this.lastPrompt = null;
    this.deps.onChange?.();
  }

  setPrivateListening(on: boolean): void {
    if (this.privateListening === on) return;
    // The headset pulled out mid-sentence: what it was saying must not go on to the speaker.
    if (!on) this.stop();
    this.privateListening = on;
    this.deps.onChange?.();
  }

  setVoice(voice: SpeechVoice): void {
    if (this.voice === voice) return;
    this.voice = voice;
    this.deps.onChange?.();
  }

  setVolume(volume: number): void {
    const next = clampVolume(volume);
    if (next === this.volume) return;
    this.volume = next;
    this.deps.onChange?.();
  }

  /** The citizen's session ended: the next one starts silent, at the default volume. */
  reset(): void {
    this.stop();
    this.lastPrompt = null;
    this.enabled = false;
    this.voice = 'standard';
    this.volume = DEFAULT_VOLUME;
    this.deps.onChange?.();
  }

  private speak(parts: readonly SpeechPart[], kind: SpeechKind): void {
    // An error is said as it appears, and the screen then says its prompt again (the step came
    // back with the problem on it); a receipt is announced before it prints, and the result
    // screen then says its prompt. The prompt waits for either instead of cutting it.
    const waitsFor = this.playing?.kind;
    const queued = kind === 'prompt' && (waitsFor === 'error' || waitsFor === 'receipt') && this.playing?.generation === this.generation;
    if (!queued) this.stop();
    const generation = this.generation;
    const language = this.deps.texts.language();
    const steps: Array<{ plan: SpeechPlan; text: string; synthText: string }> = [];
    for (const part of audibleParts(parts, this.privateListening)) {
      const text = part.key !== null ? (this.deps.texts.translate(part.key, part.params, language) ?? part.text ?? '') : (part.text ?? '');
      if (text.trim() === '') continue;
      const plan = planSpeech({
        key: part.key,
        hasParams: part.key !== null && (Object.keys(part.params ?? {}).length > 0 || this.deps.texts.hasParams(part.key, language)),
        screenLanguage: language,
        voice: this.voice,
        clipExists: this.deps.clipExists,
        synthesisAvailable: this.deps.output.synthesisAvailable(),
      });
      const synthText =
        plan.source === 'synthesis' && plan.language !== language && part.key !== null
          ? (this.deps.texts.translate(part.key, part.params, plan.language) ?? text)
          : text;
      this.deps.log.log.push({ kind, key: part.key, text, language: plan.language, source: plan.source });
      steps.push({ plan, text, synthText });
    }
    if (queued && this.playing) {
      this.playing.steps.push(...steps);
      return;
    }
    void this.play({ generation, kind, steps });
  }

  private async play(playing: Playing): Promise<void> {
    this.playing = playing;
    // By index: a prompt said after an error is appended while this runs.
    for (let index = 0; index < playing.steps.length; index += 1) {
      const step = playing.steps[index];
      if (!step || playing.generation !== this.generation) break;
      if (step.plan.source === 'clip') await this.deps.output.playClip(step.plan.url, this.volume);
      else if (step.plan.source === 'synthesis') await this.deps.output.synthesize(step.synthText, step.plan.language, this.volume);
    }
    if (this.playing === playing) this.playing = null;
  }
}
