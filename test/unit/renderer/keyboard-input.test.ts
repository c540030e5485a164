import { describe, expect, it } from 'vitest';
import { fieldRule, type FieldRule } from '../../../renderer/keyboard/field-rules.js';
import { applyKey, defaultLayout, initialKeyboardState, isKeyEnabled, type KeyboardState } from '../../../renderer/keyboard/keyboard-input.js';
import { LAYOUTS, keysOf, type KeyDef, type LayoutId } from '../../../renderer/keyboard/keyboard-layouts.js';

function keyOf(layout: LayoutId, text: string): KeyDef {
  const found = keysOf(LAYOUTS[layout]).find((key) => (key.type === 'char' ? key.text === text : key.action === text));
  if (!found) throw new Error(`no key ${text} on ${layout}`);
  return found;
}

/** Taps keys in order, as a citizen would; each entry is a key text or an action name. */
function tap(state: KeyboardState, rule: FieldRule, ...keys: string[]): KeyboardState {
  return keys.reduce((current, key) => applyKey(current, keyOf(current.layout, key), rule), state);
}

describe('keyboard input', () => {
  const text = fieldRule('free-text');

  it('starts on the screen language layout when the field allows it', () => {
    expect(defaultLayout(text, 'ar')).toBe('arabic');
    expect(defaultLayout(text, 'fr')).toBe('azerty');
    expect(defaultLayout(text, 'en')).toBe('azerty');
    expect(defaultLayout(text, 'zgh')).toBe('tifinagh');
    expect(defaultLayout(fieldRule('phone'), 'ar')).toBe('phone');
    expect(defaultLayout(fieldRule('card-number'), 'ar')).toBe('azerty');
  });

  it('types letters, and the switch key cycles the layouts the field allows', () => {
    let state = tap(initialKeyboardState(text, 'ar'), text, 'س', 'لا', 'م');
    expect(state.value).toBe('سلام');
    state = tap(state, text, 'switch');
    expect(state.layout).toBe('azerty');
    state = tap(state, text, ' ', 'switch', 'ⴰ', 'switch', 'switch');
    expect(state.value).toBe('سلام ⴰ');
    expect(state.layout).toBe('arabic');
  });

  it('makes shift one-shot: one capital, then lower case again', () => {
    let state = tap(initialKeyboardState(text, 'fr'), text, 'shift');
    expect(state.shift).toBe(true);
    state = tap(state, text, 'a', 'l', 'shift', 'é', 'e');
    expect(state.value).toBe('AlÉe');
    expect(state.shift).toBe(false);
    // Pressing shift twice releases it without typing anything.
    state = tap(state, text, 'shift', 'shift', 'z');
    expect(state.value).toBe('AlÉez');
  });

  it('erases the last character with backspace and everything with clear', () => {
    let state = tap(initialKeyboardState(text, 'fr'), text, 'r', 'u', 'e');
    state = tap(state, text, 'backspace');
    expect(state.value).toBe('ru');
    state = tap(state, text, 'clear');
    expect(state.value).toBe('');
    expect(isKeyEnabled(keyOf('azerty', 'backspace'), state, text)).toBe(false);
  });

  it('ignores disabled keys: a letter in a phone number, a second "+", shift on card numbers', () => {
    const phone = fieldRule('phone');
    const start = tap(initialKeyboardState(phone, 'fr'), phone, '0', '6');
    expect(applyKey(start, keyOf('phone', '+'), phone)).toBe(start);
    const card = fieldRule('card-number');
    const typed = tap(initialKeyboardState(card, 'fr'), card, 'b', 'k', '1');
    expect(typed.value).toBe('BK1');
    expect(applyKey(typed, keyOf('azerty', 'shift'), card)).toBe(typed);
    expect(applyKey(typed, keyOf('azerty', 'a'), card)).toBe(typed);
    expect(applyKey(typed, keyOf('azerty', 'é'), card)).toBe(typed);
    expect(isKeyEnabled(keyOf('azerty', 'a'), typed, card)).toBe(false);
    expect(isKeyEnabled(keyOf('azerty', '2'), typed, card)).toBe(true);
  });

  it('stops at the maximum length and says why', () => {
    const short = fieldRule('free-text', { maxLength: 3 });
    let state = tap(initialKeyboardState(short, 'fr'), short, 'a', 'b', 'c');
    expect(state.notice).toBeNull();
    state = tap(state, short, 'd');
    expect(state.value).toBe('abc');
    expect(state.notice).toEqual({ messageKey: 'keyboard.errors.maxLength', values: { max: 3 } });
    state = tap(state, short, 'backspace');
    expect(state.notice).toBeNull();
    const card = fieldRule('card-number');
    const full = tap(initialKeyboardState(card, 'fr'), card, 'b', 'k', ...'12345678'.split(''), '9');
    expect(full.value).toBe('BK12345678');
    expect(full.notice?.messageKey).toBe('keyboard.errors.maxLength');
  });

  it('types a date as digits with the slashes added, and refuses an impossible one on done', () => {
    const date = fieldRule('date');
    let state = tap(initialKeyboardState(date, 'ar'), date, ...'31042001'.split(''));
    expect(state.value).toBe('31/04/2001');
    state = tap(state, date, 'done');
    expect(state.notice?.messageKey).toBe('keyboard.errors.date');
    state = tap(state, date, 'backspace', 'backspace', 'backspace', 'backspace');
    // The slash goes with the digit after it: the citizen never typed it.
    expect(state.value).toBe('31/04');
    state = tap(state, date, 'backspace', 'backspace');
    expect(state.value).toBe('31');
    state = tap(state, date, '0', '5', '2', '0', '0', '1', 'done');
    expect(state.value).toBe('31/05/2001');
    expect(state.notice).toBeNull();
  });

  it('stops a local phone number at ten digits, a +212 one at thirteen characters', () => {
    const phone = fieldRule('phone');
    const local = tap(initialKeyboardState(phone, 'fr'), phone, ...'06123456789'.split(''));
    expect(local.value).toBe('0612345678');
    expect(local.notice).toEqual({ messageKey: 'keyboard.errors.maxLength', values: { max: 10 } });
    const international = tap(initialKeyboardState(phone, 'fr'), phone, '+', ...'2126123456789'.split(''));
    expect(international.value).toBe('+212612345678');
    expect(international.notice?.values).toEqual({ max: 13 });
  });

  it('reports an invalid phone number on done and keeps what was typed', () => {
    const phone = fieldRule('phone');
    const state = tap(initialKeyboardState(phone, 'fr'), phone, '0', '5', '1', 'done');
    expect(state.value).toBe('051');
    expect(state.notice?.messageKey).toBe('keyboard.errors.phone');
  });
});
