// The `staff` section of the configuration: defaults, what is refused and why, and the
// embedded default's accounts (none: see demo-accounts.test.ts).
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../main/config/config-error.js';
import { loadConfig, parseConfig } from '../../../main/config/load-config.js';
import { staffConfigSchema } from '../../../main/staff/staff-config-schema.js';

const HASH = 'scrypt$1024$8$1$c2FsdHNhbHRzYWx0$' + Buffer.alloc(32, 7).toString('base64');
const account = (over: Record<string, unknown> = {}) => ({ id: 'clerk-01', displayName: 'Clerk', role: 'staff', badgeId: '0F00A1B2C3', pinHash: HASH, ...over });

function problemsOf(staff: unknown): string[] {
  const base = loadConfig(undefined);
  try {
    parseConfig({ office: base.office, kiosk: { id: base.kiosk.id }, hardware: { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock' } }, staff }, 'test.json');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => `${p.field}: ${p.reason}`);
  }
  return [];
}

describe('staff configuration', () => {
  it('has no accounts, five attempts and a two-minute idle time when left out', () => {
    expect(staffConfigSchema.parse(undefined)).toEqual({ accounts: [], pinLockout: { maxAttempts: 5, lockMinutes: 15 }, sessionIdleSeconds: 120 });
  });

  it('stores badge ids upper-case, as the reader sends them', () => {
    expect(staffConfigSchema.parse({ accounts: [account({ badgeId: '0f00a1b2c3' })] }).accounts[0]?.badgeId).toBe('0F00A1B2C3');
  });

  it('refuses a plain PIN where a hash belongs, naming the tool that makes one', () => {
    expect(problemsOf({ accounts: [account({ pinHash: '2468' })] })).toEqual([expect.stringMatching(/^staff\.accounts\.0\.pinHash: .*hash-pin-cli/)]);
  });

  it('refuses a badge id that is not 10 hex digits, an unknown role and a duplicate badge or id', () => {
    expect(problemsOf({ accounts: [account({ badgeId: '0F00A1B2' })] })).toEqual([expect.stringMatching(/badgeId: .*10 hexadecimal/)]);
    expect(problemsOf({ accounts: [account({ role: 'admin' })] })).toEqual([expect.stringMatching(/^staff\.accounts\.0\.role/)]);
    const dup = problemsOf({ accounts: [account(), account({ id: 'clerk-02', badgeId: '0f00a1b2c3' }), account({ badgeId: '1111111111' })] });
    expect(dup).toEqual([
      expect.stringMatching(/^staff\.accounts\.1\.badgeId: .*already given/),
      expect.stringMatching(/^staff\.accounts\.2\.id: .*listed twice/),
    ]);
    expect(dup.join(' ')).not.toContain('0F00A1B2C3');
  });

  it('keeps the lockout and idle time within sane bounds', () => {
    expect(problemsOf({ pinLockout: { maxAttempts: 1 } })).toEqual([expect.stringMatching(/^staff\.pinLockout\.maxAttempts/)]);
    expect(problemsOf({ pinLockout: { lockMinutes: 0 } })).toEqual([expect.stringMatching(/^staff\.pinLockout\.lockMinutes/)]);
    expect(problemsOf({ sessionIdleSeconds: 5 })).toEqual([expect.stringMatching(/^staff\.sessionIdleSeconds/)]);
  });

  it('ships no staff account in the embedded default (the demo accounts come with the dev dock)', () => {
    const { staff, hardware } = loadConfig(undefined);
    expect(hardware.badgeReader).toEqual({ driver: 'mock' });
    expect(staff.accounts).toEqual([]);
  });
});
