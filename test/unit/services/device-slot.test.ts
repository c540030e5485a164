// A swapped device keeps its listeners and its identity for everyone holding it, and the
// dev dock still recognises a mock behind it.
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import type { IdCardEvent } from '../../../hardware/id-reader/id-reader.js';
import { MockIdReader } from '../../../hardware/id-reader/id-reader-mock.js';
import { MRZ_SPECIMENS } from '../../../hardware/simulators/mrz-specimens.js';
import { createDeviceSlot } from '../../../main/services/device-slot.js';
import { waitUntil } from '../../helpers/socat-pty.js';

const specimen = Object.values(MRZ_SPECIMENS)[0]!;

describe('device slot', () => {
  it('closes the old driver, opens the new one, and moves the listeners to it', async () => {
    const first = new MockIdReader(silentLogger, { interLineTimeoutMs: 50 });
    const slot = createDeviceSlot(first);
    const cards: IdCardEvent[] = [];
    const states: string[] = [];
    slot.device.on('card', (c) => cards.push(c));
    slot.device.on('status', (s) => states.push(s.state));
    await slot.device.open();

    const second = new MockIdReader(silentLogger, { interLineTimeoutMs: 50 });
    const result = await slot.swap(second);
    expect(result.opened).toBe(true);
    expect(first.status().state).toBe('closed');
    expect(second.status().state).toBe('ready');
    expect(slot.current()).toBe(second);
    expect(first.insert(specimen.lines)).toBe(false);

    expect(slot.device.insert(specimen.lines)).toBe(true);
    await waitUntil('a card through the new driver', () => cards.length === 1);
    expect(states.at(-1)).toBe('ready');
  });

  it('answers instanceof for the driver behind it', () => {
    const slot = createDeviceSlot(new MockIdReader(silentLogger));
    expect(slot.device).toBeInstanceOf(MockIdReader);
    expect(slot.device instanceof Map).toBe(false);
  });

  it('forgets a listener removed with off(), also after a swap', async () => {
    const slot = createDeviceSlot(new MockIdReader(silentLogger, { interLineTimeoutMs: 50 }));
    const cards: IdCardEvent[] = [];
    const listener = (c: IdCardEvent) => cards.push(c);
    slot.device.on('card', listener);
    slot.device.off('card', listener);
    await slot.swap(new MockIdReader(silentLogger, { interLineTimeoutMs: 50 }));
    const kept: IdCardEvent[] = [];
    slot.device.on('card', (c) => kept.push(c));
    slot.device.insert(specimen.lines);
    await waitUntil('the card', () => kept.length === 1);
    expect(cards).toEqual([]);
  });
});
