import { useTranslation } from 'react-i18next';
import type { Language } from '../../main/contract/kiosk-contract.js';
import { directionOf } from '../i18n/kiosk-i18n.js';
import { SwitchLayoutIcon } from './keyboard-icons.js';
import type { KeyboardLayout, KeyWidth } from './keyboard-layouts.js';

export interface LayoutSwitchKeyProps {
  /** The layout a tap switches to (the field's next one). */
  next: KeyboardLayout;
  screenLanguage: Language;
  width: KeyWidth | undefined;
  disabled: boolean;
  onPress: () => void;
}

/**
 * Shows where a tap leads, in that layout's own script ("أ ب ت", "AZERTY", "ⴰⴱⴳ", "123"), so a
 * citizen who cannot read the screen language still finds their alphabet.
 */
export function LayoutSwitchKey({ next, screenLanguage, width, disabled, onPress }: LayoutSwitchKeyProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`keyboard-key keyboard-key--${width ?? 'wide'} keyboard-key--action keyboard-key--switch`}
      data-testid="key-switch"
      disabled={disabled}
      aria-label={t('keyboard.switchTo', { layout: t(next.nameKey) })}
      lang={screenLanguage}
      dir={directionOf(screenLanguage)}
      onPointerDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      <SwitchLayoutIcon className="keyboard-key-icon" />
      <span className="keyboard-key-word" lang={next.lang === 'zxx' ? undefined : next.lang}>
        {next.nativeLabel}
      </span>
    </button>
  );
}
