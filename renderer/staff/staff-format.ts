// Times, days and print failures as the staff screens show them. Times are the office's wall
// clock (KioskInfo.timeZone), whatever zone the machine is set to.
import type { PrintFailureReason } from '../../main/contract/kiosk-contract.js';
import { officeClockParts } from '../i18n/office-clock.js';

/** HH:MM at the office for an instant (a lock's end); the raw text when it is not a date. */
export function officeClock(isoInstant: string, timeZone: string): string {
  const at = new Date(isoInstant);
  if (Number.isNaN(at.getTime())) return isoInstant;
  const parts = officeClockParts(at, timeZone);
  return `${parts.hour ?? '00'}:${parts.minute ?? '00'}`;
}

/** YYYY-MM-DD of the office's current day. */
export function officeDayOf(at: Date, timeZone: string): string {
  const parts = officeClockParts(at, timeZone);
  return `${parts.year ?? '0000'}-${parts.month ?? '01'}-${parts.day ?? '01'}`;
}

/** The calendar day `days` away from `day` (YYYY-MM-DD); calendar arithmetic, no time zone. */
export function shiftDay(day: string, days: number): string {
  const at = new Date(`${day}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** i18n key under `staff.printFailure` for each way a print can fail. */
export function printFailureKey(reason: PrintFailureReason): string {
  switch (reason) {
    case 'paper-out':
      return 'staff.printFailure.paperOut';
    case 'offline':
      return 'staff.printFailure.offline';
    case 'cover-open':
      return 'staff.printFailure.coverOpen';
    case 'cutter-error':
      return 'staff.printFailure.cutterError';
    case 'error':
      return 'staff.printFailure.error';
  }
}
