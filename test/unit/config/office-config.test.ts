import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../main/config/config-error.js';
import { referenceCodeFor } from '../../../main/config/config-schema.js';
import { defaultConfigPath, loadConfig, parseConfig } from '../../../main/config/load-config.js';
import { kioskReferenceSchema } from '../../../main/office/office-schemas.js';
import { CIVIL_STATUS_COLLECTION_COUNTER, CIVIL_STATUS_FEE_PER_COPY_CENTIMES } from '../../../main/office-server/office-fees.js';

const base = JSON.parse(readFileSync(defaultConfigPath(), 'utf8')) as Record<string, unknown>;
const office = base.office as Record<string, unknown>;
const kiosk = base.kiosk as Record<string, unknown>;

function problemsOf(raw: unknown): string[] {
  try {
    parseConfig(raw, 'test.json');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => `${p.field}: ${p.reason}`);
  }
  throw new Error('configuration was accepted');
}

describe('office backend and civil-status configuration', () => {
  it('needs nothing in the embedded default: embedded backend, 4 s wait, the embedded office fees', () => {
    const config = loadConfig(undefined);
    expect(config.office.backendUrl).toBeUndefined();
    expect(config.office.requestTimeoutMs).toBe(4000);
    expect(config.kiosk.referenceCode).toBe('KDEVKIOSK');
    expect(config.civilStatus).toEqual({ counter: CIVIL_STATUS_COLLECTION_COUNTER, maxCopies: 5, feePerCopyCentimes: CIVIL_STATUS_FEE_PER_COPY_CENTIMES });
  });

  it('takes a real backend address, its own reference code and fees', () => {
    const config = parseConfig(
      {
        ...base,
        office: { ...office, backendUrl: 'https://bureau.casablanca.ma/api', requestTimeoutMs: 2500 },
        kiosk: { ...kiosk, referenceCode: 'KHM01' },
        civilStatus: { counter: '2', feePerCopyCentimes: { 'birth-extract': 2500 } },
      },
      'test.json',
    );
    expect(config.office.backendUrl).toBe('https://bureau.casablanca.ma/api');
    expect(config.kiosk.referenceCode).toBe('KHM01');
    expect(config.civilStatus.counter).toBe('2');
    expect(config.civilStatus.feePerCopyCentimes['birth-extract']).toBe(2500);
    expect(config.civilStatus.feePerCopyCentimes['birth-full-copy']).toBe(3000);
  });

  it('says what is wrong with a bad backend address or reference code', () => {
    expect(problemsOf({ ...base, office: { ...office, backendUrl: 'ftp://bureau' } })).toEqual(['office.backendUrl: must be an http:// or https:// address']);
    expect(problemsOf({ ...base, office: { ...office, backendUrl: 'https://kiosk:s3cret@bureau.ma/api' } })).toEqual([
      'office.backendUrl: must not carry a user name or password',
    ]);
    expect(problemsOf({ ...base, kiosk: { ...kiosk, referenceCode: 'HM-01' } })).toEqual([
      'kiosk.referenceCode: must be K then 2-8 capital letters or digits, e.g. KHM01',
    ]);
  });

  it('derives a reference code the office accepts from any kiosk id', () => {
    expect(referenceCodeFor('hm-01')).toBe('KHM01');
    expect(referenceCodeFor('sidi-moumen-kiosk-2')).toBe('KSIDIMOUM');
    expect(referenceCodeFor('a-')).toBe('KA0');
    for (const id of ['hm-01', 'sidi-moumen-kiosk-2', 'a-', '9z']) {
      expect(kioskReferenceSchema.safeParse(`${referenceCodeFor(id)}-2026-000001`).success).toBe(true);
    }
  });
});
