// Pictograms for the privacy notice: one per point, so that a citizen who reads little can
// still tell the points apart while the text is read or explained to them.
import { PictogramFrame, type PictogramProps } from '../../pictograms/pictogram-frame.js';

export function ShieldPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M32 4l24 8v16c0 16-10 26-24 32C18 54 8 44 8 28V12Z" />
      <path d="M21 31l8 8 14-15" />
    </PictogramFrame>
  );
}

export function IdCardPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="4" y="12" width="56" height="40" rx="5" />
      <circle cx="20" cy="28" r="6" />
      <path d="M10 44a10 10 0 0 1 20 0" />
      <path d="M36 26h16M36 34h16M36 42h10" />
    </PictogramFrame>
  );
}

export function NotePictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M10 4h32l12 12v44H10Z" />
      <path d="M42 4v12h12" />
      <path d="M18 28h28M18 38h28M18 48h18" />
    </PictogramFrame>
  );
}

export function TownHallPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M4 22L32 6l28 16Z" />
      <path d="M10 28v22M22 28v22M42 28v22M54 28v22" />
      <path d="M4 58h56M8 52h48" />
    </PictogramFrame>
  );
}

export function EraserPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M36 8l20 20-26 26H16L6 44Z" />
      <path d="M22 22l20 20" />
      <path d="M30 56h28" />
    </PictogramFrame>
  );
}

export function EyePencilPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M4 26c8-12 18-16 24-16s16 4 24 16c-8 12-18 16-24 16S12 38 4 26Z" />
      <circle cx="28" cy="26" r="7" />
      <path d="M40 58l4-12 14-14 8 8-14 14Z" />
    </PictogramFrame>
  );
}

export function ScalesPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M32 6v48M18 58h28" />
      <path d="M10 14h44" />
      <path d="M10 14L2 34a8 8 0 0 0 16 0Z" />
      <path d="M54 14l-8 20a8 8 0 0 0 16 0Z" />
    </PictogramFrame>
  );
}
