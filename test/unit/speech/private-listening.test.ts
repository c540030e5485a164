// Personal data is said only through a headset (EN 301 549 5.1.3.9): on the loudspeaker the
// citizen hears a neutral phrase, and the name never reaches the speaker or the log.
import { describe, expect, it } from 'vitest';
import { descriptionPartsOf, labelPartsOf } from '../../../renderer/speech/control-label.js';
import { isHeadsetLabel, watchHeadset } from '../../../renderer/speech/headset-watch.js';
import { audibleParts, SpeechEngine, type SpeechOutput } from '../../../renderer/speech/speech-engine.js';
import { createSpeechLog } from '../../../renderer/speech/speech-log.js';
import type { SpokenText } from '../../../renderer/speech/speech-control.js';

const STRINGS: Record<string, string> = {
  'speech.civil.identity-details': 'Carte lue. Nom : {{name}}. Date de naissance : {{birthDate}}.',
  'speech.civil.identity-read': "Votre carte a été lue. Vérifiez les informations à l'écran.",
  'speech.civil.confirm-identity': 'Vérifiez que le nom affiché est le vôtre.',
};

function setup() {
  const heard: string[] = [];
  let stops = 0;
  const output: SpeechOutput = {
    playClip: async (url) => void heard.push(url),
    synthesize: async (text) => void heard.push(text),
    synthesisAvailable: () => true,
    tone: () => undefined,
    stop: () => void (stops += 1),
  };
  const log = createSpeechLog();
  const engine = new SpeechEngine({
    output,
    log,
    clipExists: () => false,
    texts: {
      language: () => 'fr',
      translate: (key, params) => STRINGS[key]?.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? '')) ?? null,
      hasParams: (key) => /\{\{/.test(STRINGS[key] ?? ''),
    },
  });
  engine.setEnabled(true);
  return { engine, log: log.log, heard, stops: () => stops };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const CONFIRM: SpokenText[] = [
  {
    key: 'speech.civil.identity-details',
    params: { name: 'FATIMA ZAHRA BENALI', birthDate: '14/06/1985' },
    private: true,
    publicText: { key: 'speech.civil.identity-read' },
  },
  { key: 'speech.civil.confirm-identity' },
];

describe('private listening', () => {
  it('says the neutral phrase on the loudspeaker, never the name or the birth date', async () => {
    const { engine, log, heard } = setup();
    engine.say(CONFIRM);
    await settle();
    expect(log.map((entry) => entry.key)).toEqual(['speech.civil.identity-read', 'speech.civil.confirm-identity']);
    const everything = [...heard, ...log.map((entry) => entry.text)].join(' ');
    expect(everything).not.toContain('BENALI');
    expect(everything).not.toMatch(/1985|14\/06/);
  });

  it('says the details through a headset', async () => {
    const { engine, log, heard } = setup();
    engine.setPrivateListening(true);
    engine.say(CONFIRM);
    await settle();
    expect(log.map((entry) => entry.key)).toEqual(['speech.civil.identity-details', 'speech.civil.confirm-identity']);
    expect(heard[0]).toContain('FATIMA ZAHRA BENALI');
  });

  it('stops at once when the headset is pulled out, and Repeat then says the neutral phrase', async () => {
    const { engine, log, stops } = setup();
    engine.setPrivateListening(true);
    engine.say(CONFIRM);
    const before = stops();
    engine.setPrivateListening(false);
    expect(stops()).toBe(before + 1);
    log.length = 0;
    engine.repeat();
    await settle();
    expect(log.map((entry) => entry.key)).toEqual(['speech.civil.identity-read', 'speech.civil.confirm-identity']);
  });

  it('says nothing for a private part with no public phrase', () => {
    expect(audibleParts([{ key: 'a', private: true }, { key: 'b' }], false)).toEqual([{ key: 'b' }]);
    expect(audibleParts([{ key: 'a', private: true }, { key: 'b' }], true)).toHaveLength(2);
  });

  it('marks what the screen shows as private (data-speech-private) so a label or an alert keeps it off the speaker', () => {
    const alert = element('div', {}, [element('span', {}, [text('Carte lue')]), element('span', { 'data-speech-private': '' }, [text('FATIMA ZAHRA BENALI')])]);
    const parts = labelPartsOf(alert, () => null);
    expect(parts).toEqual([
      { key: null, text: 'Carte lue' },
      { key: null, text: 'FATIMA ZAHRA BENALI', private: true },
    ]);
    expect(audibleParts(parts, false).map((part) => part.text)).toEqual(['Carte lue']);
  });

  it('describes a QR code by its text alternative, said on the speaker (a receipt number is not private)', () => {
    const qr = element('img', { alt: 'Code QR de la demande AR-2026-000001', 'data-speech-describe': '' }, []);
    expect(descriptionPartsOf(qr, () => null)).toEqual([{ key: null, text: 'Code QR de la demande AR-2026-000001' }]);
    expect(descriptionPartsOf(element('img', { alt: ' ' }, []), () => null)).toEqual([]);
  });
});

// No DOM under vitest here: the few Node members control-label.ts reads.
interface FakeNode {
  nodeType: number;
  textContent: string;
}
function text(value: string): FakeNode {
  return { nodeType: 3, textContent: value };
}
function element(tag: string, attributes: Record<string, string>, children: FakeNode[]): Element {
  const node = {
    nodeType: 1,
    tagName: tag.toUpperCase(),
    childNodes: children,
    textContent: children.map((child) => child.textContent).join(' '),
    ownerDocument: { getElementById: () => null, querySelector: () => null },
    getAttribute: (name: string) => attributes[name] ?? null,
    hasAttribute: (name: string) => name in attributes,
  };
  // A structural fake: only what labelPartsOf reads.
  return node as unknown as Element;
}

describe('headset presence', () => {
  function fakeNavigator(outputs: string[][], fail = false) {
    let call = 0;
    const listeners: Array<() => void> = [];
    const nav = {
      mediaDevices: {
        enumerateDevices: async () => {
          if (fail) throw new Error('NotAllowedError');
          const labels = outputs[Math.min(call, outputs.length - 1)] ?? [];
          call += 1;
          return labels.map((label) => ({ kind: 'audiooutput', label }));
        },
        addEventListener: (_type: string, listener: () => void) => void listeners.push(listener),
        removeEventListener: () => undefined,
      },
    } as unknown as Navigator;
    return { nav, change: async () => Promise.all(listeners.map((listener) => listener())) };
  }

  it('tells private listening when a headset is plugged in and when it is pulled out', async () => {
    const { nav, change } = fakeNavigator([['Built-in Audio'], ['Built-in Audio', 'USB Headset'], ['Built-in Audio']]);
    const presence: boolean[] = [];
    let switchedOn = 0;
    watchHeadset(nav, () => (switchedOn += 1), (present) => presence.push(present));
    await settle();
    await change();
    await settle();
    await change();
    await settle();
    expect(presence).toEqual([false, true, false]);
    expect(switchedOn).toBe(1);
    expect(isHeadsetLabel('USB Headset')).toBe(true);
  });

  it('never claims private listening when the platform gives no labels', async () => {
    const { nav } = fakeNavigator([], true);
    const presence: boolean[] = [];
    watchHeadset(nav, () => undefined, (present) => presence.push(present));
    await settle();
    expect(presence).toEqual([]);
  });
});
