// The configuration file is written by hand on site: whatever it holds, the kiosk must answer
// with "field: reason" lines (ConfigError), never crash; and the JSON Schema shipped for
// editors must describe what the kiosk accepts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { ConfigError } from '../../main/config/config-error.js';
import { parseConfig } from '../../main/config/load-config.js';
import { positionsOf, type DevicePosition, type DeviceSide } from '../../main/contract/device-placement.js';
import { arbitraryFrom, type JsonSchemaNode } from './json-schema-arbitrary.js';
import type { PropertySpec } from './property-spec.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DEFAULT_CONFIG = JSON.parse(readFileSync(resolve(ROOT, 'resources/config/default-config.json'), 'utf8')) as Record<string, unknown>;
const PUBLISHED_SCHEMA = JSON.parse(readFileSync(resolve(ROOT, 'resources/config.schema.json'), 'utf8')) as JsonSchemaNode;

// A well-formed scrypt$N$r$p$salt$key that matches no PIN: only its shape is checked here.
const SAMPLE_PIN_HASH = 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$yXv5wq3oCl3jmT1yQJ0Q5c0m1b7m2kC3Xyq5u4n3Q2w=';

function fail(message: string): never {
  throw new Error(message);
}

/** parseConfig's verdict: the problems it names, or [] when the file was accepted. */
function problemsOf(raw: unknown): Array<{ field: string; reason: string }> {
  try {
    parseConfig(raw, 'property-test.json');
    return [];
  } catch (err) {
    if (!(err instanceof ConfigError)) fail(`crashed with ${String(err)}`);
    if (err.problems.length === 0) fail('a ConfigError without a problem');
    for (const p of err.problems) {
      if (typeof p.field !== 'string' || p.field === '' || typeof p.reason !== 'string' || p.reason.trim() === '') fail(`unclear problem ${JSON.stringify(p)}`);
      if (!err.message.includes(`${p.field}: ${p.reason}`)) fail('problem missing from the message');
    }
    return err.problems;
  }
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Paths of every value in the default configuration, e.g. ['hardware', 'printer', 'driver']. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}
const DEFAULT_PATHS = pathsOf(DEFAULT_CONFIG).filter((p) => p.length > 0 && p[0] !== '$schema');

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
}

/**
 * What the zod schema checks beyond JSON Schema's vocabulary, met here so that a generated
 * file tests the rest. Each line is a rule the README's field table states in words.
 */
function meetRulesJsonSchemaCannotState(raw: unknown): unknown {
  const c = raw as Record<string, Record<string, unknown> | undefined>;
  const office = c.office;
  if (office && 'timeZone' in office) office.timeZone = 'Africa/Casablanca'; // an IANA zone
  // The status page: an https:// address without a user name or password.
  if (office && 'publicStatusUrl' in office) office.publicStatusUrl = 'https://bureau.example.ma/suivi/{reference}';
  const kiosk = c.kiosk;
  // A device's position is one of those along its side.
  const placement = kiosk?.devicePlacement as Record<string, { side: DeviceSide; position?: unknown }> | undefined;
  for (const place of Object.values(placement ?? {})) {
    if (place.position !== undefined && !positionsOf(place.side).includes(place.position as DevicePosition)) place.position = positionsOf(place.side)[0];
  }
  // defaultLanguage must be one of languages.
  if (kiosk && kiosk.defaultLanguage !== undefined && Array.isArray(kiosk.languages) && !kiosk.languages.includes(kiosk.defaultLanguage)) {
    kiosk.languages = [...(kiosk.languages as unknown[]), kiosk.defaultLanguage];
  }
  if (kiosk && kiosk.defaultLanguage !== undefined && kiosk.languages === undefined) kiosk.languages = ['ar', 'fr', 'zgh', 'en'];
  if (kiosk && kiosk.defaultLanguage === undefined && Array.isArray(kiosk.languages) && !kiosk.languages.includes('ar')) kiosk.languages = [...(kiosk.languages as unknown[]), 'ar'];
  // Services: one entry per id and per ticket prefix.
  const services = (c.queue as { services?: Array<Record<string, unknown>> } | undefined)?.services;
  if (services) {
    const ids = new Set<unknown>();
    const prefixes = new Set<unknown>();
    (c.queue as { services: unknown[] }).services = services.filter((s, i) => {
      const keep = i === 0 || (!ids.has(s.id) && !prefixes.has(s.prefix));
      if (keep) ids.add(s.id), prefixes.add(s.prefix);
      return keep;
    });
  }
  // Staff accounts: a real scrypt hash, one account per id and per badge.
  const accounts = (c.staff as { accounts?: Array<Record<string, unknown>> } | undefined)?.accounts;
  if (accounts) {
    const ids = new Set<unknown>();
    const badges = new Set<unknown>();
    (c.staff as { accounts: unknown[] }).accounts = accounts.filter((a) => {
      a.pinHash = SAMPLE_PIN_HASH;
      const badge = String(a.badgeId).toUpperCase();
      const keep = !ids.has(a.id) && !badges.has(badge);
      if (keep) ids.add(a.id), badges.add(badge);
      return keep;
    });
  }
  // Serial speeds: a standard baud rate; printer status polling: 0 or at least 500 ms.
  const hardware = c.hardware as Record<string, Record<string, unknown> | undefined> | undefined;
  for (const device of Object.values(hardware ?? {})) {
    if (!device) continue;
    if (typeof device.baudRate === 'number' && ![1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200].includes(device.baudRate)) device.baudRate = 9600;
    if (typeof device.statusPollMs === 'number' && device.statusPollMs > 0 && device.statusPollMs < 500) device.statusPollMs = 500;
  }
  return raw;
}

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom('office', 'kiosk', 'idle', 'queue', 'hardware', 'staff', 'logging', 'storage', 'officeTypo'), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
  fc.constantFrom(null, [], 'config', 0, { toString: false }, { __proto__: { office: {} } }),
);

export const CONFIG_PROPERTIES: PropertySpec[] = [
  {
    parser: 'config',
    name: 'arbitrary JSON gives a ConfigError of "field: reason" lines, never a crash',
    runs: 2500,
    build: () =>
      fc.property(hostile, (raw) => {
        if (problemsOf(raw).length === 0) fail('arbitrary JSON accepted as a configuration');
      }),
  },
  {
    parser: 'config',
    name: 'one setting of a valid file changed to arbitrary JSON: accepted, or refused naming a field in the section that was changed',
    runs: 1500,
    build: () =>
      fc.property(fc.constantFrom(...DEFAULT_PATHS), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const raw = clone(DEFAULT_CONFIG);
        setAt(raw, path, value);
        for (const p of problemsOf(raw)) {
          if (p.field.split('.')[0] !== path[0]) fail(`changed ${path.join('.')}, blamed ${p.field}: ${p.reason}`);
        }
      }),
  },
  {
    parser: 'config',
    name: 'an unknown setting anywhere is refused by its full path, as a spelling mistake',
    runs: 1000,
    build: () =>
      fc.property(fc.constantFrom(...DEFAULT_PATHS.filter((p) => !/^\d+$/.test(p[p.length - 1]!))), fc.stringMatching(/^[a-z][a-zA-Z]{2,12}$/), (path, key) => {
        const raw = clone(DEFAULT_CONFIG);
        const parent = path.slice(0, -1);
        const holder = parent.reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], raw);
        fc.pre(holder !== null && typeof holder === 'object' && !Array.isArray(holder) && !(key in (holder as object)));
        const misspelt = `${key}Typo`;
        setAt(raw, [...parent, misspelt], 1);
        const expected = [...parent, misspelt].join('.');
        if (!problemsOf(raw).some((p) => p.field === expected && /spelling/.test(p.reason))) fail(`${expected} not reported`);
      }),
  },
  {
    parser: 'config',
    name: 'every configuration resources/config.schema.json describes is accepted by the kiosk (rules the schema cannot state aside)',
    runs: 1000,
    build: () =>
      fc.property(arbitraryFrom(PUBLISHED_SCHEMA).map(meetRulesJsonSchemaCannotState), (raw) => {
        const problems = problemsOf(raw);
        if (problems.length) fail(`${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')} in ${JSON.stringify(raw)}`);
      }),
  },
];
