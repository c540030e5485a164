// One function brings a typed or scanned receipt number to its printed form, for the
// tracking field and for main's lookup alike.
import { describe, expect, it } from 'vitest';
import { normaliseReferenceNumber, westernDigits } from '../../../main/contract/reference-number.js';
import { TRACKING_NUMBER_RULE } from '../../../renderer/kiosk/flows/tracking/tracking-steps.js';

describe('reference numbers', () => {
  it('put the hyphens back in a number typed without them', () => {
    expect(normaliseReferenceNumber('AR2026000001')).toBe('AR-2026-000001');
    expect(normaliseReferenceNumber('KHM012026000123')).toBe('KHM01-2026-000123');
    expect(normaliseReferenceNumber('AR-2026000001')).toBe('AR-2026-000001');
  });

  it('drop spaces, odd dashes and direction marks, and read lower case', () => {
    expect(normaliseReferenceNumber(' rc 2026 000004 ')).toBe('RC-2026-000004');
    expect(normaliseReferenceNumber('RC\u20132026\u2212000004')).toBe('RC-2026-000004');
    expect(normaliseReferenceNumber('\u200FRC-2026-000004\u200E')).toBe('RC-2026-000004');
  });

  it('read Arabic-Indic and Eastern Arabic-Indic digits', () => {
    expect(westernDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(westernDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normaliseReferenceNumber('AR-٢٠٢٦-٠٠٠٠٠١')).toBe('AR-2026-000001');
    expect(normaliseReferenceNumber('PT۲۰۲۶۰۰۰۰۱۲')).toBe('PT-2026-000012');
  });

  it('leave what has no reference shape in capitals, without separators', () => {
    expect(normaliseReferenceNumber('hello there')).toBe('HELLOTHERE');
    expect(normaliseReferenceNumber('2026000001')).toBe('2026000001');
    expect(normaliseReferenceNumber('AR-2026-00001')).toBe('AR202600001');
  });

  it('let the tracking field accept a number typed without hyphens', () => {
    expect(TRACKING_NUMBER_RULE.validate('AR2026000001').ok).toBe(true);
    expect(TRACKING_NUMBER_RULE.validate('KHM012026000123').ok).toBe(true);
    expect(TRACKING_NUMBER_RULE.validate('AR-').ok).toBe(false);
  });
});
