// Pictograms for citizens who read little: one simple, bold shape per service.
import type { ReactElement } from 'react';
import type { ServiceId } from '../../../main/contract/kiosk-contract.js';
import type { ProcedureId } from '../flows/flow-props.js';
import { PictogramFrame, type PictogramProps } from './pictogram-frame.js';

export function TicketPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M6 16H58V26A6 6 0 0 0 58 38V48H6V38A6 6 0 0 0 6 26Z" />
      <path d="M22 20v4M22 30v4M22 40v4" />
      <path d="M30 27h18M30 37h12" />
    </PictogramFrame>
  );
}

export function SignaturePictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M42 6l12 12-20 20H22V26Z" />
      <path d="M36 12l12 12" />
      <path d="M22 38l-6 6" />
      <path d="M6 56c5-7 9-7 11-2s6 5 9-1 8-6 10 0 5 4 9 2h13" />
    </PictogramFrame>
  );
}

export function CertifiedCopyPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M18 4h24l8 8v22" />
      <rect x="8" y="12" width="30" height="44" rx="3" />
      <path d="M14 24h18M14 32h18M14 40h8" />
      <circle cx="45" cy="46" r="12" className="pictogram-knockout" />
      <path d="M39 46l5 5 8-9" />
    </PictogramFrame>
  );
}

export function CoinsPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <ellipse cx="22" cy="14" rx="14" ry="5" />
      <path d="M8 14v9c0 3 6 5 14 5s14-2 14-5v-9" />
      <path d="M8 23v9c0 3 6 5 14 5" />
      <ellipse cx="42" cy="34" rx="14" ry="5" className="pictogram-knockout" />
      <path d="M28 34v9c0 3 6 5 14 5s14-2 14-5v-9" />
      <path d="M28 43v9c0 3 6 5 14 5s14-2 14-5v-9" />
    </PictogramFrame>
  );
}

export function MegaphonePictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M6 26v12h10l22 12V14L16 26Z" />
      <path d="M16 38l4 16h8l-3-12" />
      <path d="M46 25a9 9 0 0 1 0 14" />
      <path d="M52 19a17 17 0 0 1 0 26" />
    </PictogramFrame>
  );
}

export function SearchDocumentPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="6" y="4" width="32" height="44" rx="3" />
      <path d="M12 14h20M12 22h14" />
      <circle cx="38" cy="38" r="12" className="pictogram-knockout" />
      <path d="M47 47l11 11" />
    </PictogramFrame>
  );
}

export function BookPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M6 12c9-4 17-4 26 2 9-6 17-6 26-2v42c-9-4-17-4-26 2-9-6-17-6-26-2Z" />
      <path d="M32 14v42" />
      <path d="M13 24h11M13 32h11M40 24h11M40 32h11" />
    </PictogramFrame>
  );
}

export type Pictogram = (props: PictogramProps) => ReactElement;

/**
 * The one picture of each service, wherever it shows: the home tiles, the list of counters, the
 * ticket and the receipts, request tracking. A citizen who recognised it once finds it again.
 */
export const SERVICE_PICTOGRAMS: Readonly<Record<ServiceId, Pictogram>> = {
  'civil-status': BookPictogram,
  legalisation: SignaturePictogram,
  'certified-copies': CertifiedCopyPictogram,
  'local-taxes': CoinsPictogram,
  complaints: MegaphonePictogram,
};

/** Each procedure is one of the services above; tracking alone has no counter of its own. */
export const PROCEDURE_PICTOGRAMS: Readonly<Record<ProcedureId, Pictogram>> = {
  'civil-status': SERVICE_PICTOGRAMS['civil-status'],
  legalisation: SERVICE_PICTOGRAMS.legalisation,
  report: SERVICE_PICTOGRAMS.complaints,
  tax: SERVICE_PICTOGRAMS['local-taxes'],
  tracking: SearchDocumentPictogram,
};

/** The procedures a tracked request or a receipt can come from, by their tracking name. */
export const TRACKED_PROCEDURE_PICTOGRAMS: Readonly<Record<'civil-status' | 'report' | 'tax-payment', Pictogram>> = {
  'civil-status': PROCEDURE_PICTOGRAMS['civil-status'],
  report: PROCEDURE_PICTOGRAMS.report,
  'tax-payment': PROCEDURE_PICTOGRAMS.tax,
};

export function ServicePictogram({ serviceId, className }: PictogramProps & { serviceId: ServiceId }) {
  const Pictogram = SERVICE_PICTOGRAMS[serviceId];
  return <Pictogram className={className} />;
}
