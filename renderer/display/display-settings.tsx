import { useTranslation } from 'react-i18next';
import { ContrastIcon, LowReachIcon, TextSizeIcon } from './display-pictograms.js';
import { displayStore, useDisplayPreferences, type DisplayStore } from './display-store.js';
import { PictogramButton } from './pictogram-button.js';
import './display.css';
import './large-text-fit.css';
import './low-reach.css';
import './screen-shapes.css';

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
      <PictogramButton
        testId="display-text-size"
        className="display-button"
        data={{ 'data-value': preferences.textSize }}
        ariaLabel={t('display.textSize', { size: t(`display.sizes.${preferences.textSize}`) })}
        icon={<TextSizeIcon className="display-icon" size={preferences.textSize} />}
        onClick={store.cycleTextSize}
      />
      <PictogramButton
        testId="display-contrast"
        className="display-button"
        pressed={contrastOn}
        ariaLabel={t('display.contrast', { state: onOff(contrastOn) })}
        icon={<ContrastIcon className="display-icon" />}
        onClick={store.toggleContrast}
      />
      <PictogramButton
        testId="display-low-reach"
        className="display-button"
        pressed={lowReachOn}
        ariaLabel={t('display.lowReach', { state: onOff(lowReachOn) })}
        icon={<LowReachIcon className="display-icon" />}
        onClick={store.toggleLowReach}
      />
    </div>
  );
}
