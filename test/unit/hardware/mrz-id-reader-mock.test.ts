import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeviceLogger } from '../../../hardware/devices/device-logger.js';
import type { DeviceStatus } from '../../../hardware/devices/device.js';
import { createIdReader } from '../../../hardware/id-reader/create-id-reader.js';
import type { IdCardEvent, IdUnreadableEvent } from '../../../hardware/id-reader/id-reader.js';
import { MockIdReader } from '../../../hardware/id-reader/id-reader-mock.js';
import { SerialIdReader } from '../../../hardware/id-reader/id-reader-serial.js';
import { MRZ_SPECIMENS } from '../../../hardware/simulators/mrz-specimens.js';

function recordingLogger() {
  const entries: string[] = [];
  const log = (obj: object, msg: string) => entries.push(`${msg} ${JSON.stringify(obj)}`);
  const logger: DeviceLogger = { debug: log, info: log, warn: log, error: log };
  return { logger, entries };
}

async function openMock() {
  const { logger, entries } = recordingLogger();
  const reader = new MockIdReader(logger, { interLineTimeoutMs: 400 });
  const cards: IdCardEvent[] = [];
  const unreadable: IdUnreadableEvent[] = [];
  const states: DeviceStatus['state'][] = [];
  reader.on('card', (e) => cards.push(e));
  reader.on('unreadable', (e) => unreadable.push(e));
  reader.on('status', (s) => states.push(s.state));
  await reader.open();
  return { reader, cards, unreadable, states, entries };
}

describe('MockIdReader', () => {
  afterEach(() => vi.useRealTimers());

  it('emits a card for every dock specimen, bad check digit included', async () => {
    const { reader, cards } = await openMock();
    for (const specimen of Object.values(MRZ_SPECIMENS)) expect(reader.insert(specimen.lines)).toBe(true);
    expect(cards.map((c) => [c.result.format, c.result.ok])).toEqual([
      ['TD1', true],
      ['TD1', true],
      ['TD3', true],
      ['FR-ID', true],
      ['TD1', false],
    ]);
    expect(cards[4]?.result.failedFields).toEqual(['birthDate']);
    expect(cards[0]?.readAt).toBeInstanceOf(Date);
  });

  it('frames raw bytes like the serial driver', async () => {
    const { reader, cards } = await openMock();
    reader.insertRaw(Buffer.from(`\x02${MRZ_SPECIMENS['icao-td3'].lines.join('\r\n')}\x03`, 'latin1'));
    expect(cards[0]?.result.format).toBe('TD3');
  });

  it('reports a partial read and goes busy meanwhile', async () => {
    vi.useFakeTimers();
    const { reader, unreadable, states } = await openMock();
    reader.insert(MRZ_SPECIMENS['icao-td1'].lines.slice(0, 2));
    expect(reader.status().state).toBe('busy');
    vi.advanceTimersByTime(400);
    expect(unreadable).toEqual([{ reason: 'partial' }]);
    expect(states).toEqual(['ready', 'busy', 'ready']);
  });

  it('reports over-long lines', async () => {
    const { reader, unreadable } = await openMock();
    reader.insertRaw(Buffer.alloc(500, 0x3c));
    expect(unreadable).toEqual([{ reason: 'over-long' }]);
  });

  it('delivers nothing while unplugged or closed', async () => {
    const { reader, cards } = await openMock();
    reader.setUnplugged(true);
    expect(reader.status()).toMatchObject({ state: 'offline' });
    expect(reader.insert(MRZ_SPECIMENS['icao-td1'].lines)).toBe(false);
    reader.setUnplugged(false);
    expect(reader.insert(MRZ_SPECIMENS['icao-td1'].lines)).toBe(true);
    await reader.close();
    expect(reader.insert(MRZ_SPECIMENS['icao-td1'].lines)).toBe(false);
    expect(cards).toHaveLength(1);
  });

  it('logs reads without personal data', async () => {
    const { reader, entries } = await openMock();
    reader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines);
    expect(entries.join('\n')).toMatch(/TD1/);
    expect(entries.join('\n')).not.toMatch(/BENALI|FATIMA|XA0012345|BK123456|850614/);
  });
});

describe('createIdReader', () => {
  it('builds the driver the configuration names, with the shared device id', () => {
    const { logger } = recordingLogger();
    const mock = createIdReader({ driver: 'mock' }, logger);
    const serial = createIdReader({ driver: 'serial', path: '/dev/ttyUSB9', baudRate: 9600, interLineTimeoutMs: 400 }, logger);
    expect(mock).toBeInstanceOf(MockIdReader);
    expect(serial).toBeInstanceOf(SerialIdReader);
    expect([mock.id, mock.kind, serial.id, serial.driver]).toEqual(['id-reader', 'id-reader', 'id-reader', 'serial']);
    expect(serial.status().state).toBe('closed');
  });
});
