// What a citizen in speak mode hears when a screen appears, changes step or language: once,
// in the screen language, and never again on a mere re-render.
import { describe, expect, it } from 'vitest';
import { SPEECH_OFF, type SpeechControl, type SpeechKind, type SpokenText } from '../../../renderer/speech/speech-control.js';
import { ScreenPromptSpeaker } from '../../../renderer/speech/use-screen-prompt.js';

interface Said {
  texts: readonly SpokenText[];
  kind: SpeechKind | undefined;
}

function recordingSpeech(enabled: boolean): SpeechControl & { said: Said[] } {
  const said: Said[] = [];
  return {
    ...SPEECH_OFF,
    enabled,
    timeFactor: enabled ? 2 : 1,
    said,
    say: (text, kind) => {
      said.push({ texts: Array.isArray(text) ? (text as readonly SpokenText[]) : [text as SpokenText], kind });
    },
  };
}

const home = { key: 'speech.home.prompt' };
const keys = (said: Said[]) => said.map((entry) => entry.texts.map((text) => text.key).join('+'));

describe('screen prompt', () => {
  it('says the prompt once when the screen appears, not on every re-render', () => {
    const speech = recordingSpeech(true);
    const speaker = new ScreenPromptSpeaker();
    speaker.update({ prompt: home, language: 'fr', speech });
    speaker.update({ prompt: { key: 'speech.home.prompt' }, language: 'fr', speech });
    expect(speech.said).toEqual([{ texts: [home], kind: 'prompt' }]);
  });

  it('says it again in the new language when the citizen changes language', () => {
    const speech = recordingSpeech(true);
    const speaker = new ScreenPromptSpeaker();
    speaker.update({ prompt: home, language: 'fr', speech });
    speaker.update({ prompt: home, language: 'ar', speech });
    expect(keys(speech.said)).toEqual(['speech.home.prompt', 'speech.home.prompt']);
  });

  it('says the next step, and the params it carries', () => {
    const speech = recordingSpeech(true);
    const speaker = new ScreenPromptSpeaker('receipt');
    speaker.update({ prompt: [{ key: 'speech.ticket.result', params: { number: 'A-001' } }], language: 'fr', speech });
    speaker.update({ prompt: [{ key: 'speech.ticket.result', params: { number: 'A-002' } }], language: 'fr', speech });
    expect(speech.said.map((entry) => [entry.kind, entry.texts[0]?.params?.['number']])).toEqual([
      ['receipt', 'A-001'],
      ['receipt', 'A-002'],
    ]);
  });

  it('is silent while speak mode is off and speaks when it is switched on', () => {
    const off = recordingSpeech(false);
    const speaker = new ScreenPromptSpeaker();
    speaker.update({ prompt: home, language: 'fr', speech: off });
    expect(off.said).toEqual([]);
    const on = recordingSpeech(true);
    speaker.update({ prompt: home, language: 'fr', speech: on });
    expect(keys(on.said)).toEqual(['speech.home.prompt']);
  });

  it('waits for the data (null prompt), then speaks', () => {
    const speech = recordingSpeech(true);
    const speaker = new ScreenPromptSpeaker();
    speaker.update({ prompt: null, language: 'fr', speech });
    expect(speech.said).toEqual([]);
    speaker.update({ prompt: { key: 'speech.ticket.services' }, language: 'fr', speech });
    expect(keys(speech.said)).toEqual(['speech.ticket.services']);
  });
});
