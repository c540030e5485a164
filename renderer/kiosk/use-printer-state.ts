// The printer as the citizen needs to know it: can a journey end with paper, or not? Fed by
// the device.status events main forwards from the printer driver's status poll.
import type { DeviceStatusView, KioskApi } from '../../main/contract/kiosk-contract.js';
import { usePrinterStatus } from './use-printer-status.js';

/** `null`: the printer prints (or cannot say, and is tried anyway). */
export type PrinterProblem = 'paper-out' | 'unavailable';

/**
 * What a printer status means for a citizen. `busy` and `closed` say nothing new about the
 * paper, so they keep what was known; a warning (paper near end) still prints.
 */
export function printerProblemOf(status: DeviceStatusView, previous: PrinterProblem | null): PrinterProblem | null {
  switch (status.state) {
    case 'ready':
    case 'warning':
      return null;
    case 'busy':
    case 'closed':
      return previous;
    case 'offline':
      return 'unavailable';
    case 'fault':
      return status.reason === 'paper-out' ? 'paper-out' : 'unavailable';
  }
}

export function usePrinterProblem(api: KioskApi): PrinterProblem | null {
  return usePrinterStatus<PrinterProblem | null>(api, null, printerProblemOf);
}
