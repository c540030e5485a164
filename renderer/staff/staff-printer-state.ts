// The printer as staff need to know it: a roll about to run out (warn, it still prints), or a
// printer that cannot print right now and why.
import type { DeviceStatusView, KioskApi } from '../../main/contract/kiosk-contract.js';
import { usePrinterStatus } from '../kiosk/use-printer-status.js';

export type StaffPrinterProblem = 'paper-out' | 'offline' | 'cover-open' | 'cutter-error' | 'error';

export interface StaffPrinterState {
  paperNearEnd: boolean;
  problem: StaffPrinterProblem | null;
}

export const PRINTER_UNKNOWN: StaffPrinterState = { paperNearEnd: false, problem: null };

function faultOf(reason: string | undefined): StaffPrinterProblem {
  switch (reason) {
    case 'paper-out':
    case 'offline':
    case 'cover-open':
    case 'cutter-error':
      return reason;
    default:
      return 'error';
  }
}

/** `busy` and `closed` say nothing new about paper or faults, so they keep what was known. */
export function staffPrinterStateOf(status: DeviceStatusView, previous: StaffPrinterState): StaffPrinterState {
  switch (status.state) {
    case 'ready':
      return PRINTER_UNKNOWN;
    case 'warning':
      return { paperNearEnd: status.reason === 'paper-near-end', problem: null };
    case 'busy':
    case 'closed':
      return previous;
    case 'offline':
      return { paperNearEnd: false, problem: 'offline' };
    case 'fault':
      return { paperNearEnd: false, problem: faultOf(status.reason) };
  }
}

export function useStaffPrinterState(api: KioskApi): StaffPrinterState {
  return usePrinterStatus(api, PRINTER_UNKNOWN, staffPrinterStateOf);
}
