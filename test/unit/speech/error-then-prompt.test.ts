// An error (EN 301 549 5.1.3.15) or a receipt announced before it prints is never cut by the
// prompt of the screen that follows: the prompt is said after it. A citizen's act still silences both.
import { describe, expect, it } from 'vitest';
import { SpeechEngine, type SpeechOutput } from '../../../renderer/speech/speech-engine.js';
import { createSpeechLog } from '../../../renderer/speech/speech-log.js';

function setup() {
  const heard: string[] = [];
  const pending: Array<() => void> = [];
  const output: SpeechOutput = {
    playClip: async () => undefined,
    // Each text plays until the test lets it end.
    synthesize: (text) => {
      heard.push(text);
      return new Promise<void>((resolve) => pending.push(resolve));
    },
    synthesisAvailable: () => true,
    tone: () => undefined,
    stop: () => {
      heard.push('(stop)');
      for (const end of pending.splice(0)) end();
    },
  };
  const engine = new SpeechEngine({
    output,
    log: createSpeechLog(),
    clipExists: () => false,
    texts: { language: () => 'fr', translate: (key) => key, hasParams: () => false },
  });
  engine.setEnabled(true);
  const finishOne = async () => {
    pending.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { engine, heard, finishOne };
}

describe('an error and the prompt after it', () => {
  it('says the prompt once the error has been said, without cutting it', async () => {
    const { engine, heard, finishOne } = setup();
    engine.sayParts([{ key: 'tracking.problems.not-found.title' }], 'error');
    engine.say({ key: 'speech.tracking.type' });
    expect(heard).toEqual(['(stop)', 'tracking.problems.not-found.title']);
    await finishOne();
    expect(heard).toEqual(['(stop)', 'tracking.problems.not-found.title', 'speech.tracking.type']);
  });

  it('still lets a new error or the citizen cut the error', async () => {
    const { engine, heard } = setup();
    engine.sayParts([{ key: 'first' }], 'error');
    engine.sayParts([{ key: 'second' }], 'error');
    expect(heard).toEqual(['(stop)', 'first', '(stop)', 'second']);
    engine.stop();
    engine.say({ key: 'speech.tracking.type' });
    expect(heard.at(-1)).toBe('speech.tracking.type');
    expect(heard.at(-2)).toBe('(stop)');
  });

  it('says the result screen prompt after the receipt announced before it prints', async () => {
    const { engine, heard, finishOne } = setup();
    engine.say({ key: 'speech.printing.ticket', params: { number: 'A-012' } }, 'receipt');
    engine.say({ key: 'speech.ticket.result' });
    expect(heard).toEqual(['(stop)', 'speech.printing.ticket']);
    await finishOne();
    expect(heard).toEqual(['(stop)', 'speech.printing.ticket', 'speech.ticket.result']);
  });
});
