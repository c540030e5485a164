// The keyboard as a pure reducer: the component holds this state in React and nothing else, so
// unmounting it (end of a citizen's session) leaves no trace of what was typed.
import type { Language } from '../../main/contract/kiosk-contract.js';
import type { FieldRule, Problem } from './field-rules.js';
import { LAYOUTS, type KeyDef, type LayoutId } from './keyboard-layouts.js';

export interface KeyboardState {
  readonly value: string;
  readonly layout: LayoutId;
  /** One-shot: the next letter is a capital, then shift releases itself. */
  readonly shift: boolean;
  /** Why the last key did nothing, or why "done" was refused; cleared by the next key. */
  readonly notice: Problem | null;
}

const LANGUAGE_LAYOUT: Record<Language, LayoutId> = {
  ar: 'arabic',
  // Moroccan offices have French (AZERTY) keyboards, so English speakers get AZERTY too.
  fr: 'azerty',
  en: 'azerty',
  zgh: 'tifinagh',
};

/** The screen language's layout when the field allows it, otherwise the field's first. */
export function defaultLayout(rule: FieldRule, language: Language): LayoutId {
  const preferred = LANGUAGE_LAYOUT[language];
  return rule.layouts.includes(preferred) ? preferred : (rule.layouts[0] ?? 'azerty');
}

export function initialKeyboardState(rule: FieldRule, language: Language, value = ''): KeyboardState {
  return { value, layout: defaultLayout(rule, language), shift: false, notice: null };
}

/** What a character key would insert in this state (capitals for shift or upper-case fields). */
export function textFor(key: KeyDef, state: KeyboardState, rule: FieldRule): string | null {
  if (key.type !== 'char') return null;
  if (rule.letterCase === 'upper') return key.text.toLocaleUpperCase('fr');
  if (state.shift) return key.shifted ?? key.text.toLocaleUpperCase('fr');
  return key.text;
}

/**
 * Whether a key does anything for this field right now. The length limit is deliberately not
 * part of it: a key at the limit stays enabled so that pressing it can say why nothing happened.
 */
export function isKeyEnabled(key: KeyDef, state: KeyboardState, rule: FieldRule): boolean {
  if (key.type === 'char') {
    const text = textFor(key, state, rule);
    return text !== null && rule.accepts(state.value, text);
  }
  switch (key.action) {
    case 'backspace':
    case 'clear':
      return state.value !== '';
    case 'shift':
      return rule.letterCase === 'any';
    case 'switch':
      return rule.layouts.length > 1;
    case 'done':
      return true;
  }
}

function nextLayout(rule: FieldRule, current: LayoutId): LayoutId {
  const index = rule.layouts.indexOf(current);
  return rule.layouts[(index + 1) % rule.layouts.length] ?? current;
}

/** One tap. Disabled keys return the very same state object. */
export function applyKey(state: KeyboardState, key: KeyDef, rule: FieldRule): KeyboardState {
  if (!isKeyEnabled(key, state, rule)) return state;
  if (key.type === 'char') {
    const text = textFor(key, state, rule) ?? '';
    const value = rule.insert(state.value, text);
    const limit = rule.limitFor(value);
    if (Array.from(value).length > limit) {
      return { ...state, notice: { messageKey: 'keyboard.errors.maxLength', values: { max: limit } } };
    }
    return { ...state, value, shift: false, notice: null };
  }
  switch (key.action) {
    case 'backspace':
      return { ...state, value: rule.erase(state.value), notice: null };
    case 'clear':
      return { ...state, value: '', shift: false, notice: null };
    case 'shift':
      return { ...state, shift: !state.shift, notice: null };
    case 'switch':
      return { ...state, layout: nextLayout(rule, state.layout), shift: false, notice: null };
    case 'done': {
      const result = rule.validate(state.value);
      if (result.ok) return { ...state, notice: null };
      const notice: Problem = result.values
        ? { messageKey: result.messageKey, values: result.values }
        : { messageKey: result.messageKey };
      return { ...state, notice };
    }
  }
}

/** The layout to draw: LAYOUTS lookup kept here so the component needs one import. */
export function layoutOf(state: KeyboardState) {
  return LAYOUTS[state.layout];
}
