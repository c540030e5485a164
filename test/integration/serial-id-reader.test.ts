// The serial ID-reader driver against a real pseudo-terminal written by the simulator.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceLogger } from '../../hardware/devices/device-logger.js';
import type { DeviceState } from '../../hardware/devices/device.js';
import type { IdCardEvent, IdUnreadableEvent } from '../../hardware/id-reader/id-reader.js';
import { SerialIdReader } from '../../hardware/id-reader/id-reader-serial.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { SerialDeviceSimulator, sleep, waitUntil, type MrzFraming } from '../helpers/socat-pty.js';

interface Harness {
  dir: string;
  sim: SerialDeviceSimulator;
  reader: SerialIdReader;
  cards: IdCardEvent[];
  unreadable: IdUnreadableEvent[];
  logs: string[];
}

let h: Harness;

const state = (): DeviceState => h.reader.status().state;

function makeReader(devicePath: string, logs: string[]): SerialIdReader {
  const log = (obj: object, msg: string) => logs.push(`${msg} ${JSON.stringify(obj)}`);
  const logger: DeviceLogger = { debug: log, info: log, warn: log, error: log };
  return new SerialIdReader({ path: devicePath, baudRate: 9600, interLineTimeoutMs: 300, reopenIntervalMs: 150 }, logger);
}

beforeEach(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'borne-idr-'));
  const sim = await SerialDeviceSimulator.start({ dir, name: 'id-reader' });
  const logs: string[] = [];
  const reader = makeReader(sim.devicePath, logs);
  h = { dir, sim, reader, cards: [], unreadable: [], logs };
  reader.on('card', (e) => h.cards.push(e));
  reader.on('unreadable', (e) => h.unreadable.push(e));
  await reader.open();
  expect(state()).toBe('ready');
});

afterEach(async () => {
  await h.reader.close();
  await h.sim.stop();
  await rm(h.dir, { recursive: true, force: true });
});

describe('serial ID reader over a pseudo-terminal', () => {
  it.each<[MrzFraming, boolean]>([
    ['cr', false],
    ['lf', false],
    ['crlf', false],
    ['stx-etx', false],
    ['cr', true],
    ['stx-etx', true],
  ])('reads a TD1 card framed %s (padding %s)', async (framing, padding) => {
    await h.sim.writeMrz(MRZ_SPECIMENS['mar-cnie-td1'].lines, framing, { padding });
    await waitUntil('a card', () => h.cards.length === 1);
    const { result } = h.cards[0] ?? { result: null };
    expect(result).toMatchObject({ ok: true, format: 'TD1', failedFields: [] });
    expect(result?.fields).toMatchObject({ issuingState: 'MAR', documentNumber: 'XA0012345', surname: 'BENALI', sex: 'F' });
    expect(h.unreadable).toEqual([]);
    expect(state()).toBe('ready');
  });

  it('reads lines that arrive slowly, within the inter-line timeout', async () => {
    await h.sim.writeMrz(MRZ_SPECIMENS['icao-td1'].lines, 'cr', { interLineDelayMs: 150 });
    await waitUntil('a card', () => h.cards.length === 1);
    expect(h.cards[0]?.result.fields.surname).toBe('ERIKSSON');
  });

  it('reads a passport and an old French ID', async () => {
    await h.sim.writeMrz(MRZ_SPECIMENS['icao-td3'].lines, 'crlf');
    await h.sim.writeMrz(MRZ_SPECIMENS['fr-id-2x36'].lines, 'stx-etx');
    await waitUntil('two cards', () => h.cards.length === 2);
    expect(h.cards.map((c) => c.result.format)).toEqual(['TD3', 'FR-ID']);
  });

  it('hands over a card with a wrong check digit as not ok, naming the field', async () => {
    await h.sim.writeMrz(MRZ_SPECIMENS['bad-check-digit'].lines, 'cr');
    await waitUntil('a card', () => h.cards.length === 1);
    expect(h.cards[0]?.result).toMatchObject({ ok: false, format: 'TD1', failedFields: ['birthDate'] });
    expect(h.logs.join('\n')).not.toMatch(/BENALI|XA0012345/);
  });

  it('reports a partial read, then reads the next card', async () => {
    await h.sim.writeMrz(MRZ_SPECIMENS['icao-td1'].lines.slice(0, 2), 'cr');
    await waitUntil('unreadable', () => h.unreadable.length === 1);
    expect(h.unreadable).toEqual([{ reason: 'partial' }]);
    expect(h.cards).toEqual([]);
    await h.sim.writeMrz(MRZ_SPECIMENS['icao-td1'].lines, 'cr');
    await waitUntil('a card', () => h.cards.length === 1);
  });

  it('survives random garbage and still reads afterwards', async () => {
    let seed = 7;
    const garbage = Buffer.alloc(20000);
    for (let i = 0; i < garbage.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      garbage[i] = seed >> 16;
    }
    await h.sim.write(garbage);
    await sleep(800);
    // Noise is what a reader at another baud rate sends: told to the technician, not fatal.
    expect(h.reader.status()).toMatchObject({ state: 'warning', detail: expect.stringContaining('garbled bytes') });
    h.cards.length = 0;
    h.unreadable.length = 0;
    await h.sim.writeMrz(MRZ_SPECIMENS['icao-td3'].lines, 'cr');
    await waitUntil('a card', () => h.cards.length === 1);
    expect(h.cards[0]?.result.ok).toBe(true);
    expect(state()).toBe('ready');
  });

  it('goes offline when unplugged mid-read and reads again once replugged', async () => {
    const statuses: DeviceState[] = [];
    h.reader.on('status', (s) => statuses.push(s.state));
    await h.sim.write(`${MRZ_SPECIMENS['icao-td1'].lines[0]}\r`);
    await waitUntil('busy', () => state() === 'busy');
    await h.sim.unplug();
    await waitUntil('offline', () => state() === 'offline');
    expect(h.reader.status().detail).toMatch(/disconnected/);
    await sleep(400);
    expect(state()).toBe('offline');
    await h.sim.replug();
    await waitUntil('ready again', () => state() === 'ready');
    await h.sim.writeMrz(MRZ_SPECIMENS['icao-td1'].lines, 'cr');
    await waitUntil('a card', () => h.cards.length === 1);
    expect(h.cards[0]?.result.ok).toBe(true);
    expect(h.unreadable).toEqual([]);
    // The half-read card is dropped with the port, not reported later as a stray partial.
    const offlineAt = statuses.indexOf('offline');
    expect(offlineAt).toBeGreaterThan(0);
    expect(statuses.slice(offlineAt)).toContain('ready');
  });

  it('starts offline when the device is missing and opens it once it appears', async () => {
    await h.sim.unplug();
    await waitUntil('offline', () => state() === 'offline');
    const logs: string[] = [];
    const late = makeReader(path.join(h.dir, 'late'), logs);
    try {
      await late.open();
      expect(late.status()).toMatchObject({ state: 'offline' });
      const sim = await SerialDeviceSimulator.start({ dir: h.dir, name: 'late' });
      try {
        await waitUntil('late reader ready', () => late.status().state === 'ready');
      } finally {
        await sim.stop();
      }
    } finally {
      await late.close();
    }
    expect(late.status().state).toBe('closed');
  });
});
