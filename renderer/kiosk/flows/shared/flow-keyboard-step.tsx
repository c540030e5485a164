// A step where the citizen types. Four parts the stylesheet places by the screen's shape: what
// to type (head), the messages and the way on (side), the typed value and the keys. On a wide
// screen head and side make a column beside the keys; in portrait and on a 5:4 screen the keys
// take the whole width below; on a short screen the typed value joins the column.
import type { ReactNode } from 'react';
import type { Language } from '../../../../main/contract/kiosk-contract.js';
import type { DisplayMask } from '../../../keyboard/display-mask.js';
import type { FieldRule } from '../../../keyboard/field-rules.js';
import { OnScreenKeyboard } from '../../../keyboard/on-screen-keyboard.js';
import './flow-steps.css';

export interface FlowKeyboardStepProps {
  testId: string;
  title: string;
  hint?: string;
  language: Language;
  rule: FieldRule;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The keyboard's own "done" key; called with a value the rule accepts. */
  onDone: (value: string) => void;
  mask?: DisplayMask;
  /** Messages and buttons under the title. */
  children?: ReactNode;
  /** Keypads (numbers, phone) are narrow: the side column gets the room. */
  narrow?: boolean;
}

export function FlowKeyboardStep({ testId, title, hint, language, rule, label, value, onChange, onDone, mask, children, narrow }: FlowKeyboardStepProps) {
  return (
    <section className={`screen flow-keyboard-step${narrow ? ' flow-keyboard-step--narrow' : ''}`} data-testid={testId} aria-labelledby={`${testId}-title`}>
      <div className="flow-keyboard-head">
        <h1 id={`${testId}-title`} className="flow-title">
          {title}
        </h1>
        {hint ? <p className="flow-hint">{hint}</p> : null}
      </div>
      <div className="flow-keyboard-side">{children}</div>
      <div className="flow-keyboard-main">
        <OnScreenKeyboard rule={rule} value={value} onChange={onChange} onDone={onDone} language={language} label={label} mask={mask} />
      </div>
    </section>
  );
}
