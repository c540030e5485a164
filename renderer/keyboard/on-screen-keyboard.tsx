// The kiosk's on-screen keyboard. The value belongs to the screen that shows it (the session
// wipes it at reset); the keyboard itself only keeps its layout, shift and last notice in React
// state, which goes with the component when it unmounts. No <input>, no suggestions, no history.
import { useState } from 'react';
import type { Language } from '../../main/contract/kiosk-contract.js';
import type { FieldRule } from './field-rules.js';
import { applyKey, defaultLayout, isKeyEnabled, textFor, type KeyboardState } from './keyboard-input.js';
import { LAYOUTS, type KeyDef } from './keyboard-layouts.js';
import { CharKeyButton, ActionKeyButton } from './keyboard-key.js';
import { KeyboardDisplay } from './keyboard-display.js';
import type { DisplayMask } from './display-mask.js';
import { LayoutSwitchKey } from './layout-switch-key.js';

export interface OnScreenKeyboardProps {
  /** From fieldRule(kind, options): allowed keys, length limit, layouts, validation. */
  rule: FieldRule;
  value: string;
  onChange: (value: string) => void;
  /** Called with a value that passed rule.validate; without it there is no "done" key. */
  onDone?: (value: string) => void;
  /** Screen language: picks the first layout and the language of the key names. */
  language: Language;
  /** Translated name of the field, shown above the typed value. */
  label: string;
  mask?: DisplayMask;
}

type UiState = Omit<KeyboardState, 'value'> & { language: Language; kind: FieldRule['kind'] };

function freshUi(rule: FieldRule, language: Language): UiState {
  return { layout: defaultLayout(rule, language), shift: false, notice: null, language, kind: rule.kind };
}

export function OnScreenKeyboard({ rule, value, onChange, onDone, language, label, mask = 'none' }: OnScreenKeyboardProps) {
  const [ui, setUi] = useState(() => freshUi(rule, language));
  // A new screen language or another field starts again from that language's layout.
  let current = ui;
  if (ui.language !== language || ui.kind !== rule.kind) {
    current = freshUi(rule, language);
    setUi(current);
  }

  const state: KeyboardState = { value, layout: current.layout, shift: current.shift, notice: current.notice };
  const layout = LAYOUTS[state.layout];
  const nextLayoutId = rule.layouts[(rule.layouts.indexOf(state.layout) + 1) % rule.layouts.length] ?? state.layout;

  // EN 301 549 5.1.3.8: what a masked field types (and a card, ID or phone number, masked or
  // not) is never said aloud; each key gives a tone instead.
  const speechMasked = mask !== 'none' || rule.kind === 'card-number' || rule.kind === 'phone';

  const press = (key: KeyDef) => {
    const next = applyKey(state, key, rule);
    if (next === state) return;
    setUi({ layout: next.layout, shift: next.shift, notice: next.notice, language, kind: rule.kind });
    if (next.value !== value) onChange(next.value);
    if (key.type === 'action' && key.action === 'done' && next.notice === null) onDone?.(next.value);
  };

  const renderKey = (key: KeyDef, index: number) => {
    const disabled = !isKeyEnabled(key, state, rule);
    const onPress = () => press(key);
    if (key.type === 'char') {
      const text = textFor(key, state, rule) ?? key.text;
      return <CharKeyButton key={index} keyDef={key} text={text} layoutLang={layout.lang} disabled={disabled} onPress={onPress} speechMasked={speechMasked} />;
    }
    if (key.action === 'done' && !onDone) return null;
    if (key.action === 'switch') {
      // A field with one layout has nowhere to switch to: no key rather than a dead one.
      if (rule.layouts.length < 2) return null;
      return (
        <LayoutSwitchKey
          key={index}
          next={LAYOUTS[nextLayoutId]}
          screenLanguage={language}
          width={key.width}
          disabled={disabled}
          onPress={onPress}
        />
      );
    }
    return (
      <ActionKeyButton key={index} keyDef={key} screenLanguage={language} disabled={disabled} shiftOn={state.shift} onPress={onPress} />
    );
  };

  return (
    <section className="on-screen-keyboard-panel" data-testid="on-screen-keyboard" data-field={rule.kind}>
      <KeyboardDisplay
        value={value}
        label={label}
        mask={mask}
        speechMasked={speechMasked}
        maxLength={rule.kind === 'free-text' ? rule.maxLength : undefined}
        dir={rule.kind === 'free-text' ? 'auto' : 'ltr'}
        notice={state.notice}
      />
      <div
        className={`on-screen-keyboard on-screen-keyboard--${layout.shape}`}
        data-layout={layout.id}
        lang={layout.lang}
        dir={layout.dir}
      >
        {layout.rows.map((row, rowIndex) => (
          <div className="keyboard-row" key={`${layout.id}-${rowIndex}`} dir={row.dir}>
            {row.keys.map(renderKey)}
          </div>
        ))}
      </div>
    </section>
  );
}
