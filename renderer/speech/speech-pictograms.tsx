// Pictograms of the speech controls: a citizen who cannot read finds them by shape alone.
import { PictogramFrame, type PictogramProps } from '../kiosk/pictograms/pictogram-frame.js';

/** A head in profile with sound waves leaving the mouth: "the kiosk talks". */
export function SpeakingHeadIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M30 58V48h-6a6 6 0 0 1-6-6v-6l-6-2 6-10c0-12 8-20 20-20s16 8 16 18c0 8-4 12-6 16v12" />
      <path d="M44 26a4 4 0 0 1 0 8" />
      <path d="M50 20a12 12 0 0 1 0 20" />
      <path d="M56 14a20 20 0 0 1 0 32" />
    </PictogramFrame>
  );
}

/** Circular arrow around a speech bubble: "say it again". */
export function RepeatIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M52 32a20 20 0 1 1-6-14" />
      <path d="M48 6v12H36" />
      <path d="M24 28h16M24 36h10" />
    </PictogramFrame>
  );
}

function Speaker() {
  return <path d="M6 24h10l14-12v40L16 40H6Z" />;
}

export function VolumeDownIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <Speaker />
      <path d="M40 32h18" />
    </PictogramFrame>
  );
}

export function VolumeUpIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <Speaker />
      <path d="M40 32h18M49 23v18" />
    </PictogramFrame>
  );
}

/** Two speech bubbles: "the other voice" (Darija / Arabic). */
export function VoiceChoiceIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M6 10h30v20H18l-8 8v-8H6Z" />
      <path d="M28 36h30v16h-4v8l-8-8H28Z" />
    </PictogramFrame>
  );
}
