// Speak mode: the first tap says what a control is, the second (within 10 s) uses it; masked
// keys and the speech controls act at once.
import { describe, expect, it } from 'vitest';
import { ARM_WINDOW_MS, decideTap, initialTapState } from '../../../renderer/speech/tap-to-hear.js';
import { buildKeyLookup } from '../../../renderer/speech/control-label.js';
import { clipPathOf } from '../../../renderer/speech/clip-ids.js';
import { isHeadsetLabel } from '../../../renderer/speech/headset-watch.js';

describe('tap to hear, tap again to act', () => {
  it('speaks the label on the first tap and acts on the second', () => {
    const first = decideTap(initialTapState<string>(), 'ticket', 'label', 1000);
    expect(first.decision).toBe('speak-label');
    expect(decideTap(first.next, 'ticket', 'label', 2000).decision).toBe('act');
  });

  it('speaks again when the second tap is on another control or too late', () => {
    const first = decideTap(initialTapState<string>(), 'ticket', 'label', 0);
    expect(decideTap(first.next, 'tax', 'label', 10).decision).toBe('speak-label');
    expect(decideTap(first.next, 'ticket', 'label', ARM_WINDOW_MS + 1).decision).toBe('speak-label');
  });

  it('gives a tone and acts at once for a masked key, and forgets the armed control', () => {
    const armed = decideTap(initialTapState<string>(), 'ticket', 'label', 0);
    const digit = decideTap(armed.next, 'digit-4', 'tone', 1);
    expect(digit.decision).toBe('tone-and-act');
    expect(digit.next.armed).toBeNull();
  });

  it('lets the speech controls act on the first tap', () => {
    expect(decideTap(initialTapState<string>(), 'repeat', 'immediate', 0).decision).toBe('act');
  });
});

describe('labels, clip names and headsets', () => {
  it('finds the i18n key of a text shown on screen', () => {
    const lookup = buildKeyLookup({ home: { tiles: { ticket: { title: 'Take a  ticket' } } } });
    expect(lookup(' Take a ticket ')).toBe('home.tiles.ticket.title');
    expect(lookup('Something else')).toBeNull();
  });

  it('names a clip after its key, and refuses keys that would leave the folder', () => {
    expect(clipPathOf('ar', 'home.tiles.ticket.title')).toBe('ar/home/tiles.ticket.title.wav');
    expect(clipPathOf('ary', 'civil-status.steps.pin')).toBe('ary/civil-status/steps.pin.wav');
    expect(clipPathOf('fr', '../secret.x')).toBeNull();
    expect(clipPathOf('fr', 'single')).toBeNull();
  });

  it('recognises a headset by the label the platform gives it', () => {
    expect(isHeadsetLabel('Headphones (Realtek High Definition Audio)')).toBe(true);
    expect(isHeadsetLabel('Built-in Audio Analog Stereo')).toBe(false);
  });
});
