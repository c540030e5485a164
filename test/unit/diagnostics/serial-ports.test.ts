// The serial ports screen: the system list (the hardware boundary, scripted here) beside the
// configured paths, checked on disk for real.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hardwareConfigSchema } from '../../../hardware/hardware-config.js';
import { inspectSerialPorts } from '../../../main/diagnostics/serial-ports.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-ports-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function hardware(readerPath: string, scannerPath: string) {
  return hardwareConfigSchema.parse({
    idReader: { driver: 'serial', path: readerPath },
    barcodeScanner: { driver: 'serial', path: scannerPath },
    printer: { driver: 'escpos', interface: 'tcp://127.0.0.1:9100' },
    badgeReader: { driver: 'none' },
  });
}

describe('serial ports', () => {
  it('tells which device uses a listed port, through a by-id style link, and which configured path is missing', async () => {
    const real = join(dir, 'ttyUSB0');
    await writeFile(real, '');
    const link = join(dir, 'usb-ACME_Reader_42-if00');
    await symlink(real, link);
    const missing = join(dir, 'ttyUSB9');
    const result = await inspectSerialPorts(hardware(link, missing), async () => [
      { path: real, manufacturer: 'ACME', vendorId: '0403', productId: '6001', serialNumber: 'A1B2' },
      { path: '/dev/ttyS0' },
    ]);
    expect(result.problem).toBeUndefined();
    expect(result.ports).toEqual([
      { path: real, manufacturer: 'ACME', vendorId: '0403', productId: '6001', serialNumber: 'A1B2', usedBy: 'id-reader' },
      { path: '/dev/ttyS0', manufacturer: null, vendorId: null, productId: null, serialNumber: null, usedBy: null },
    ]);
    expect(result.configured).toEqual([
      { deviceId: 'id-reader', path: link, listed: true, present: true },
      { deviceId: 'barcode-scanner', path: missing, listed: false, present: false },
    ]);
  });

  it('says in plain words that udevadm is missing, and still checks the configured paths', async () => {
    const real = join(dir, 'ttyACM0');
    await writeFile(real, '');
    const result = await inspectSerialPorts(hardware(real, join(dir, 'nope')), async () => {
      throw Object.assign(new Error('spawn udevadm ENOENT\n    at ChildProcess._handle.onexit'), { code: 'ENOENT' });
    });
    expect(result.ports).toEqual([]);
    expect(result.problem).toContain("the system's udevadm is missing");
    expect(result.problem).not.toContain('onexit');
    expect(result.configured.map((c) => [c.deviceId, c.present])).toEqual([
      ['id-reader', true],
      ['barcode-scanner', false],
    ]);
  });

  it('gives the first line of any other failure, never a stack', async () => {
    const result = await inspectSerialPorts(hardware('/dev/ttyUSB0', '/dev/ttyUSB1'), async () => {
      throw new Error('permission denied\n    at list (bindings.js:1:1)');
    });
    expect(result.problem).toBe("the system's serial port list could not be read (permission denied); configured paths are still checked");
  });
});
