// One bold shape per civil-status document, for citizens who read little.
import type { ReactElement } from 'react';
import type { CivilStatusDocumentId } from '../../../../main/contract/kiosk-contract.js';
import { PictogramFrame, type PictogramProps } from '../../pictograms/pictogram-frame.js';

function BirthExtractPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M8 4h30l10 10v26" />
      <path d="M8 4v56h22" />
      <path d="M14 16h18M14 24h24" />
      <circle cx="46" cy="38" r="7" />
      <path d="M35 59a11 11 0 0 1 22 0" />
    </PictogramFrame>
  );
}

function BirthFullCopyPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M16 4h26l8 8v30" />
      <path d="M8 12h26l8 8v40H8Z" className="pictogram-knockout" />
      <path d="M14 26h20M14 34h20M14 42h20M14 50h12" />
      <circle cx="50" cy="42" r="6" className="pictogram-knockout" />
      <path d="M40 59a10 10 0 0 1 20 0" />
    </PictogramFrame>
  );
}

function MarriageExtractPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <circle cx="23" cy="38" r="15" />
      <circle cx="41" cy="38" r="15" />
      <path d="M17 16l6-8 6 8" />
      <path d="M35 16l6-8 6 8" />
    </PictogramFrame>
  );
}

function DeathExtractPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M10 4h30l10 10v46H10Z" />
      <path d="M16 20h20M16 28h26" />
      {/* A mourning ribbon: a loop and two crossed tails. */}
      <path d="M30 42c-9-12 9-12 0 0Z" />
      <path d="M30 42l-8 14M30 42l8 14" />
    </PictogramFrame>
  );
}

export const DOCUMENT_PICTOGRAMS: Record<CivilStatusDocumentId, (props: PictogramProps) => ReactElement> = {
  'birth-extract': BirthExtractPictogram,
  'birth-full-copy': BirthFullCopyPictogram,
  'marriage-extract': MarriageExtractPictogram,
  'death-extract': DeathExtractPictogram,
};
