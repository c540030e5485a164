// Staff PIN hashes: salted scrypt with its cost in the string, compared in constant time,
// and the configuration refusing anything that is not such a hash.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST, hashPin, parsePinHash, pinFormatProblem, verifyPinHash } from '../../../main/staff/pin-hash.js';

// Cheap enough for unit tests; the cost travels in the hash string, so verification follows it.
const FAST = { N: 1024, r: 8, p: 1 };

describe('PIN format', () => {
  it('accepts 4 to 8 digits only', () => {
    expect(['2468', '000000', '12345678'].map(pinFormatProblem)).toEqual([null, null, null]);
    expect(['246', '123456789', ''].map(pinFormatProblem)).toEqual(['length', 'length', 'length']);
    expect(['24a8', '12 34', '١٢٣٤', '-1234'].map(pinFormatProblem)).toEqual(['not-digits', 'not-digits', 'not-digits', 'not-digits']);
  });
});

describe('PIN hashes', () => {
  it('writes scrypt$N$r$p$salt$key with the default cost and verifies the PIN it was made from', async () => {
    const hash = await hashPin('2468');
    expect(hash).toMatch(new RegExp(`^scrypt\\$${DEFAULT_SCRYPT_COST.N}\\$${DEFAULT_SCRYPT_COST.r}\\$${DEFAULT_SCRYPT_COST.p}\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+$`));
    expect(hash).not.toContain('2468');
    expect(await verifyPinHash('2468', hash)).toBe(true);
    expect(await verifyPinHash('2469', hash)).toBe(false);
  });

  it('salts every hash, so the same PIN never gives the same string', async () => {
    const [a, b] = await Promise.all([hashPin('1357', FAST), hashPin('1357', FAST)]);
    expect(a).not.toBe(b);
    expect(await verifyPinHash('1357', a)).toBe(true);
    expect(await verifyPinHash('1357', b)).toBe(true);
  });

  it('verifies with the cost written in the hash, not the current default', async () => {
    const hash = await hashPin('9999', FAST);
    expect(hash.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPinHash('9999', hash)).toBe(true);
    // Same salt and key claimed under another cost: no longer the same PIN.
    expect(await verifyPinHash('9999', hash.replace('scrypt$1024$', 'scrypt$2048$'))).toBe(false);
  });

  it('rejects a tampered key or salt', async () => {
    const hash = await hashPin('2468', FAST);
    const parts = hash.split('$');
    const key = Buffer.from(parts[5] ?? '', 'base64');
    key[0] = (key[0] ?? 0) ^ 1;
    expect(await verifyPinHash('2468', [...parts.slice(0, 5), key.toString('base64')].join('$'))).toBe(false);
    const salt = Buffer.from(parts[4] ?? '', 'base64');
    salt[0] = (salt[0] ?? 0) ^ 1;
    expect(await verifyPinHash('2468', [...parts.slice(0, 4), salt.toString('base64'), parts[5]].join('$'))).toBe(false);
  });

  it('refuses to hash something that is not a PIN', async () => {
    await expect(hashPin('abcd', FAST)).rejects.toThrow(/4 to 8 digits/);
    await expect(hashPin('12', FAST)).rejects.toThrow(/4 to 8 digits/);
  });

  it('names what is wrong with a string that is not a usable hash, and never matches it', async () => {
    const good = await hashPin('2468', FAST);
    const [, , , , salt, key] = good.split('$');
    const cases: Array<[string, RegExp]> = [
      ['2468', /scrypt\$N\$r\$p\$salt\$key/],
      [`bcrypt$1024$8$1$${salt}$${key}`, /scrypt\$N/],
      [`scrypt$1000$8$1$${salt}$${key}`, /power of two/],
      [`scrypt$${2 ** 22}$8$1$${salt}$${key}`, /power of two up to/],
      [`scrypt$1024$0$1$${salt}$${key}`, /r must be/],
      [`scrypt$1024$8$99$${salt}$${key}`, /p 1-/],
      [`scrypt$1024$8$1$$${key}`, /salt/],
      [`scrypt$1024$8$1$${salt}$AAAA`, /key/],
      [`scrypt$1024$8$1$${salt}$not*base64`, /key/],
    ];
    for (const [hash, reason] of cases) {
      const parsed = parsePinHash(hash);
      expect(typeof parsed === 'string' ? parsed : 'parsed', hash).toMatch(reason);
      expect(await verifyPinHash('2468', hash)).toBe(false);
    }
  });
});
