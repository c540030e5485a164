// The PIN keypad: telephone order, laid out left to right in every language (clerks type by
// position), with erase and OK on the bottom row around 0. dir="ltr" marks that order as
// deliberate; the OK key's word keeps its own language's direction inside it (<bdi>).
import { useTranslation } from 'react-i18next';
import { KEYPAD_ROWS } from './pin-entry.js';

export interface PinKeypadProps {
  disabled: boolean;
  canSubmit: boolean;
  onDigit: (digit: string) => void;
  onErase: () => void;
  onSubmit: () => void;
}

export function PinKeypad({ disabled, canSubmit, onDigit, onErase, onSubmit }: PinKeypadProps) {
  const { t } = useTranslation();
  const digit = (value: string) => (
    <button key={value} type="button" className="pin-key" data-testid={`pin-key-${value}`} disabled={disabled} onClick={() => onDigit(value)}>
      {value}
    </button>
  );
  return (
    <div className="pin-keypad" dir="ltr" role="group" aria-label={t('staff.pin.keypad')}>
      {KEYPAD_ROWS.map((row) => row.map(digit))}
      <button type="button" className="pin-key pin-key--action" data-testid="pin-key-erase" disabled={disabled} onClick={onErase} aria-label={t('staff.pin.erase')}>
        ⌫
      </button>
      {digit('0')}
      <button type="button" className="pin-key pin-key--ok" data-testid="pin-ok" disabled={disabled || !canSubmit} onClick={onSubmit}>
        <bdi>{t('staff.pin.ok')}</bdi>
      </button>
    </div>
  );
}
