// Times on the staff and technician screens follow main's idea of the office clock, not the
// page's time-zone data, so the screen agrees with the paper.
import { describe, expect, it } from 'vitest';
import { officeUtcOffsetMinutes } from '../../../main/storage/office-day.js';
import { officeClockFormat, setOfficeUtcOffset } from '../../../renderer/i18n/office-clock.js';

const HOUR_MINUTE: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

describe('office clock', () => {
  it("main measures the office's distance from UTC with its own zone data", () => {
    const at = new Date('2026-11-26T12:31:00Z');
    expect(officeUtcOffsetMinutes(at, 'UTC')).toBe(0);
    expect(officeUtcOffsetMinutes(at, 'Asia/Kolkata')).toBe(330);
    expect(officeUtcOffsetMinutes(at, 'America/New_York')).toBe(-300);
    // What Node says for Casablanca is what the printed receipts say; the page follows it.
    const casablanca = officeUtcOffsetMinutes(at, 'Africa/Casablanca');
    setOfficeUtcOffset(casablanca);
    const expected = new Intl.DateTimeFormat('en-GB', { ...HOUR_MINUTE, timeZone: 'Africa/Casablanca' }).format(at);
    expect(officeClockFormat('en-GB', HOUR_MINUTE, 'Africa/Casablanca').format(at)).toBe(expected);
  });

  it("draws times with main's offset, whatever the zone name says", () => {
    setOfficeUtcOffset(60);
    expect(officeClockFormat('en-GB', HOUR_MINUTE, 'UTC').format(new Date('2026-11-26T12:31:00Z'))).toBe('13:31');
    setOfficeUtcOffset(0);
    expect(officeClockFormat('en-GB', HOUR_MINUTE, 'Asia/Kolkata').format(new Date('2026-11-26T12:31:00Z'))).toBe('12:31');
  });
});
