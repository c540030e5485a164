import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollCue } from '../display/scroll-cue.js';
import type { Problem } from './field-rules.js';
import { maskValue, type DisplayMask } from './display-mask.js';

export interface KeyboardDisplayProps {
  value: string;
  /** Visible name of the field, already translated ("Phone number"). */
  label: string;
  mask?: DisplayMask;
  /** Shown in full but never said aloud (a phone number being typed); masked values never are. */
  speechMasked?: boolean;
  maxLength?: number;
  /** Direction of what is typed: Arabic text reads right to left, numbers left to right. */
  dir?: 'ltr' | 'rtl' | 'auto';
  notice?: Problem | null;
  /** Reused read-only on summary screens; there the caret is not drawn. */
  editing?: boolean;
}

/**
 * Shows the typed value in a plain element, not an <input>: the browser has nothing it could
 * remember or offer to the next citizen, and no system keyboard can pop up.
 */
export function KeyboardDisplay({ value, label, mask = 'none', speechMasked = mask !== 'none', maxLength, dir = 'auto', notice, editing = true }: KeyboardDisplayProps) {
  const { t } = useTranslation();
  const length = Array.from(value).length;
  const shown = maskValue(value, mask);
  const valueBox = useRef<HTMLDivElement>(null);
  return (
    <div className="keyboard-display">
      <div className="keyboard-display-header">
        <span className="keyboard-display-label">{label}</span>
        {maxLength !== undefined && editing ? (
          <span className="keyboard-display-count" dir="ltr" aria-hidden="true">
            {length} / {maxLength}
          </span>
        ) : null}
      </div>
      <div className="keyboard-display-box">
        <div
          className={`keyboard-display-value${editing ? ' keyboard-display-value--editing' : ''}`}
          ref={valueBox}
          role="textbox"
          aria-readonly="true"
          // Focusable: a long value scrolls, and a keyboard user must be able to scroll it too.
          tabIndex={0}
          aria-label={label}
          aria-invalid={notice ? true : undefined}
          data-testid="keyboard-display"
          data-masked={mask !== 'none' ? 'true' : undefined}
          data-speech-mask={speechMasked ? 'tone' : undefined}
          dir={dir}
        >
          <span className="keyboard-display-text">{shown}</span>
          {editing ? <span className="keyboard-caret" aria-hidden="true" /> : null}
        </div>
        <ScrollCue target={valueBox} />
      </div>
      <p className="keyboard-notice" data-testid="keyboard-notice">
        {/* A fresh alert for each new problem, so that speak mode says it (errors are spoken). */}
        {notice ? (
          <span role="alert" key={notice.messageKey}>
            {t(notice.messageKey, notice.values ?? {})}
          </span>
        ) : null}
      </p>
    </div>
  );
}
