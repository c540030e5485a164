// Pictograms of the public-space report: what kind of message it is and what it is about.
// Same 64-unit frame and bold round strokes as the service pictograms.
import type { ReactElement } from 'react';
import type { REPORT_CATEGORY_IDS, REPORT_KIND_IDS } from '../../../main/contract/kiosk-contract.js';
import { PictogramFrame, type PictogramProps } from './pictogram-frame.js';

/** Complaint: a speech bubble with an exclamation mark. */
export function ComplaintPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M8 8h48v34H28L14 54V42H8Z" />
      <path d="M32 16v13" />
      <path d="M32 35v1" />
    </PictogramFrame>
  );
}

/** Observation: an open eye. */
export function ObservationPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M4 32c8-12 17-18 28-18s20 6 28 18c-8 12-17 18-28 18S12 44 4 32Z" />
      <circle cx="32" cy="32" r="9" />
    </PictogramFrame>
  );
}

/** Suggestion: a light bulb. */
export function SuggestionPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M24 44c0-7-10-11-10-22a18 18 0 0 1 36 0c0 11-10 15-10 22Z" />
      <path d="M25 51h14M27 58h10" />
      <path d="M32 44V32l-5-5M32 32l5-5" />
    </PictogramFrame>
  );
}

/** Roads and potholes: a road in perspective with a hole in it. */
export function RoadPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M22 6L6 58M42 6l16 52" />
      <path d="M32 8v6M32 22v6" />
      <path d="M22 46c0-4 5-6 10-6s10 2 10 6-5 6-10 6-10-2-10-6Z" />
    </PictogramFrame>
  );
}

/** Street lighting: a lamp post and its light. */
export function StreetLightPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M20 60V14a8 8 0 0 1 8-8h12" />
      <path d="M34 12h16l-4 8H38Z" />
      <path d="M38 28l-3 6M46 28l3 6M42 28v7" />
      <path d="M12 60h16" />
    </PictogramFrame>
  );
}

/** Waste: a rubbish bin with a lid. */
export function WastePictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M10 16h44" />
      <path d="M26 16v-6h12v6" />
      <path d="M14 16l4 42h28l4-42" />
      <path d="M26 26v24M38 26v24" />
    </PictogramFrame>
  );
}

/** Water and sewage: a drop above a manhole cover. */
export function WaterPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M32 4S18 20 18 30a14 14 0 0 0 28 0C46 20 32 4 32 4Z" />
      <path d="M6 54c4-3 8-3 12 0s8 3 12 0 8-3 12 0 8 3 12 0" />
    </PictogramFrame>
  );
}

/** Green spaces: a tree on a lawn. */
export function TreePictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M32 6c10 0 16 8 14 16 7 3 8 14 0 18H18c-8-4-7-15 0-18-2-8 4-16 14-16Z" />
      <path d="M32 40v16M32 48l-7-6M32 46l6-5" />
      <path d="M8 58h48" />
    </PictogramFrame>
  );
}

/** Noise: a loudspeaker sending sound waves. */
export function NoisePictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M6 24v16h10l16 14V10L16 24Z" />
      <path d="M42 24a10 10 0 0 1 0 16" />
      <path d="M48 16a20 20 0 0 1 0 32" />
      <path d="M54 10a28 28 0 0 1 0 44" />
    </PictogramFrame>
  );
}

/** Something else: three dots in a frame. */
export function OtherPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="6" y="12" width="52" height="40" rx="8" />
      <path d="M20 32h1M32 32h1M44 32h1" />
    </PictogramFrame>
  );
}

/** Follow-up by SMS: a mobile phone with a message bubble. */
export function PhonePictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="12" y="6" width="26" height="52" rx="5" />
      <path d="M22 50h6" />
      <path d="M34 14h24v16H46l-6 6v-6h-6Z" className="pictogram-knockout" />
    </PictogramFrame>
  );
}

/** No follow-up: the same phone, struck through. */
export function NoPhonePictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="18" y="6" width="28" height="52" rx="5" />
      <path d="M28 50h8" />
      <path d="M8 56L56 8" />
    </PictogramFrame>
  );
}

type Pictogram = (props: PictogramProps) => ReactElement;

export const REPORT_KIND_PICTOGRAMS: Record<(typeof REPORT_KIND_IDS)[number], Pictogram> = {
  complaint: ComplaintPictogram,
  observation: ObservationPictogram,
  suggestion: SuggestionPictogram,
};

export const REPORT_CATEGORY_PICTOGRAMS: Record<(typeof REPORT_CATEGORY_IDS)[number], Pictogram> = {
  roads: RoadPictogram,
  lighting: StreetLightPictogram,
  waste: WastePictogram,
  water: WaterPictogram,
  'green-spaces': TreePictogram,
  noise: NoisePictogram,
  other: OtherPictogram,
};
