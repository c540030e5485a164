// One pictogram per kind of device, beside its name in words.
import { PictogramFrame, type PictogramProps } from '../kiosk/pictograms/pictogram-frame.js';
import type { DeviceKind } from './tech-format.js';

function IdReaderIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="8" y="16" width="48" height="32" rx="4" />
      <circle cx="22" cy="30" r="5" />
      <path d="M14 42h16M36 26h14M36 34h14M36 42h10" />
    </PictogramFrame>
  );
}

function ScannerIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M8 18V10h8M48 10h8v8M56 46v8h-8M16 54H8v-8" />
      <path d="M18 20v24M24 20v24M32 20v24M38 20v24M46 20v24" />
    </PictogramFrame>
  );
}

function PrinterIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M18 24V8h28v16" />
      <rect x="8" y="24" width="48" height="22" rx="4" />
      <path d="M18 38h28v18H18z" />
    </PictogramFrame>
  );
}

function PaymentIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="16" y="6" width="32" height="52" rx="5" />
      <path d="M22 14h20v12H22zM24 36h4M36 36h4M24 46h4M36 46h4" />
    </PictogramFrame>
  );
}

function BadgeIcon(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <rect x="14" y="10" width="36" height="48" rx="5" />
      <path d="M26 10v8h12v-8" />
      <circle cx="32" cy="32" r="6" />
      <path d="M22 50a10 8 0 0 1 20 0" />
    </PictogramFrame>
  );
}

export function DevicePictogram({ kind, className }: { kind: DeviceKind; className?: string }) {
  const props = className ? { className } : {};
  switch (kind) {
    case 'id-reader':
      return <IdReaderIcon {...props} />;
    case 'barcode-scanner':
      return <ScannerIcon {...props} />;
    case 'printer':
      return <PrinterIcon {...props} />;
    case 'payment-terminal':
      return <PaymentIcon {...props} />;
    case 'badge-reader':
      return <BadgeIcon {...props} />;
  }
}
