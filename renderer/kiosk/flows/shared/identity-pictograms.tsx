// Pictograms for the identity step: the keyboard for those who type their number instead of
// using the card reader (its picture is the device guidance's), and the card read.
import { PictogramFrame, type PictogramProps } from '../../pictograms/pictogram-frame.js';

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
