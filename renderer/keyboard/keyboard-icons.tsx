// Icons for the action keys; each sits beside a word, never alone.
import { PictogramFrame, type PictogramProps } from '../kiosk/pictograms/pictogram-frame.js';

/** Points toward the text it erases; mirrored by the shared .icon-directional rule in RTL. */
export function BackspaceIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props} className={`icon-directional ${props.className ?? ''}`}>
      <path d="M22 14h34v36H22L6 32Z" />
      <path d="M30 24l16 16M46 24L30 40" />
    </PictogramFrame>
  );
}

export function ShiftIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M32 8L8 34h13v20h22V34h13Z" />
    </PictogramFrame>
  );
}

export function ClearIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <circle cx="32" cy="32" r="24" />
      <path d="M22 22l20 20M42 22L22 42" />
    </PictogramFrame>
  );
}

export function SwitchLayoutIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="6" y="16" width="52" height="32" rx="5" />
      <path d="M16 26h4M28 26h4M40 26h4M20 38h24" />
    </PictogramFrame>
  );
}

export function DoneIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M10 34l14 14 30-32" />
    </PictogramFrame>
  );
}
