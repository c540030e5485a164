// The real voices: recorded clips through an <audio> element, the platform's speech synthesis
// (with a voice of the language when it has one), and a WebAudio tone for masked entries.
import type { Language } from '../../main/contract/kiosk-contract.js';
import type { SpeechOutput } from './speech-engine.js';

const TONE_HZ = 880;
const TONE_SECONDS = 0.12;

function synthesisOf(win: Window): SpeechSynthesis | null {
  return 'speechSynthesis' in win && typeof SpeechSynthesisUtterance !== 'undefined' ? win.speechSynthesis : null;
}

function voiceFor(synthesis: SpeechSynthesis, language: Language): SpeechSynthesisVoice | null {
  const voices = synthesis.getVoices();
  return voices.find((voice) => voice.lang.toLowerCase().startsWith(`${language}-ma`)) ?? voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === language) ?? null;
}

export function createBrowserSpeechOutput(win: Window): SpeechOutput {
  let audio: HTMLAudioElement | null = null;
  let finishCurrent: (() => void) | null = null;
  let toneContext: AudioContext | null = null;
  const synthesis = synthesisOf(win);

  const settle = () => {
    const finish = finishCurrent;
    finishCurrent = null;
    finish?.();
  };

  return {
    playClip: (url, volume) =>
      new Promise<void>((resolve) => {
        settle();
        finishCurrent = resolve;
        audio ??= new Audio();
        audio.volume = volume;
        audio.onended = settle;
        audio.onerror = settle;
        audio.src = url;
        // A refused autoplay or a broken file ends this part; the next one still plays.
        audio.play().catch(settle);
      }),
    synthesize: (text, language, volume) =>
      new Promise<void>((resolve) => {
        if (!synthesis) {
          resolve();
          return;
        }
        settle();
        finishCurrent = resolve;
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = language === 'ar' ? 'ar-MA' : language;
        const voice = voiceFor(synthesis, language);
        if (voice) utterance.voice = voice;
        utterance.volume = volume;
        utterance.onend = settle;
        utterance.onerror = settle;
        synthesis.speak(utterance);
      }),
    synthesisAvailable: () => synthesis !== null,
    tone: (volume) => {
      if (typeof AudioContext === 'undefined') return;
      const context = (toneContext ??= new AudioContext());
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = TONE_HZ;
      gain.gain.value = volume * 0.5;
      oscillator.connect(gain).connect(context.destination);
      const start = context.currentTime;
      oscillator.start(start);
      oscillator.stop(start + TONE_SECONDS);
    },
    stop: () => {
      if (audio) {
        audio.pause();
        audio.removeAttribute('src');
      }
      synthesis?.cancel();
      settle();
    },
  };
}
