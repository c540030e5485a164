// Dates on the procedure screens. Digits stay Western in every language, as on the paper.
import type { Language } from '../../../../main/contract/kiosk-contract.js';
import { dateLocaleOf } from '../../../i18n/kiosk-i18n.js';

function locale(language: Language): string {
  return `${dateLocaleOf(language)}-u-nu-latn`;
}

/** A calendar date (`2026-05-01`) as words: it names a day, not an instant, so no time zone applies. */
export function formatCalendarDate(isoDate: string, language: Language): string {
  const at = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}

/** The day an instant fell on at the office (dates only: see Ticket.issuedAtOfficeTime for hours). */
export function formatOfficeDay(isoDateTime: string, language: Language, timeZone: string): string {
  const at = new Date(isoDateTime);
  if (Number.isNaN(at.getTime())) return isoDateTime;
  try {
    return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone }).format(at);
  } catch {
    // An unknown zone name in the configuration must not blank the screen.
    return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long' }).format(at);
  }
}
