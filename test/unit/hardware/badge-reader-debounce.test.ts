// A badge held to the reader sends its frame many times a second: the staff member must get
// one read per presentation, a new read for another badge, and one 'unreadable' for a
// badge read badly, with the id never in the logs. The clock is injected.
import { describe, expect, it } from 'vitest';
import { encodeBadgeFrame } from '../../../hardware/badge-reader/badge-frame.js';
import type { BadgeReadEvent, BadgeUnreadableEvent } from '../../../hardware/badge-reader/badge-reader.js';
import { MockBadgeReader } from '../../../hardware/badge-reader/badge-reader-mock.js';
import { SerialBadgeReader } from '../../../hardware/badge-reader/badge-reader-serial.js';
import { createBadgeReader } from '../../../hardware/badge-reader/create-badge-reader.js';
import type { DeviceLogger } from '../../../hardware/devices/device-logger.js';
import { hardwareConfigSchema } from '../../../hardware/hardware-config.js';

const A = '0F00A1B2C3';
const B = '1234567890';

function recordingLogger() {
  const lines: string[] = [];
  const log = (obj: object, msg: string) => lines.push(`${msg} ${JSON.stringify(obj)}`);
  const logger: DeviceLogger = { debug: log, info: log, warn: log, error: log };
  return { logger, lines };
}

async function readerWithClock() {
  let t = 1_000_000;
  const { logger, lines } = recordingLogger();
  const reader = new MockBadgeReader(logger, { now: () => t });
  const badges: BadgeReadEvent[] = [];
  const unreadable: BadgeUnreadableEvent[] = [];
  reader.on('badge', (e) => badges.push(e));
  reader.on('unreadable', (e) => unreadable.push(e));
  await reader.open();
  const hold = (id: string, frames: number, everyMs = 100, corruptChecksum = false) => {
    for (let i = 0; i < frames; i++) {
      reader.present(id, { corruptChecksum });
      t += everyMs;
    }
  };
  return { reader, badges, unreadable, lines, hold, wait: (ms: number) => (t += ms) };
}

describe('badge read debouncing', () => {
  it('turns a badge held for three seconds into one read', async () => {
    const r = await readerWithClock();
    r.hold(A, 30);
    expect(r.badges.map((b) => b.badgeId)).toEqual([A]);
    expect(r.unreadable).toEqual([]);
  });

  it('reads the same badge again once it was taken away for longer than the hold gap', async () => {
    const r = await readerWithClock();
    r.hold(A, 5);
    r.wait(1000);
    r.hold(A, 5);
    expect(r.badges).toHaveLength(1);
    r.wait(1600);
    r.hold(A, 5);
    expect(r.badges.map((b) => b.badgeId)).toEqual([A, A]);
  });

  it('reads another badge at once, even within the hold gap', async () => {
    const r = await readerWithClock();
    r.hold(A, 3);
    r.hold(B, 3);
    r.hold(A, 3);
    expect(r.badges.map((b) => b.badgeId)).toEqual([A, B, A]);
  });

  it('reports a badge read badly once, with the reason and not the id', async () => {
    const r = await readerWithClock();
    r.hold(A, 10, 100, true);
    expect(r.badges).toEqual([]);
    expect(r.unreadable.map((u) => u.reason)).toEqual(['checksum']);
    expect(r.lines.join('\n')).toContain('checksum');
    expect(r.lines.join('\n')).not.toContain(A);
  });

  it('ignores a corrupted frame in the middle of a good presentation', async () => {
    const r = await readerWithClock();
    r.hold(A, 3);
    r.hold(A, 1, 100, true);
    r.hold(A, 3);
    expect(r.badges.map((b) => b.badgeId)).toEqual([A]);
    expect(r.unreadable).toEqual([]);
  });

  it('still reads a badge whose first frame was corrupted', async () => {
    const r = await readerWithClock();
    r.hold(A, 1, 100, true);
    r.hold(A, 3);
    expect(r.unreadable.map((u) => u.reason)).toEqual(['checksum']);
    expect(r.badges.map((b) => b.badgeId)).toEqual([A]);
  });

  it('never logs a badge id when a read succeeds', async () => {
    const r = await readerWithClock();
    r.hold(A, 3);
    expect(r.lines.some((l) => l.startsWith('badge read'))).toBe(true);
    expect(r.lines.join('\n')).not.toContain(A);
  });

  it('reads nothing while unplugged or closed, and reads again once plugged back', async () => {
    const r = await readerWithClock();
    r.reader.setUnplugged(true);
    expect(r.reader.present(A)).toBe(false);
    expect(r.reader.status()).toMatchObject({ id: 'badge-reader', kind: 'badge-reader', state: 'offline' });
    r.reader.setUnplugged(false);
    expect(r.reader.present(A)).toBe(true);
    await r.reader.close();
    expect(r.reader.present(B)).toBe(false);
    expect(r.badges.map((b) => b.badgeId)).toEqual([A]);
  });

  it('takes raw bytes split anywhere', async () => {
    const r = await readerWithClock();
    const frame = encodeBadgeFrame(B);
    r.reader.presentRaw(frame.subarray(0, 5));
    r.reader.presentRaw(frame.subarray(5));
    expect(r.badges.map((b) => b.badgeId)).toEqual([B]);
  });
});

describe('badge reader configuration', () => {
  it('defaults to the mock reader when the configuration names none', () => {
    const hw = hardwareConfigSchema.parse({ idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock' } });
    expect(hw.badgeReader).toEqual({ driver: 'mock' });
  });

  it('builds the driver the configuration names, and nothing for none', () => {
    const base = { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock' } };
    const serial = hardwareConfigSchema.parse({ ...base, badgeReader: { driver: 'serial', path: '/dev/ttyUSB3' } }).badgeReader;
    expect(serial).toEqual({ driver: 'serial', path: '/dev/ttyUSB3', baudRate: 9600, holdGapMs: 1500 });
    const logger = recordingLogger().logger;
    expect(createBadgeReader(serial, logger)).toBeInstanceOf(SerialBadgeReader);
    expect(createBadgeReader({ driver: 'mock' }, logger)).toBeInstanceOf(MockBadgeReader);
    expect(createBadgeReader({ driver: 'none' }, logger)).toBeNull();
  });

  it('refuses a serial reader without a path or at an odd speed', () => {
    const base = { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock' } };
    expect(hardwareConfigSchema.safeParse({ ...base, badgeReader: { driver: 'serial' } }).success).toBe(false);
    expect(hardwareConfigSchema.safeParse({ ...base, badgeReader: { driver: 'serial', path: '/dev/ttyS1', baudRate: 1234 } }).success).toBe(false);
  });
});
