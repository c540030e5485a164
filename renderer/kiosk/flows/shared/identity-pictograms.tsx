// Pictograms for the identity step: a card going into the reader's slot, and the keyboard
// for those who type their number instead.
import { PictogramFrame, type PictogramProps } from '../../pictograms/pictogram-frame.js';

/** The card slides down into the slot; the arrow is animated unless motion is reduced. */
export function CardIntoSlotPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="4" y="44" width="56" height="14" rx="3" />
      <path d="M12 51h40" strokeWidth={5} />
      <g className="identity-card-motion">
        <rect x="16" y="8" width="32" height="38" rx="3" className="pictogram-knockout" />
        <path d="M22 16h20M22 22h20M22 28h12" />
      </g>
      <path d="M56 8v24M50 26l6 6 6-6" className="identity-card-arrow" />
    </PictogramFrame>
  );
}

export function KeyboardPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="4" y="16" width="56" height="34" rx="4" />
      <path d="M12 26h4M22 26h4M32 26h4M42 26h4M52 26h0" />
      <path d="M12 34h4M22 34h4M32 34h4M42 34h4" />
      <path d="M18 42h28" />
    </PictogramFrame>
  );
}

export function PersonCardPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="4" y="10" width="56" height="44" rx="5" />
      <circle cx="22" cy="28" r="7" />
      <path d="M11 46a11 11 0 0 1 22 0" />
      <path d="M38 24h14M38 32h14M38 40h8" />
    </PictogramFrame>
  );
}
