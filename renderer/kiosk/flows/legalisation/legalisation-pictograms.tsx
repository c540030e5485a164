// What to bring, drawn: the unsigned document, the original, the photocopies, the ID card.
import type { ReactElement } from 'react';
import { PictogramFrame, type PictogramProps } from '../../pictograms/pictogram-frame.js';
import { IdCardPictogram } from '../shared/privacy-notice-pictograms.js';
import type { ChecklistItem } from './legalisation-state.js';

function UnsignedDocumentPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M8 4h30l10 10v46H8Z" />
      <path d="M14 18h24M14 26h28M14 34h20" />
      <path d="M14 50h18" strokeDasharray="3 5" />
      <path d="M44 36l14 14-12 12H40l-4-4v-6Z" className="pictogram-knockout" />
    </PictogramFrame>
  );
}

function OriginalDocumentPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M8 4h30l10 10v46H8Z" />
      <path d="M14 18h24M14 26h28M14 34h20" />
      <circle cx="40" cy="48" r="9" className="pictogram-knockout" />
      <path d="M36 48l3 3 6-6" />
    </PictogramFrame>
  );
}

function PhotocopiesPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M22 4h26l10 10v34" />
      <path d="M14 10h26l10 10v34" className="pictogram-knockout" />
      <path d="M6 16h26l10 10v34H6Z" className="pictogram-knockout" />
      <path d="M12 32h22M12 40h22M12 48h14" />
    </PictogramFrame>
  );
}

export const CHECKLIST_PICTOGRAMS: Record<ChecklistItem, (props: PictogramProps) => ReactElement> = {
  'unsigned-document': UnsignedDocumentPictogram,
  'original-document': OriginalDocumentPictogram,
  photocopies: PhotocopiesPictogram,
  'original-cnie': IdCardPictogram,
};
