// The kiosk opens, lists and closes the badge reader with its other devices, and has none
// when the configuration says so.
import { describe, expect, it } from 'vitest';
import { MockBadgeReader } from '../../../hardware/badge-reader/badge-reader-mock.js';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import { hardwareConfigSchema } from '../../../hardware/hardware-config.js';
import { allDevices, closeAll, createKioskDevices, openAll } from '../../../main/services/kiosk-devices.js';

const mocks = { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock' } };

describe('badge reader among the kiosk devices', () => {
  it('is opened with the others, shows in their statuses and is closed with them', async () => {
    const devices = createKioskDevices(hardwareConfigSchema.parse(mocks), silentLogger);
    expect(devices.badgeReader).toBeInstanceOf(MockBadgeReader);
    await openAll(devices, silentLogger);
    const badge = allDevices(devices).map((d) => d.status()).find((s) => s.kind === 'badge-reader');
    expect(badge).toEqual({ id: 'badge-reader', kind: 'badge-reader', driver: 'mock', state: 'ready' });
    await closeAll(devices, silentLogger);
    expect(devices.badgeReader?.status().state).toBe('closed');
  });

  it('is absent from the kiosk when the configuration says none', () => {
    const devices = createKioskDevices(hardwareConfigSchema.parse({ ...mocks, badgeReader: { driver: 'none' } }), silentLogger);
    expect(devices.badgeReader).toBeUndefined();
    expect(allDevices(devices).map((d) => d.kind)).toEqual(['id-reader', 'barcode-scanner', 'printer', 'payment-terminal']);
  });
});
