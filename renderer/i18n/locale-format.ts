// Numbers, quantities and dates on the staff and technician screens in the screen's language,
// through Intl: "1,37 m" in French. Digits stay Western in every language, as on the rest of
// the kiosk and on the paper.
import type { Language } from '../../main/contract/kiosk-contract.js';
import { dateLocaleOf } from './kiosk-i18n.js';
import { officeClockFormat } from './office-clock.js';

export type MeasureUnit = 'millisecond' | 'second' | 'megabyte' | 'meter' | 'millimeter';

function localeOf(language: string): string {
  const known: Language = language === 'ar' || language === 'zgh' || language === 'en' ? language : 'fr';
  return `${dateLocaleOf(known)}-u-nu-latn`;
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits, minimumFractionDigits }).format(value);
}

export function formatMeasure(value: number, unit: MeasureUnit, language: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits }).format(value);
}

/** Day, month in words, year and HH:MM on the office's clock; the raw text when not a date. */
export function formatOfficeDateTime(isoInstant: string, timeZone: string, language: string): string {
  const at = new Date(isoInstant);
  if (Number.isNaN(at.getTime())) return isoInstant;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return officeClockFormat(localeOf(language), options, timeZone).format(at);
}

/** Day and short month on the office's clock, for a log line's date beside its time. */
export function formatOfficeDay(isoInstant: string, timeZone: string, language: string): string {
  const at = new Date(isoInstant);
  if (Number.isNaN(at.getTime())) return isoInstant;
  return officeClockFormat(localeOf(language), { day: 'numeric', month: 'short' }, timeZone).format(at);
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

/**
 * A day ("2026-12-07") or a day and time ("2026-12-07 18:11") already on the office's wall clock,
 * as main sends them: `date` or `time` alone, or both, in the language's words. Raw text when not such.
 */
export function formatWallClock(value: string, language: string, part: 'date' | 'time' | 'both' = 'both'): string {
  const m = WALL_CLOCK.exec(value);
  if (!m) return value;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
  const date: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
  const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  const hasTime = m[4] !== undefined;
  const options = part === 'date' || !hasTime ? date : part === 'time' ? time : { ...date, ...time };
  return new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: 'UTC' }).format(at);
}
