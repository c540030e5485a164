// What the card terminal asks for, drawn like the service pictograms (64-unit frame, bold strokes).
import type { ReactElement } from 'react';
import type { PaymentStep } from '../../../../main/contract/kiosk-contract.js';
import { PictogramFrame, type PictogramProps } from '../../pictograms/pictogram-frame.js';

export function CardPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="4" y="14" width="56" height="36" rx="5" />
      <path d="M4 24h56" />
      <path d="M12 40h12" />
    </PictogramFrame>
  );
}

export function InsertCardPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="10" y="34" width="44" height="24" rx="4" />
      <path d="M18 46h28" />
      <path d="M24 4h16v30H24Z" className="pictogram-knockout" />
      <path d="M32 10v14M27 19l5 5 5-5" />
    </PictogramFrame>
  );
}

export function PinPadPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="12" y="4" width="40" height="56" rx="5" />
      <path d="M20 12h24v10H20Z" />
      <path d="M22 32h1M32 32h1M42 32h1M22 41h1M32 41h1M42 41h1M22 50h1M32 50h1M42 50h1" />
    </PictogramFrame>
  );
}

export function ProcessingPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M16 6h32M16 58h32" />
      <path d="M20 6c0 14 12 16 12 26S20 44 20 58M44 6c0 14-12 16-12 26s12 12 12 26" />
      <path d="M26 52h12" />
    </PictogramFrame>
  );
}

export function RemoveCardPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="10" y="34" width="44" height="24" rx="4" />
      <path d="M18 46h28" />
      <path d="M24 4h16v30H24Z" className="pictogram-knockout" />
      <path d="M32 24V10M27 15l5-5 5 5" />
    </PictogramFrame>
  );
}

export const PAYMENT_STEP_PICTOGRAMS: Record<PaymentStep, (props: PictogramProps) => ReactElement> = {
  'insert-card': InsertCardPictogram,
  'enter-pin': PinPadPictogram,
  processing: ProcessingPictogram,
  'remove-card': RemoveCardPictogram,
};
