// The office's wall clock in the renderer. Chromium's time-zone data can disagree with the law
// (it puts Casablanca at UTC+0 in 2026 where Node and the decree say UTC+1), and the screen
// must agree with the paper, which main prints with Node's data. So main tells the page the
// office's current UTC offset (kiosk.info) and times are drawn from it; the zone name is only
// the fallback until main has answered.
let offsetMinutes: number | null = null;

export function setOfficeUtcOffset(minutes: number): void {
  offsetMinutes = minutes;
}

export interface OfficeClockFormat {
  format(at: Date): string;
  formatToParts(at: Date): Intl.DateTimeFormatPart[];
}

/** An Intl formatter for office wall-clock times; an unknown zone name falls back to the page's zone. */
export function officeClockFormat(locale: string, options: Intl.DateTimeFormatOptions, timeZone: string): OfficeClockFormat {
  const offset = offsetMinutes;
  if (offset !== null) {
    const utc = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    const shift = (at: Date): Date => new Date(at.getTime() + offset * 60_000);
    return { format: (at) => utc.format(shift(at)), formatToParts: (at) => utc.formatToParts(shift(at)) };
  }
  let zoned: Intl.DateTimeFormat;
  try {
    zoned = new Intl.DateTimeFormat(locale, { ...options, timeZone });
  } catch {
    // An unknown zone name in the configuration must not blank the screen.
    zoned = new Intl.DateTimeFormat(locale, options);
  }
  return { format: (at) => zoned.format(at), formatToParts: (at) => zoned.formatToParts(at) };
}

/** Year, month, day, hour and minute (two digits, Latin) of an instant on the office's wall clock. */
export function officeClockParts(at: Date, timeZone: string): Record<string, string> {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', numberingSystem: 'latn',
  };
  return Object.fromEntries(officeClockFormat('en-GB', options, timeZone).formatToParts(at).map((part) => [part.type, part.value]));
}
