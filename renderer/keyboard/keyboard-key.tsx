import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../main/contract/kiosk-contract.js';
import { directionOf } from '../i18n/kiosk-i18n.js';
import { BackspaceIcon, ClearIcon, DoneIcon, ShiftIcon } from './keyboard-icons.js';
import type { ActionKey, CharKey, KeyWidth } from './keyboard-layouts.js';

interface KeyButtonProps {
  width: KeyWidth | undefined;
  disabled: boolean;
  onPress: () => void;
  ariaLabel?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  pressed?: boolean;
  testId: string;
  variant?: 'char' | 'action' | 'done';
  /** A key of a masked entry (card or ID number, phone): speak mode gives a tone, never the key. */
  speechMasked?: boolean;
  children: ReactNode;
}

/**
 * One key. It acts on click, i.e. when the finger lifts over the key it touched: a brushed key
 * or a slid finger types nothing, and there is no long-press or repeat.
 */
export function KeyButton({ width, disabled, onPress, ariaLabel, lang, dir, pressed, testId, variant = 'char', speechMasked, children }: KeyButtonProps) {
  return (
    <button
      type="button"
      className={`keyboard-key keyboard-key--${width ?? 'normal'} keyboard-key--${variant}`}
      data-testid={testId}
      disabled={disabled}
      aria-label={ariaLabel}
      aria-pressed={pressed}
      data-speech-mask={speechMasked ? 'tone' : undefined}
      lang={lang}
      dir={dir}
      // Keep focus where it is: a tap on a key must not scroll or move the page.
      onPointerDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

export interface CharKeyButtonProps {
  keyDef: CharKey;
  text: string;
  layoutLang: string;
  disabled: boolean;
  onPress: () => void;
  speechMasked?: boolean;
}

export function CharKeyButton({ keyDef, text, layoutLang, disabled, onPress, speechMasked }: CharKeyButtonProps) {
  const { t, i18n } = useTranslation();
  const isSpace = keyDef.text === ' ';
  // A key named by a word (the space bar) speaks the screen language, not the layout's: the
  // Arabic word on a Latin keyboard keeps its own language and direction.
  const worded = keyDef.labelKey !== undefined;
  return (
    <KeyButton
      width={keyDef.width}
      disabled={disabled}
      onPress={onPress}
      ariaLabel={keyDef.labelKey ? t(keyDef.labelKey) : undefined}
      lang={worded ? i18n.language : layoutLang}
      dir={worded ? i18n.dir() : undefined}
      testId={isSpace ? 'key-space' : `key-${keyDef.text}`}
      speechMasked={speechMasked}
    >
      {isSpace ? <span className="keyboard-key-word">{t('keyboard.space')}</span> : <span className="keyboard-key-char">{text}</span>}
    </KeyButton>
  );
}

export interface ActionKeyButtonProps {
  keyDef: ActionKey;
  screenLanguage: Language;
  disabled: boolean;
  shiftOn: boolean;
  onPress: () => void;
}

const ACTION_ICON = { backspace: BackspaceIcon, clear: ClearIcon, shift: ShiftIcon, done: DoneIcon } as const;

/** Backspace, clear, shift and done: an icon and a word in the screen language. */
export function ActionKeyButton({ keyDef, screenLanguage, disabled, shiftOn, onPress }: ActionKeyButtonProps) {
  const { t } = useTranslation();
  if (keyDef.action === 'switch') return null;
  const Icon = ACTION_ICON[keyDef.action];
  const word = t(`keyboard.${keyDef.action}`);
  const showWord = keyDef.width !== 'normal';
  return (
    <KeyButton
      width={keyDef.width}
      disabled={disabled}
      onPress={onPress}
      ariaLabel={word}
      lang={screenLanguage}
      dir={directionOf(screenLanguage)}
      pressed={keyDef.action === 'shift' ? shiftOn : undefined}
      testId={`key-${keyDef.action}`}
      variant={keyDef.action === 'done' ? 'done' : 'action'}
    >
      <Icon className="keyboard-key-icon" />
      {showWord ? <span className="keyboard-key-word">{word}</span> : null}
    </KeyButton>
  );
}
