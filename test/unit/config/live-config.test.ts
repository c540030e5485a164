// A technician's configuration edit: refused with the field and the reason as at start,
// or saved (atomically, the old file kept as .bak) and given to the devices, of which only
// the changed ones are reopened. Secrets never leave main.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import { MockIdReader } from '../../../hardware/id-reader/id-reader-mock.js';
import { LiveConfig } from '../../../main/config/live-config.js';
import { loadConfig } from '../../../main/config/load-config.js';
import { resolveConfigFile } from '../../../main/config/live-config-file.js';
import { CONFIG_SECRET_MASK } from '../../../main/contract/tech-config-schemas.js';
import { closeAll, createReconfigurableDevices, openAll } from '../../../main/services/kiosk-devices.js';

const logger = { info: () => undefined, warn: () => undefined };
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// A real account's shape (the hash need not match any PIN here).
const CLERK_ACCOUNT = { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff', badgeId: '0A0B0C0D0E', pinHash: `scrypt$1024$8$1$c2FsdHNhbHRzYWx0$${Buffer.alloc(32, 7).toString('base64')}` };

function setup(withFile: boolean, accounts: unknown[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'live-config-'));
  dirs.push(dir);
  let configFile: string | null = null;
  if (withFile) {
    configFile = join(dir, 'office.json');
    const base = JSON.parse(readFileSync(join('resources', 'config', 'default-config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(configFile, JSON.stringify({ ...base, $schema: undefined, staff: { ...(base['staff'] as object), accounts } }));
  }
  const config = loadConfig(configFile ?? undefined);
  const hardware = createReconfigurableDevices(config.hardware, silentLogger);
  const live = new LiveConfig({ config, configFile, dataDir: join(dir, 'data'), devices: hardware, logger });
  return { dir, configFile, config, hardware, live };
}

describe('live configuration', () => {
  it('refuses a bad value with its field and reason, and changes nothing', async () => {
    const { live, configFile, hardware } = setup(true);
    const before = readFileSync(configFile!, 'utf8');
    const result = await live.apply({ ...live.hardware(), idReader: { driver: 'serial', path: '/dev/ttyX', baudRate: 1234 } });
    expect(result).toEqual({ kind: 'refused', problems: [{ field: 'hardware.idReader.baudRate', reason: 'must be a standard baud rate (1200 ... 115200)', code: 'baudRate' }] });
    expect(readFileSync(configFile!, 'utf8')).toBe(before);
    expect(hardware.devices.idReader).toBeInstanceOf(MockIdReader);
  });

  it('refuses an edit that leaves the kiosk without a printer', async () => {
    const { live } = setup(true);
    const { printer: _gone, ...withoutPrinter } = live.hardware();
    const result = await live.apply(withoutPrinter);
    expect(result.kind).toBe('refused');
    expect(result.kind === 'refused' && result.problems.map((p) => p.field)).toEqual(['hardware.printer']);
  });

  it('reopens only the device whose settings changed, and saves the file keeping a .bak', async () => {
    const { live, configFile, hardware } = setup(true);
    await openAll(hardware.devices, silentLogger);
    const printerStates: string[] = [];
    hardware.devices.printer.on('status', (s) => printerStates.push(s.state));
    const before = readFileSync(configFile!, 'utf8');
    const result = await live.apply({ ...live.hardware(), idReader: { driver: 'serial', path: join(configFile!, '..', 'no-such-tty') } });
    expect(result.kind).toBe('applied');
    if (result.kind !== 'applied') return;
    expect(result.devices.filter((d) => d.outcome === 'reopened').map((d) => d.id)).toEqual(['id-reader']);
    expect(hardware.devices.idReader.driver).toBe('serial');
    expect(printerStates).toEqual([]);
    expect(result.saved).toBe(true);
    expect(readFileSync(`${configFile!}.bak`, 'utf8')).toBe(before);
    const saved = JSON.parse(readFileSync(configFile!, 'utf8')) as { hardware: { idReader: { path: string } } };
    expect(saved.hardware.idReader.path).toMatch(/no-such-tty$/);
    expect(loadConfig(configFile!).hardware.idReader.driver).toBe('serial');
    await closeAll(hardware.devices, silentLogger);
  });

  it('writes an edit of the embedded default to <dataDir>/kiosk-config.json, which the next start uses', async () => {
    const { live, dir } = setup(false);
    const view = await live.view();
    expect(view.file).toBeNull();
    expect(view.saveTo).toBe(join(dir, 'data', 'kiosk-config.json'));
    const result = await live.apply({ ...live.hardware(), printer: { driver: 'mock', paperWidthMm: 58 } });
    expect(result.kind === 'applied' && result.nextStart).toEqual(['hardware.printer.paperWidthMm']);
    expect(resolveConfigFile(undefined, join(dir, 'data'))).toBe(join(dir, 'data', 'kiosk-config.json'));
    expect(loadConfig(join(dir, 'data', 'kiosk-config.json')).hardware.printer.paperWidthMm).toBe(58);
    expect(existsSync(join(dir, 'data', 'kiosk-config.json.bak'))).toBe(false);
  });

  it('says a badge reader change applies at the next start', async () => {
    const { live } = setup(true);
    const result = await live.apply({ ...live.hardware(), badgeReader: { driver: 'none' } });
    expect(result.kind === 'applied' && result.nextStart).toEqual(['hardware.badgeReader']);
  });

  it('masks PIN hashes in the view and offers the hardware schema', async () => {
    const { live, config } = setup(true, [CLERK_ACCOUNT]);
    const view = await live.view();
    const text = JSON.stringify(view);
    for (const account of config.staff.accounts) expect(text).not.toContain(account.pinHash);
    const accounts = (view.config['staff'] as { accounts: Array<{ pinHash: string; badgeId: string }> }).accounts;
    expect(accounts[0]?.pinHash).toBe(CONFIG_SECRET_MASK);
    expect(view.persists).toBe(true);
    expect(Object.keys((view.hardwareSchema as { properties: object }).properties)).toContain('idReader');
  });
});
