import type { ReactNode } from 'react';

export interface PictogramProps {
  className?: string;
}

/**
 * Shared frame: bold strokes in the text colour, hidden from assistive technology because
 * every pictogram sits next to a text label that already says the same thing.
 */
export function PictogramFrame({ className, children }: PictogramProps & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 64 64"
      className={className ? `pictogram ${className}` : 'pictogram'}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={4}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}
