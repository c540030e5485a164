// What a citizen hears in speak mode: the clip when there is one, synthesis otherwise, a tone
// for masked entries, Repeat bringing back the prompt, and a fresh start for each citizen.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../main/contract/kiosk-contract.js';
import type { VoiceLanguage } from '../../../renderer/speech/clip-ids.js';
import { DEFAULT_VOLUME, SpeechEngine, type SpeechOutput } from '../../../renderer/speech/speech-engine.js';
import { createSpeechLog } from '../../../renderer/speech/speech-log.js';

const STRINGS: Record<Language, Record<string, string>> = {
  ar: { 'speech.home.prompt': 'ماذا تريد أن تفعل؟', 'ticket.counter': 'الشباك {{counter}}' },
  fr: { 'speech.home.prompt': 'Que voulez-vous faire ?', 'ticket.counter': 'Guichet {{counter}}' },
  en: { 'speech.home.prompt': 'What would you like to do?', 'ticket.counter': 'Counter {{counter}}' },
  zgh: { 'speech.home.prompt': 'ⵎⴰⵢⴷ ⵜⵔⵉⴷ ⴰⴷ ⵜⴳⴷ?', 'ticket.counter': 'ⴰⵙⵡⵉⵔ {{counter}}' },
};

function setup(clips: ReadonlyArray<`${VoiceLanguage}:${string}`>, synthesis = true) {
  const played: string[] = [];
  let language: Language = 'fr';
  const output: SpeechOutput = {
    playClip: async (url) => void played.push(`clip ${url}`),
    synthesize: async (text, lng) => void played.push(`synthesis ${lng} ${text}`),
    synthesisAvailable: () => synthesis,
    tone: () => void played.push('tone'),
    stop: () => void played.push('stop'),
  };
  const log = createSpeechLog();
  const engine = new SpeechEngine({
    output,
    log,
    clipExists: (voice, key) => clips.includes(`${voice}:${key}`),
    texts: {
      language: () => language,
      translate: (key, params, lng) => {
        const raw = STRINGS[lng][key];
        return raw === undefined ? null : raw.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
      },
      hasParams: (key, lng) => /\{\{/.test(STRINGS[lng][key] ?? ''),
    },
  });
  return { engine, log: log.log, played, setLanguage: (next: Language) => (language = next) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('speech engine', () => {
  it('says nothing until speak mode is on', () => {
    const { engine, log } = setup(['fr:speech.home.prompt']);
    engine.say({ key: 'speech.home.prompt' });
    expect(log).toEqual([]);
  });

  it('plays the recorded clip of the screen language when it exists', async () => {
    const { engine, log, played } = setup(['fr:speech.home.prompt']);
    engine.setEnabled(true);
    engine.say({ key: 'speech.home.prompt' });
    await settle();
    expect(log).toEqual([{ kind: 'prompt', key: 'speech.home.prompt', text: 'Que voulez-vous faire ?', language: 'fr', source: 'clip' }]);
    expect(played).toContain('clip /audio/fr/speech/home.prompt.wav');
  });

  it('falls back to synthesis without a clip, and for texts carrying values', async () => {
    const { engine, log, played } = setup([]);
    engine.setEnabled(true);
    engine.say([{ key: 'speech.home.prompt' }, { key: 'ticket.counter', params: { counter: 4 } }]);
    await settle();
    expect(log.map((entry) => [entry.source, entry.text])).toEqual([
      ['synthesis', 'Que voulez-vous faire ?'],
      ['synthesis', 'Guichet 4'],
    ]);
    expect(played).toContain('synthesis fr Guichet 4');
  });

  it('says "none" for an Amazigh text with no clip, and the Arabic synthesis for values', async () => {
    const { engine, log, played, setLanguage } = setup([]);
    setLanguage('zgh');
    engine.setEnabled(true);
    engine.say([{ key: 'speech.home.prompt' }, { key: 'ticket.counter', params: { counter: 2 } }]);
    await settle();
    expect(log.map((entry) => [entry.source, entry.language])).toEqual([
      ['synthesis', 'ar'],
      ['synthesis', 'ar'],
    ]);
    expect(played).toContain('synthesis ar الشباك 2');
  });

  it('plays the Darija clip over the Arabic screen, and the Arabic clip where Darija has none', () => {
    const { engine, log, setLanguage } = setup(['ary:speech.home.prompt', 'ar:ticket.counter']);
    setLanguage('ar');
    engine.setEnabled(true);
    engine.setVoice('darija');
    engine.say({ key: 'speech.home.prompt' });
    expect(log.at(-1)).toMatchObject({ language: 'ary', source: 'clip' });
    engine.setVoice('standard');
    engine.say({ key: 'speech.home.prompt' });
    expect(log.at(-1)).toMatchObject({ language: 'ar', source: 'synthesis' });
  });

  it('gives a tone for a masked entry: no key, no text', () => {
    const { engine, log, played } = setup([]);
    engine.setEnabled(true);
    engine.tone();
    expect(log).toEqual([{ kind: 'tone', key: null, text: '', language: 'fr', source: 'tone' }]);
    expect(played).toEqual(['stop', 'tone']);
  });

  it('repeats the last prompt, not the label the citizen just heard', () => {
    const { engine, log } = setup([]);
    engine.setEnabled(true);
    engine.say({ key: 'speech.home.prompt' });
    engine.sayParts([{ key: null, text: 'Retour' }], 'label');
    engine.repeat();
    expect(log.map((entry) => entry.text)).toEqual(['Que voulez-vous faire ?', 'Retour', 'Que voulez-vous faire ?']);
  });

  it('stops what it was saying when new speech starts', async () => {
    const { engine, played } = setup([]);
    engine.setEnabled(true);
    engine.say({ key: 'speech.home.prompt' });
    engine.say({ key: 'ticket.counter', params: { counter: 1 } });
    await settle();
    expect(played).toEqual(['stop', 'synthesis fr Que voulez-vous faire ?', 'stop', 'synthesis fr Guichet 1']);
  });

  it('resets speak mode, voice and volume for the next citizen', () => {
    const { engine } = setup([]);
    engine.setEnabled(true);
    engine.setVoice('darija');
    engine.setVolume(0.2);
    expect(engine.volume).toBe(0.2);
    expect(engine.timeFactor).toBe(2);
    engine.reset();
    expect([engine.enabled, engine.voice, engine.volume, engine.timeFactor]).toEqual([false, 'standard', DEFAULT_VOLUME, 1]);
  });

  it('keeps the volume audible and no louder than full', () => {
    const { engine } = setup([]);
    engine.setVolume(0);
    expect(engine.volume).toBeGreaterThan(0);
    engine.setVolume(5);
    expect(engine.volume).toBe(1);
  });
});
