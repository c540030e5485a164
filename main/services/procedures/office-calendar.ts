// Dates the citizen reads (expiry checks, answer deadlines) are the office's calendar days,
// not UTC's: at 00:30 in Casablanca it is already tomorrow.
import { officeDay } from '../../storage/office-day.js';

export { officeDay, officeTime } from '../../storage/office-day.js';

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** True when YYYY-MM-DD names a day that exists (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function todayAtOffice(now: Date, timeZone: string): string {
  return officeDay(now, timeZone);
}
