// The kiosk's pictogram buttons (display settings, speech bar): a picture a citizen who does
// not read can recognise, and a name for speak mode, either spoken from the visible word or,
// when there is none, from aria-label.
import type { ReactNode } from 'react';

/** Extra attributes (data-value, data-volume, data-speech-act...) that tests and the speech engine read. */
export type DataAttributes = Readonly<Record<`data-${string}`, string | number>>;

export interface PictogramButtonProps {
  testId: string;
  /** The stylesheet's class: 'display-button' or 'speech-button'. */
  className: string;
  /** The pictogram, already given its own class by the caller. */
  icon: ReactNode;
  /** The word under the pictogram; without it, ariaLabel names the button. */
  label?: string;
  labelClassName?: string;
  ariaLabel?: string;
  /** For on/off buttons only; left out, the button has no pressed state. */
  pressed?: boolean;
  data?: DataAttributes;
  onClick: () => void;
}

export function PictogramButton({ testId, className, icon, label, labelClassName, ariaLabel, pressed, data, onClick }: PictogramButtonProps) {
  return (
    <button type="button" className={className} data-testid={testId} {...data} aria-pressed={pressed} aria-label={ariaLabel} onClick={onClick}>
      {icon}
      {label === undefined ? null : <span className={labelClassName}>{label}</span>}
    </button>
  );
}
