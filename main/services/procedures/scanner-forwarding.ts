// Codes from the barcode scanner go to the session at the kiosk, for whichever screen is
// waiting for one (tax notice, receipt to track). With nobody there they are dropped: a code
// scanned on the attract screen must not surface in the next citizen's procedure.
import type { BarcodeScannerDevice, ScanEvent } from '../../../hardware/scanner/barcode-scanner.js';
import type { SessionService } from '../session-service.js';

export function forwardScans(
  scanner: BarcodeScannerDevice,
  sessions: SessionService,
  emit: (event: { sessionId: string; code: string }) => void,
): () => void {
  const onScan = (event: ScanEvent) => {
    const session = sessions.current();
    if (session) emit({ sessionId: session.id, code: event.code });
  };
  scanner.on('scan', onScan);
  return () => {
    scanner.off('scan', onScan);
  };
}
