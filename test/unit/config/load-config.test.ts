import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../main/config/config-error.js';
import { defaultConfigPath, loadConfig, parseConfig } from '../../../main/config/load-config.js';

const base = JSON.parse(readFileSync(defaultConfigPath(), 'utf8')) as Record<string, unknown>;
const hardware = base.hardware as Record<string, unknown>;

function problemsOf(raw: unknown): string[] {
  try {
    parseConfig(raw, 'test.json');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => `${p.field}: ${p.reason}`);
  }
  throw new Error('configuration was accepted');
}

describe('kiosk configuration', () => {
  it('accepts the embedded default and fills in the five counter services', () => {
    const config = loadConfig(undefined);
    expect(config.hardware.printer.driver).toBe('mock');
    expect(config.queue.services.map((s) => s.prefix)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(config.kiosk.defaultLanguage).toBe('ar');
  });

  it('names the field and the reason for a malformed printer address', () => {
    const problems = problemsOf({ ...base, hardware: { ...hardware, printer: { driver: 'escpos', interface: 'lp0' } } });
    expect(problems).toEqual(['hardware.printer.interface: must be tcp://host:port or a device path such as /dev/usb/lp0']);
  });

  it('names an unknown driver', () => {
    const problems = problemsOf({ ...base, hardware: { ...hardware, printer: { driver: 'laser' } } });
    expect(problems).toEqual(['hardware.printer.driver: must be one of "escpos", "mock"']);
  });

  it('refuses an idle countdown shorter than 20 s and says why', () => {
    const problems = problemsOf({ ...base, idle: { resetAfterWarningSeconds: 5 } });
    expect(problems).toEqual([expect.stringMatching(/^idle\.resetAfterWarningSeconds: must be at least 20/)]);
  });

  it('reports misspelt keys and a default language that is not offered', () => {
    const problems = problemsOf({ ...base, kiosk: { id: 'k1', defaultLanguage: 'en', languages: ['ar', 'fr'] }, printr: {} });
    expect(problems).toContain('printr: is not a known setting (check its spelling)');
    expect(problems).toContain('kiosk.defaultLanguage: defaultLanguage must be one of languages');
  });

  it('refuses two services with the same prefix', () => {
    const services = [
      { id: 'civil-status', prefix: 'A', counter: '1', averageServiceMinutes: 5 },
      { id: 'legalisation', prefix: 'A', counter: '2', averageServiceMinutes: 5 },
    ];
    expect(problemsOf({ ...base, queue: { services } })).toEqual(['queue.services.1.prefix: prefix A is used twice']);
  });

  it('tells a file that is not JSON apart from one that is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-config-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "office": ');
    expect(() => loadConfig(broken)).toThrow(/\(file\): is not valid JSON/);
    expect(() => loadConfig(join(dir, 'missing.json'))).toThrow(/\(file\): cannot be read \(ENOENT\)/);
  });
});
