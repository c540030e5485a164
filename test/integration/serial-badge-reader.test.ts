// The serial badge-reader driver against a real pseudo-terminal, a badge held to it as a
// 125 kHz reader repeats its frame.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BadgeReadEvent, BadgeUnreadableEvent } from '../../hardware/badge-reader/badge-reader.js';
import { SerialBadgeReader } from '../../hardware/badge-reader/badge-reader-serial.js';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { SerialDeviceSimulator, sleep, waitUntil } from '../helpers/socat-pty.js';

const A = '0F00A1B2C3';
const B = '1234567890';

let dir: string;
let sim: SerialDeviceSimulator;
let reader: SerialBadgeReader;
let badges: BadgeReadEvent[];
let unreadable: BadgeUnreadableEvent[];
const ids = () => badges.map((b) => b.badgeId);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'borne-badge-'));
  sim = await SerialDeviceSimulator.start({ dir, name: 'badge-reader' });
  reader = new SerialBadgeReader({ path: sim.devicePath, baudRate: 9600, holdGapMs: 600, reopenIntervalMs: 150 }, silentLogger);
  badges = [];
  unreadable = [];
  reader.on('badge', (e) => badges.push(e));
  reader.on('unreadable', (e) => unreadable.push(e));
  await reader.open();
  expect(reader.status().state).toBe('ready');
});

afterEach(async () => {
  await reader.close();
  await sim.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('serial badge reader over a pseudo-terminal', () => {
  it('reads a badge held for a dozen frames once', async () => {
    await holdBadge(sim, A, { frames: 12, intervalMs: 50 });
    await waitUntil('a read', () => badges.length === 1);
    await sleep(200);
    expect(ids()).toEqual([A]);
    expect(unreadable).toEqual([]);
  });

  it('reads frames that arrive in pieces, with line noise between them', async () => {
    await sim.write('\x00\xffnoise');
    await holdBadge(sim, B, { frames: 3, intervalMs: 30, splitFrames: true });
    await waitUntil('a read', () => badges.length === 1);
    expect(ids()).toEqual([B]);
  });

  it('reports a badge with a bad checksum as unreadable, once, and reads nothing', async () => {
    await holdBadge(sim, A, { frames: 8, intervalMs: 50, corruptChecksum: true });
    await waitUntil('unreadable', () => unreadable.length === 1);
    await sleep(200);
    expect(unreadable.map((u) => u.reason)).toEqual(['checksum']);
    expect(badges).toEqual([]);
  });

  it('reads two badges presented one after the other as two reads', async () => {
    await holdBadge(sim, A, { frames: 4, intervalMs: 50 });
    await holdBadge(sim, B, { frames: 4, intervalMs: 50 });
    await waitUntil('two reads', () => badges.length === 2);
    expect(ids()).toEqual([A, B]);
  });

  it('goes offline when unplugged and reads again once replugged', async () => {
    await sim.unplug();
    await waitUntil('offline', () => reader.status().state === 'offline');
    await sim.replug();
    await waitUntil('ready', () => reader.status().state === 'ready');
    await holdBadge(sim, A, { frames: 3, intervalMs: 50 });
    await waitUntil('a read', () => badges.length === 1);
    expect(ids()).toEqual([A]);
  });
});
