// One picture per request status, in the stroke style of the service pictograms.
import type { ReactElement } from 'react';
import { PictogramFrame, type PictogramProps } from '../../pictograms/pictogram-frame.js';
import type { TrackedRequest } from './tracking-state.js';

/** Received: a document dropped into a tray. */
export function ReceivedPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M6 38h14l4 8h16l4-8h14v18H6Z" />
      <path d="M20 6h24v26H20Z" />
      <path d="M26 14h12M26 22h8" />
    </PictogramFrame>
  );
}

/** In progress: a gear turning. */
export function InProgressPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <circle cx="32" cy="32" r="9" />
      <path d="M32 6v8M32 50v8M6 32h8M50 32h8M13.6 13.6l5.7 5.7M44.7 44.7l5.7 5.7M13.6 50.4l5.7-5.7M44.7 19.3l5.7-5.7" />
      <circle cx="32" cy="32" r="18" />
    </PictogramFrame>
  );
}

/** Ready to collect: a document with a tick, held out. */
export function ReadyPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M14 4h26l10 10v26H14Z" />
      <path d="M22 22l6 6 12-12" />
      <path d="M4 50h18l10 6h18l10-8" />
    </PictogramFrame>
  );
}

/** Closed: a folder with a tick. */
export function ClosedPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M6 14h18l6 6h28v36H6Z" />
      <path d="M22 38l7 7 13-13" />
    </PictogramFrame>
  );
}

/** Rejected: a cross in a circle. */
export function RejectedPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <circle cx="32" cy="32" r="26" />
      <path d="M22 22l20 20M42 22L22 42" />
    </PictogramFrame>
  );
}

/** Withdrawn: a document with an arrow turning back. */
export function WithdrawnPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M24 4h26l10 10v42H24Z" />
      <path d="M32 30h-26M14 22l-8 8 8 8" />
    </PictogramFrame>
  );
}

/** Waiting to be sent: an arrow towards the office, with a clock. */
export function PendingPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M4 24h30M24 14l10 10-10 10" />
      <path d="M40 4h20v20" />
      <circle cx="42" cy="44" r="14" />
      <path d="M42 36v8l6 4" />
    </PictogramFrame>
  );
}

export const STATUS_PICTOGRAMS: Record<TrackedRequest['status'], (props: PictogramProps) => ReactElement> = {
  received: ReceivedPictogram,
  'in-progress': InProgressPictogram,
  ready: ReadyPictogram,
  closed: ClosedPictogram,
  rejected: RejectedPictogram,
  withdrawn: WithdrawnPictogram,
  'pending-transmission': PendingPictogram,
};
