import { useTranslation } from 'react-i18next';
import { ContrastIcon, LowReachIcon, TextSizeIcon } from './display-pictograms.js';
import { displayStore, useDisplayPreferences, type DisplayStore } from './display-store.js';
import './display.css';
import './flow-text-size.css';
import './large-text-fit.css';
import './low-reach.css';

export interface DisplaySettingsProps {
  /** 'large' on the attract screen, 'compact' in the top bar during a journey. */
  size?: 'large' | 'compact';
  store?: DisplayStore;
}

/**
 * Three pictogram buttons: text size (cycles), high contrast, low reach. Each names its
 * current value in its accessible name, which speak mode reads out on the first tap.
 */
export function DisplaySettings({ size = 'compact', store = displayStore }: DisplaySettingsProps) {
  const { t } = useTranslation();
  const preferences = useDisplayPreferences(store);
  const onOff = (on: boolean) => t(on ? 'display.on' : 'display.off');
  const contrastOn = preferences.theme === 'high-contrast';
  const lowReachOn = preferences.layout === 'low-reach';
  return (
    <div className={`display-settings display-settings--${size}`} role="group" aria-label={t('display.group')}>
      <button
        type="button"
        className="display-button"
        data-testid="display-text-size"
        data-value={preferences.textSize}
        aria-label={t('display.textSize', { size: t(`display.sizes.${preferences.textSize}`) })}
        onClick={store.cycleTextSize}
      >
        <TextSizeIcon className="display-icon" size={preferences.textSize} />
      </button>
      <button
        type="button"
        className="display-button"
        data-testid="display-contrast"
        aria-pressed={contrastOn}
        aria-label={t('display.contrast', { state: onOff(contrastOn) })}
        onClick={store.toggleContrast}
      >
        <ContrastIcon className="display-icon" />
      </button>
      <button
        type="button"
        className="display-button"
        data-testid="display-low-reach"
        aria-pressed={lowReachOn}
        aria-label={t('display.lowReach', { state: onOff(lowReachOn) })}
        onClick={store.toggleLowReach}
      >
        <LowReachIcon className="display-icon" />
      </button>
    </div>
  );
}
