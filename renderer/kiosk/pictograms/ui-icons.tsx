// Icons that sit beside words on buttons and messages (never instead of them).
import { PictogramFrame, type PictogramProps } from './pictogram-frame.js';

/** Points toward the reading start; CSS mirrors it in right-to-left languages. */
export function BackIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props} className={`icon-directional ${props.className ?? ''}`}>
      <path d="M54 32H12" />
      <path d="M28 14L10 32l18 18" />
    </PictogramFrame>
  );
}

export function HomeIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M6 30L32 8l26 22" />
      <path d="M14 24v32h36V24" />
      <path d="M27 56V40h10v16" />
    </PictogramFrame>
  );
}

export function WarningIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M32 6L60 56H4Z" />
      <path d="M32 24v15" />
      <path d="M32 47v1" />
    </PictogramFrame>
  );
}

export function PeopleIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <circle cx="22" cy="18" r="8" />
      <path d="M6 56V44a16 16 0 0 1 32 0v12" />
      <circle cx="44" cy="22" r="6" />
      <path d="M44 34a12 12 0 0 1 14 12v10" />
    </PictogramFrame>
  );
}

export function ClockIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <circle cx="32" cy="32" r="26" />
      <path d="M32 16v16l11 8" />
    </PictogramFrame>
  );
}

export function CounterIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <circle cx="32" cy="14" r="8" />
      <path d="M18 36a14 14 0 0 1 28 0" />
      <path d="M4 36h56v8H4z" />
      <path d="M10 44v14M54 44v14" />
    </PictogramFrame>
  );
}

export function TouchIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M17 15a11 11 0 0 1 22 0" />
      <path d="M24 42V15a4 4 0 0 1 8 0v17l13 3a6 6 0 0 1 4.5 7L47 58H27L15 44a4.2 4.2 0 0 1 6-6l3 3" />
    </PictogramFrame>
  );
}

export function CheckIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <circle cx="32" cy="32" r="26" />
      <path d="M19 33l9 9 17-19" />
    </PictogramFrame>
  );
}
