// A technician's keypad for device settings: paths (/dev/ttyUSB0, /dev/serial/by-id/...),
// tcp://host:port and numbers. The citizens' keyboard has no '/' or ':' (no citizen field
// needs them), so settings get their own keys, always left to right whatever the language.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const ROWS = [
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', '/'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm', '.', '-', '_'],
  [':', '\\'],
] as const;

export interface ConfigPathKeysProps {
  value: string;
  onChange: (value: string) => void;
  onDone: () => void;
  /** Digits only (a baud rate, a timeout). */
  numeric?: boolean;
}

export function ConfigPathKeys({ value, onChange, onDone, numeric }: ConfigPathKeysProps) {
  const { t } = useTranslation();
  const [upper, setUpper] = useState(false);
  const rows = numeric ? [ROWS[0]] : ROWS;
  return (
    <div className="config-keys" dir="ltr" data-testid="config-keys">
      {rows.map((row, i) => (
        <div className="config-keys-row" key={i}>
          {row.map((k) => {
            const text = upper ? k.toUpperCase() : k;
            return (
              <button type="button" key={k} className="config-key" data-key={text} onClick={() => onChange(value + text)}>
                {text}
              </button>
            );
          })}
          {i === rows.length - 1 ? (
            <>
              {!numeric ? (
                <button type="button" className="config-key config-key--wide" aria-pressed={upper} data-testid="config-key-shift" onClick={() => setUpper(!upper)}>
                  ⇧
                </button>
              ) : null}
              <button type="button" className="config-key config-key--wide" data-testid="config-key-erase" onClick={() => onChange(Array.from(value).slice(0, -1).join(''))}>
                ⌫ {t('tech-config.erase')}
              </button>
              <button type="button" className="config-key config-key--wide" data-testid="config-key-clear" onClick={() => onChange('')}>
                {t('tech-config.clear')}
              </button>
              <button type="button" className="config-key config-key--done" data-testid="config-key-done" onClick={onDone}>
                {t('tech-config.done')}
              </button>
            </>
          ) : null}
        </div>
      ))}
    </div>
  );
}
