// How the diagnostics screens put main's numbers into words: times on the office's clock, an
// age as a count of its largest unit, and the renderer's own Chromium when main has none.
import type { DeviceDiagnostics } from '../../main/contract/kiosk-contract.js';
import { officeClockFormat } from '../i18n/office-clock.js';

export type DeviceKind = DeviceDiagnostics['kind'];
export type DeviceState = DeviceDiagnostics['state'];

/** HH:MM:SS at the office (a device reports several events a minute); the raw text when not a date. */
export function officeTimeOfDay(isoInstant: string, timeZone: string): string {
  const at = new Date(isoInstant);
  if (Number.isNaN(at.getTime())) return isoInstant;
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', numberingSystem: 'latn' };
  return officeClockFormat('en-GB', options, timeZone).format(at);
}

export type AgeUnit = 'seconds' | 'minutes' | 'hours' | 'days';

/** An age in its largest whole unit, rounded down: 125 s is "2 minutes". */
export function ageInUnits(seconds: number): { unit: AgeUnit; count: number } {
  const whole = Math.max(0, Math.floor(seconds));
  if (whole < 60) return { unit: 'seconds', count: whole };
  if (whole < 3600) return { unit: 'minutes', count: Math.floor(whole / 60) };
  if (whole < 48 * 3600) return { unit: 'hours', count: Math.floor(whole / 3600) };
  return { unit: 'days', count: Math.floor(whole / 86400) };
}

/** Chromium's version from a user agent ("... Chrome/126.0.6478.61 ..."); null when absent. */
export function chromiumFromUserAgent(userAgent: string): string | null {
  return /Chrom(?:e|ium)\/([0-9][0-9.]*)/.exec(userAgent)?.[1] ?? null;
}

/** States a technician must act on: listed first, and drawn with a problem border. */
export function needsAttention(state: DeviceState): boolean {
  return state === 'fault' || state === 'offline' || state === 'warning';
}
