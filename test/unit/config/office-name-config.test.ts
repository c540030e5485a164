import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../main/config/config-error.js';
import { defaultConfigPath, loadConfig, parseConfig } from '../../../main/config/load-config.js';
import { publicStatusLink } from '../../../main/config/office-config-schema.js';
import { officeNameIn, officeNamesForReceipt } from '../../../main/contract/office-names.js';
import { parseTrackingInput } from '../../../main/services/procedures/tracking-service.js';

const base = JSON.parse(readFileSync(defaultConfigPath(), 'utf8')) as Record<string, unknown>;
const office = base.office as Record<string, unknown>;

function problemsOf(raw: unknown): string[] {
  try {
    parseConfig(raw, 'test.json');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => `${p.field}: ${p.reason}`);
  }
  throw new Error('configuration was accepted');
}

const HAY_MOHAMMADI = { ar: 'مقاطعة الحي المحمدي', fr: 'Arrondissement Hay Mohammadi' };

describe('office name per language', () => {
  it('ships the Arabic and French names in the default configuration', () => {
    expect(loadConfig(undefined).office.name).toEqual(HAY_MOHAMMADI);
  });

  it('still loads a configuration file with one name, as the name in every language', () => {
    const config = parseConfig({ ...base, office: { ...office, name: 'Arrondissement Sidi Moumen' } }, 'old.json');
    expect(config.office.name).toEqual({ ar: 'Arrondissement Sidi Moumen', fr: 'Arrondissement Sidi Moumen' });
    // Printed once, not twice, on a receipt.
    expect(officeNamesForReceipt(config.office.name, 'ar')).toEqual([{ language: 'ar', text: 'Arrondissement Sidi Moumen' }]);
  });

  it('needs the Arabic and the French name, and nothing but the four languages', () => {
    // Each refusal names office.name (an empty name breaks two rules: present, and not blank).
    const refusedAtName = (problems: string[]) => {
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toMatch(/^office\.name/);
    };
    refusedAtName(problemsOf({ ...base, office: { ...office, name: { fr: 'Arrondissement Anfa' } } }));
    refusedAtName(problemsOf({ ...base, office: { ...office, name: { ar: 'مقاطعة أنفا', fr: 'Arrondissement Anfa', es: 'Distrito Anfa' } } }));
    refusedAtName(problemsOf({ ...base, office: { ...office, name: '' } }));
    refusedAtName(problemsOf({ ...base, office: { ...office, name: { ar: '   ', fr: 'Arrondissement Anfa' } } }));
  });

  it('names the office in the language on screen, Arabic for Tamazight and French for English when not given', () => {
    const names = { ...HAY_MOHAMMADI, en: 'Hay Mohammadi District' };
    expect(officeNameIn(names, 'ar')).toBe(HAY_MOHAMMADI.ar);
    expect(officeNameIn(names, 'fr')).toBe(HAY_MOHAMMADI.fr);
    expect(officeNameIn(names, 'zgh')).toBe(HAY_MOHAMMADI.ar);
    expect(officeNameIn(names, 'en')).toBe('Hay Mohammadi District');
    expect(officeNameIn(HAY_MOHAMMADI, 'en')).toBe(HAY_MOHAMMADI.fr);
  });

  it('heads a receipt with the Arabic and French names, and the citizen’s own when the office has one', () => {
    const names = { ...HAY_MOHAMMADI, zgh: 'ⵜⴰⵙⵏⴰⵡⵜ ⵏ ⵍⵃⵉ ⵍⵎⵓⵃⵎⵎⴰⴷⵉ' };
    expect(officeNamesForReceipt(names, 'fr').map((n) => n.text)).toEqual([HAY_MOHAMMADI.ar, HAY_MOHAMMADI.fr]);
    expect(officeNamesForReceipt(names, 'zgh').map((n) => n.text)).toEqual([HAY_MOHAMMADI.ar, HAY_MOHAMMADI.fr, names.zgh]);
  });
});

describe('office public status page', () => {
  it('is optional, and an https address with or without {reference}', () => {
    expect(loadConfig(undefined).office.publicStatusUrl).toBeUndefined();
    const withPlaceholder = parseConfig({ ...base, office: { ...office, publicStatusUrl: 'https://bureau.casablanca.ma/suivi?n={reference}' } }, 't.json');
    expect(publicStatusLink(withPlaceholder.office.publicStatusUrl ?? '', 'AR-2026-000001')).toBe('https://bureau.casablanca.ma/suivi?n=AR-2026-000001');
    expect(publicStatusLink('https://bureau.casablanca.ma/suivi/', '2026-11-16_A-014')).toBe('https://bureau.casablanca.ma/suivi/2026-11-16_A-014');
  });

  it('refuses a plain http address, a non-address and one with a password', () => {
    for (const url of ['http://bureau.casablanca.ma/suivi/', 'bureau.casablanca.ma/{reference}', 'https://agent:secret@bureau.casablanca.ma/']) {
      expect(problemsOf({ ...base, office: { ...office, publicStatusUrl: url } }), url).toEqual([expect.stringMatching(/^office\.publicStatusUrl: must/)]);
    }
  });

  it('is read back by the kiosk tracking scanner from a receipt’s QR code', () => {
    expect(parseTrackingInput('https://bureau.casablanca.ma/suivi/AR-2026-000001')).toEqual({ kind: 'reference', reference: 'AR-2026-000001' });
    expect(parseTrackingInput('https://bureau.casablanca.ma/suivi?n=KHM01-2026-000123')).toEqual({ kind: 'reference', reference: 'KHM01-2026-000123' });
    expect(parseTrackingInput('https://bureau.casablanca.ma/suivi/2026-11-16_A-014')).toEqual({ kind: 'queue-ticket' });
    expect(parseTrackingInput('https://bureau.casablanca.ma/suivi/')).toEqual({ kind: 'invalid' });
  });
});
