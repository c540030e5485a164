// A technician changes the ID reader's port while the kiosk runs: real pseudo-terminals,
// a real configuration file, the contract router the screen talks to. The reader on the
// new port reads cards, the old port is let go, and the edit is on disk for the next start.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import type { IdCardEvent } from '../../hardware/id-reader/id-reader.js';
import { loadConfig } from '../../main/config/load-config.js';
import type { EventChannel } from '../../main/contract/kiosk-contract.js';
import { type KioskRuntime, startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { hashPin } from '../../main/staff/pin-hash.js';
import { SerialDeviceSimulator, sleep, waitUntil } from '../helpers/socat-pty.js';

const TECH_BADGE = '1234567890';
const TECH_PIN = '13579';
const HOLD_GAP_MS = 200;
const specimen = MRZ_SPECIMENS[Object.keys(MRZ_SPECIMENS)[0] as keyof typeof MRZ_SPECIMENS];

type Value = Record<string, unknown>;
let pinHash: string;
let dir: string;
let configFile: string;
let badgeSim: SerialDeviceSimulator;
let simA: SerialDeviceSimulator;
let simB: SerialDeviceSimulator;
let rt: KioskRuntime;
let events: Array<{ channel: EventChannel; payload: Value }>;

beforeAll(async () => {
  pinHash = await hashPin(TECH_PIN, { N: 1024, r: 8, p: 1 });
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-config-'));
  badgeSim = await SerialDeviceSimulator.start({ dir, name: 'badge' });
  simA = await SerialDeviceSimulator.start({ dir, name: 'reader-a' });
  simB = await SerialDeviceSimulator.start({ dir, name: 'reader-b' });
  configFile = join(dir, 'kiosk.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      office: { name: 'Arrondissement Sidi Moumen' },
      kiosk: { id: 'it-kiosk' },
      staff: { accounts: [{ id: 'tech-01', displayName: 'Youssef T.', role: 'technician', badgeId: TECH_BADGE, pinHash }], sessionIdleSeconds: 300 },
      hardware: {
        idReader: { driver: 'serial', path: simA.devicePath, interLineTimeoutMs: 300 },
        barcodeScanner: { driver: 'mock' },
        printer: { driver: 'mock' },
        badgeReader: { driver: 'serial', path: badgeSim.devicePath, holdGapMs: HOLD_GAP_MS },
      },
    }),
  );
  rt = await startKioskRuntime({ config: loadConfig(configFile), dataDir: join(dir, 'data'), logger: pino({ level: 'silent' }), host: 'browser-shell', configFile });
  events = [];
  rt.router.onEvent((channel, payload) => events.push({ channel, payload: payload as Value }));
  await waitUntil('readers ready', () => rt.devices.badgeReader?.status().state === 'ready' && rt.devices.idReader.status().state === 'ready');
});

afterEach(async () => {
  await rt.close();
  for (const sim of [badgeSim, simA, simB]) await sim.stop();
  await rm(dir, { recursive: true, force: true });
});

async function call(channel: string, payload: unknown): Promise<Value> {
  const r = await rt.router.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as Value;
}

async function technician(): Promise<string> {
  await holdBadge(badgeSim, TECH_BADGE, { frames: 3, intervalMs: 30 });
  await waitUntil('a staff.badge event', () => events.some((e) => e.channel === 'staff.badge'));
  await sleep(HOLD_GAP_MS + 100);
  const badge = events.find((e) => e.channel === 'staff.badge')!.payload;
  const verdict = await call('staff.verifyPin', { attemptId: badge.attemptId, pin: TECH_PIN });
  return verdict.staffToken as string;
}

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
    expect(events.some((e) => e.channel === 'device.status' && e.payload.id === 'id-reader' && e.payload.state === 'ready')).toBe(true);

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
    expect(result).toEqual({ kind: 'refused', problems: [{ field: 'hardware.printer', reason: expect.stringMatching(/required/) }] });
    expect(readFileSync(configFile, 'utf8')).toBe(before);
    expect(rt.devices.idReader.status().state).toBe('ready');
    expect(rt.devices.printer.status().state).toBe('ready');
  });

  it('is for technicians only', async () => {
    const r = await rt.router.dispatch('tech.config.get', { staffToken: 'not-a-session-token-at-all-000000' });
    expect(r.ok).toBe(false);
  });
});
