// A technician changes the ID reader's port while the kiosk runs: real pseudo-terminals,
// a real configuration file, the contract router the screen talks to. The reader on the
// new port reads cards, the old port is let go, and the edit is on disk for the next start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import type { IdCardEvent } from '../../hardware/id-reader/id-reader.js';
import { loadConfig } from '../../main/config/load-config.js';
import type { KioskRuntime } from '../../main/services/kiosk-runtime.js';
import { SerialDeviceSimulator, sleep, waitUntil } from '../helpers/socat-pty.js';
import { hashedAccounts, TECHNICIAN, TechnicianRuntime, type Value } from '../helpers/technician-runtime.js';

const HOLD_GAP_MS = 200;
const specimen = MRZ_SPECIMENS[Object.keys(MRZ_SPECIMENS)[0] as keyof typeof MRZ_SPECIMENS];

let accounts: Value[];
let kiosk: TechnicianRuntime;
let configFile: string;
let badgeSim: SerialDeviceSimulator;
let simA: SerialDeviceSimulator;
let simB: SerialDeviceSimulator;
let rt: KioskRuntime;

beforeAll(async () => {
  accounts = await hashedAccounts([TECHNICIAN]);
});

beforeEach(async () => {
  kiosk = await TechnicianRuntime.create({ prefix: 'borne-config-' });
  const dir = kiosk.dir;
  badgeSim = await SerialDeviceSimulator.start({ dir, name: 'badge' });
  simA = await SerialDeviceSimulator.start({ dir, name: 'reader-a' });
  simB = await SerialDeviceSimulator.start({ dir, name: 'reader-b' });
  configFile = join(dir, 'kiosk.json');
  rt = await kiosk.start({
    accounts,
    configFile,
    writeConfigFile: true,
    hardware: {
      idReader: { driver: 'serial', path: simA.devicePath, interLineTimeoutMs: 300 },
      badgeReader: { driver: 'serial', path: badgeSim.devicePath, holdGapMs: HOLD_GAP_MS },
    },
  });
  await waitUntil('readers ready', () => rt.devices.badgeReader?.status().state === 'ready' && rt.devices.idReader.status().state === 'ready');
});

afterEach(async () => {
  await kiosk.stop();
  for (const sim of [badgeSim, simA, simB]) await sim.stop();
  await kiosk.close();
});

const call = (channel: string, payload: unknown): Promise<Value> => kiosk.call(channel, payload);
const technician = (): Promise<string> => kiosk.serialBadgeSignIn(badgeSim, HOLD_GAP_MS, TECHNICIAN.badgeId, TECHNICIAN.pin);
const events = (): TechnicianRuntime['events'] => kiosk.events;

describe('live configuration edit', () => {
  it('moves the ID reader to another port without a restart', async () => {
    const staffToken = await technician();
    const cards: IdCardEvent[] = [];
    rt.devices.idReader.on('card', (c) => cards.push(c));
    const view = await call('tech.config.get', { staffToken });
    expect(view.file).toBe(configFile);
    const hardware = (view.config as { hardware: Value }).hardware;

    const result = await call('tech.config.apply', { staffToken, hardware: { ...hardware, idReader: { driver: 'serial', path: simB.devicePath, interLineTimeoutMs: 300 } } });
    expect(result).toMatchObject({ kind: 'applied', saved: true, nextStart: [] });
    expect((result.devices as Value[]).filter((d) => d.outcome === 'reopened')).toEqual([{ id: 'id-reader', kind: 'id-reader', outcome: 'reopened', state: 'ready' }]);
    expect(events().some((e) => e.channel === 'device.status' && e.payload.id === 'id-reader' && e.payload.state === 'ready')).toBe(true);

    await simA.writeMrz(specimen.lines, 'cr');
    await sleep(500);
    expect(cards).toEqual([]);
    await simB.writeMrz(specimen.lines, 'cr');
    await waitUntil('the card from the new port', () => cards.length === 1);

    const list = (await call('tech.devices', { staffToken })) as unknown as Value[];
    expect(list.find((d) => d.id === 'id-reader')).toMatchObject({ address: simB.devicePath, state: 'ready', counters: { reads: 1 } });
    expect(loadConfig(configFile).hardware.idReader).toMatchObject({ path: simB.devicePath });
    await rt.staffMode!.service.settled();
    const { items } = await rt.staffMode!.auditLog.list({ limit: 20 });
    expect(items.find((e) => e.action === 'config-change')?.outcome).toBe('applied reopened=id-reader saved=true');
  });

  it('refuses an edit without a printer, says which field, and keeps every device as it was', async () => {
    const staffToken = await technician();
    const before = readFileSync(configFile, 'utf8');
    const { printer: _gone, ...hardware } = loadConfig(configFile).hardware;
    const result = await call('tech.config.apply', { staffToken, hardware });
    // The screen words the refusal from its code (tech-config.problems.required); the English reason stays for the logs.
    expect(result).toEqual({ kind: 'refused', problems: [{ field: 'hardware.printer', code: 'required', reason: expect.stringMatching(/required/) }] });
    expect(readFileSync(configFile, 'utf8')).toBe(before);
    expect(rt.devices.idReader.status().state).toBe('ready');
    expect(rt.devices.printer.status().state).toBe('ready');
  });

  it('is for technicians only', async () => {
    const r = await rt.router.dispatch('tech.config.get', { staffToken: 'not-a-session-token-at-all-000000' });
    expect(r.ok).toBe(false);
  });
});
