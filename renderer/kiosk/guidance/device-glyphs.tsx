// The devices a citizen is sent to, each caught in the act (a card going into the reader, a
// code held to the scanner, a card into the terminal, a ticket out of the slot). Drawn in the
// 64-unit frame of the other pictograms; DeviceGuidance places one beside its arrow.
import type { ReactElement } from 'react';
import type { GuidedDevice } from '../../../main/contract/device-placement.js';

function IdReaderGlyph() {
  return (
    <>
      <rect x="4" y="42" width="56" height="18" rx="3" />
      <path d="M12 50h40" strokeWidth={5} />
      <rect x="16" y="4" width="32" height="40" rx="3" className="pictogram-knockout" />
      <path d="M22 30h20M22 36h20" />
      <circle cx="26" cy="16" r="4" />
    </>
  );
}

function ScannerGlyph() {
  return (
    <>
      <rect x="12" y="4" width="40" height="26" rx="2" className="pictogram-knockout" />
      <path d="M18 10v14M23 10v14M29 10v14M33 10v14M39 10v14M43 10v14M46 10v14" strokeWidth={3} />
      <path d="M22 35v5M32 35v5M42 35v5" />
      <path d="M4 60l8-14h40l8 14Z" />
      <path d="M20 53h24" strokeWidth={5} />
    </>
  );
}

function PaymentTerminalGlyph() {
  return (
    <>
      <rect x="14" y="20" width="36" height="42" rx="5" />
      <rect x="20" y="27" width="24" height="10" rx="1" />
      <path d="M22 45h1M32 45h1M42 45h1M22 53h1M32 53h1M42 53h1" strokeWidth={5} />
      <rect x="22" y="2" width="20" height="22" rx="2" className="pictogram-knockout" />
      <path d="M22 8h20" />
    </>
  );
}

function PrinterSlotGlyph() {
  return (
    <>
      <rect x="4" y="4" width="56" height="22" rx="3" />
      <path d="M12 20h40" strokeWidth={5} />
      <path d="M16 20h32v38l-4-3-4 3-4-3-4 3-4-3-4 3-4-3-4 3Z" className="pictogram-knockout" />
      <path d="M22 32h20M22 40h20M22 48h10" />
    </>
  );
}

export const DEVICE_GLYPHS: Record<GuidedDevice, () => ReactElement> = {
  idReader: IdReaderGlyph,
  scanner: ScannerGlyph,
  paymentTerminal: PaymentTerminalGlyph,
  printerSlot: PrinterSlotGlyph,
};
