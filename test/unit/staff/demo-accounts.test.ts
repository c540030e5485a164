// The demo staff accounts (badges and PINs published in the README) live with the dev dock:
// not in the embedded default, added at run time only with developer.devDock on, refused at
// start when a configuration carries one with the dock off, dropped from a technician's saved
// edit, and their published PINs open no other account.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import { ConfigError } from '../../../main/config/config-error.js';
import { LiveConfig } from '../../../main/config/live-config.js';
import { defaultConfigPath, loadConfig, parseConfig } from '../../../main/config/load-config.js';
import { createReconfigurableDevices } from '../../../main/services/kiosk-devices.js';
import { devDockForHost, withDevDockAccounts } from '../../../main/services/dev-dock-service.js';
import { DEMO_STAFF_ACCOUNTS, PUBLISHED_DEMO_PINS } from '../../../main/staff/demo-accounts.js';
import { PinAttemptStore } from '../../../main/staff/pin-attempt-store.js';
import { hashPin, verifyPinHash } from '../../../main/staff/pin-hash.js';
import { StaffAuthenticator } from '../../../main/staff/staff-authenticator.js';
import { staffConfigSchema } from '../../../main/staff/staff-config-schema.js';
import { StaffSessions } from '../../../main/staff/staff-sessions.js';
import { TechnicianGesture } from '../../../main/staff/technician-gesture.js';

const FAST = { N: 1024, r: 8, p: 1 };
const [DEMO_CLERK, DEMO_TECH] = DEMO_STAFF_ACCOUNTS;
const REAL_CLERK = { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff', badgeId: '0A0B0C0D0E', pinHash: `scrypt$1024$8$1$c2FsdHNhbHRzYWx0$${Buffer.alloc(32, 7).toString('base64')}` };
const quiet = { info: () => undefined, warn: () => undefined };

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'borne-demo-'));
  dirs.push(dir);
  return dir;
}

/** The embedded default with these staff accounts and this dev dock setting. */
function kioskJson(accounts: unknown[], devDock: boolean): Record<string, unknown> {
  const base = JSON.parse(readFileSync(defaultConfigPath(), 'utf8')) as Record<string, unknown>;
  const { $schema: _path, ...rest } = base;
  return { ...rest, developer: { devDock }, staff: { ...(base['staff'] as object), accounts } };
}

function problemsOf(raw: unknown): string[] {
  try {
    parseConfig(raw, 'kiosk.json');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => `${p.field}: ${p.reason}`);
  }
  return [];
}

describe('demo staff accounts', () => {
  it('are not in the embedded default configuration, which is packaged', () => {
    const text = readFileSync(defaultConfigPath(), 'utf8');
    for (const demo of DEMO_STAFF_ACCOUNTS) expect(text).not.toContain(demo.pinHash);
    expect(loadConfig(undefined).staff.accounts).toEqual([]);
  });

  it('refuse to start a kiosk whose configuration holds one with the dev dock off, saying what to do', () => {
    // Copied under another name: the hash gives it away.
    const problems = problemsOf(kioskJson([REAL_CLERK, { ...DEMO_TECH, id: 'tech-01', displayName: 'Technicien' }], false));
    expect(problems).toEqual([expect.stringMatching(/^staff\.accounts\.1: is the demo account "tech-01", whose badge and PIN are published: demo accounts work only with developer\.devDock on\. Remove it and create real accounts, each pinHash made by `npx tsx main\/staff\/hash-pin-cli\.ts`$/)]);
    expect(problemsOf(kioskJson([REAL_CLERK, DEMO_CLERK], true))).toEqual([]);
    expect(problemsOf(kioskJson([REAL_CLERK], false))).toEqual([]);
  });

  it('are added at run time only while the dev dock is on, never over a configured badge', () => {
    const off = parseConfig(kioskJson([REAL_CLERK], false));
    expect(withDevDockAccounts(off, quiet).staff.accounts.map((a) => a.id)).toEqual(['clerk-01']);
    const on = parseConfig(kioskJson([REAL_CLERK], true));
    expect(withDevDockAccounts(on, quiet).staff.accounts.map((a) => a.id)).toEqual(['clerk-01', 'demo-clerk', 'demo-technician']);
    const sameBadge = parseConfig(kioskJson([{ ...REAL_CLERK, badgeId: DEMO_CLERK!.badgeId }], true));
    expect(withDevDockAccounts(sameBadge, quiet).staff.accounts.map((a) => a.id)).toEqual(['clerk-01', 'demo-technician']);
  });

  it('stay off in the Electron shell, which serves no dev dock: a packaged kiosk on the embedded default opens to no published badge', () => {
    const onDefault = loadConfig(undefined);
    expect(onDefault.developer.devDock).toBe(true);
    const electron = withDevDockAccounts(devDockForHost(onDefault, 'electron', quiet), quiet);
    expect(electron.developer.devDock).toBe(false);
    expect(electron.staff.accounts).toEqual([]);
    const browserShell = withDevDockAccounts(devDockForHost(onDefault, 'browser-shell', quiet), quiet);
    expect(browserShell.staff.accounts.map((a) => a.id)).toEqual(['demo-clerk', 'demo-technician']);
  });

  it('are never written by a technician saving a configuration edit, from the embedded default or a developer file', async () => {
    const dir = tempDir();
    // Over the embedded default: the edit goes to <dataDir>/kiosk-config.json.
    const embedded = loadConfig(undefined);
    const fromDefault = new LiveConfig({ config: embedded, configFile: null, dataDir: join(dir, 'data'), devices: createReconfigurableDevices(embedded.hardware, silentLogger), logger: quiet });
    expect(await fromDefault.apply({ ...embedded.hardware, printer: { driver: 'mock', paperWidthMm: 58 } })).toMatchObject({ kind: 'applied', saved: true });
    // A developer's file with the dock on and the demo accounts in it.
    const file = join(dir, 'dev.json');
    writeFileSync(file, JSON.stringify(kioskJson([REAL_CLERK, DEMO_CLERK, DEMO_TECH], true)));
    const config = loadConfig(file);
    const fromFile = new LiveConfig({ config, configFile: file, dataDir: join(dir, 'data2'), devices: createReconfigurableDevices(config.hardware, silentLogger), logger: quiet });
    expect(await fromFile.apply({ ...config.hardware, printer: { driver: 'mock', paperWidthMm: 58 } })).toMatchObject({ kind: 'applied', saved: true });

    for (const saved of [join(dir, 'data', 'kiosk-config.json'), file]) {
      const text = readFileSync(saved, 'utf8');
      for (const demo of DEMO_STAFF_ACCOUNTS) expect(text).not.toContain(demo.pinHash);
      // The saved file starts a kiosk with the dock off too.
      const raw = JSON.parse(text) as Record<string, unknown>;
      expect(problemsOf({ ...raw, developer: { devDock: false } })).toEqual([]);
    }
    expect(loadConfig(file).staff.accounts.map((a) => a.id)).toEqual(['clerk-01']);
  });
});

describe('published demo PINs', () => {
  it('open the demo accounts, and no real account that was given one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'borne-demo-pin-'));
    const rehashed = await hashPin('2468', FAST);
    expect(await verifyPinHash('2468', rehashed)).toBe(true);
    const config = staffConfigSchema.parse({ accounts: [{ ...REAL_CLERK, pinHash: rehashed }, DEMO_CLERK] });
    const lines: string[] = [];
    const auth = await StaffAuthenticator.open({ config, dataDir: dir, logger: { info: () => undefined, warn: (o, m) => lines.push(`${m} ${JSON.stringify(o)}`) } });
    try {
      expect(await auth.verifyPin('clerk-01', '2468')).toEqual({ kind: 'wrong', attemptsLeft: 4 });
      expect(lines.find((l) => l.includes('published demo PIN'))).toContain('"account":"clerk-01"');
      expect(await auth.verifyPin('demo-clerk', '2468')).toMatchObject({ kind: 'ok', account: { id: 'demo-clerk' } });
    } finally {
      await auth.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('do not open a real technician account through the corner gesture', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'borne-demo-gesture-'));
    const store = await PinAttemptStore.open(dir);
    const sessions = new StaffSessions({ idleSeconds: 60, onEnded: () => {} });
    const config = staffConfigSchema.parse({ accounts: [{ ...REAL_CLERK, id: 'tech-01', role: 'technician', pinHash: await hashPin(PUBLISHED_DEMO_PINS[1]!, FAST) }] });
    const gesture = new TechnicianGesture({ config, store, staff: { sessions, audit: async () => {} }, citizenPresent: () => false, idleSeconds: 60, logger: quiet });
    try {
      const open = await gesture.signIn();
      if (open.kind !== 'pin') throw new Error(`expected a keypad, got ${open.kind}`);
      expect(await gesture.verifyPin(open.attemptId, '1357')).toEqual({ kind: 'wrong', attemptsLeft: 4 });
      expect(sessions.current()).toBeUndefined();
    } finally {
      gesture.close();
      sessions.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
