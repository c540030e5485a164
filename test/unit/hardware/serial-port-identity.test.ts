// Which port a serial device reopens after an unplug, decided from the system's port list
// (injected: it is the hardware boundary) and from which paths exist on disk.
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hardwareConfigSchema } from '../../../hardware/hardware-config.js';
import { describeOpenProblem } from '../../../hardware/serial/serial-open-problem.js';
import { findListedPort, identityOf, matchesIdentity, type ListedSerialPort } from '../../../hardware/serial/serial-port-identity.js';
import { chooseTarget, type TargetQuery } from '../../../hardware/serial/serial-port-target.js';

let dir: string;
const at = (name: string) => path.join(dir, name);
const plug = (name: string) => writeFile(at(name), '');

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'borne-identity-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const READER = { vendorId: '0403', productId: '6001', serialNumber: 'A9XK2' };

function query(over: Partial<TargetQuery> & { ports?: ListedSerialPort[] }): TargetQuery {
  const ports = over.ports ?? [];
  return {
    configuredPath: at('ttyUSB0'),
    configured: null,
    learned: null,
    list: async () => ports,
    taken: new Set(),
    wasOpen: true,
    ...over,
  };
}

describe('finding a serial device again after it was unplugged', () => {
  it('picks, among several ports, the one with the same vendor, product and serial number', async () => {
    await Promise.all([plug('ttyUSB1'), plug('ttyUSB2'), plug('ttyACM0')]);
    const ports = [
      { path: at('ttyACM0'), vendorId: '1a86', productId: '7523' },
      { path: at('ttyUSB1'), vendorId: '0403', productId: '6001', serialNumber: 'OTHER1' },
      { path: at('ttyUSB2'), vendorId: '0403', productId: '6001', serialNumber: 'A9XK2' },
    ];
    expect(await chooseTarget(query({ learned: READER, ports }))).toEqual({ path: at('ttyUSB2'), moved: true });
  });

  it('ignores a port of the same model with a different serial number', async () => {
    await plug('ttyUSB1');
    const ports = [{ path: at('ttyUSB1'), vendorId: '0403', productId: '6001', serialNumber: 'OTHER1' }];
    const target = await chooseTarget(query({ configured: READER, ports }));
    expect(target.path).toBeNull();
    expect(target).toMatchObject({ detail: expect.stringMatching(/unplugged.*waiting for it to come back/) });
  });

  it('prefers the configured path when it is back, even if the identity is listed elsewhere too', async () => {
    await Promise.all([plug('ttyUSB0'), plug('ttyUSB1')]);
    const ports = [{ path: at('ttyUSB1'), vendorId: '0403', productId: '6001', serialNumber: 'A9XK2' }];
    expect(await chooseTarget(query({ learned: READER, ports }))).toEqual({ path: at('ttyUSB0'), moved: false });
  });

  it('does not take the configured path when the configuration names another device than the one plugged there', async () => {
    await Promise.all([plug('ttyUSB0'), plug('ttyUSB1')]);
    const ports = [
      { path: at('ttyUSB0'), vendorId: '1a86', productId: '7523' },
      { path: at('ttyUSB1'), vendorId: '0x0403', productId: '6001', serialNumber: 'A9XK2' },
    ];
    expect(await chooseTarget(query({ configured: READER, ports }))).toEqual({ path: at('ttyUSB1'), moved: true });
    const alone = await chooseTarget(query({ configured: READER, ports: ports.slice(0, 1) }));
    expect(alone).toMatchObject({ path: null, reason: 'wrong-device', detail: expect.stringContaining('another device (USB 1a86:7523)') });
  });

  it('never takes a port another device of the kiosk holds, nor guesses between twins with no serial number', async () => {
    await Promise.all([plug('ttyUSB1'), plug('ttyUSB2')]);
    const noSerial = { vendorId: '0403', productId: '6001' };
    const ports = [
      { path: at('ttyUSB1'), ...noSerial },
      { path: at('ttyUSB2'), ...noSerial },
    ];
    const twins = await chooseTarget(query({ learned: noSerial, ports }));
    expect(twins).toMatchObject({ path: null, reason: 'ambiguous-device', detail: expect.stringMatching(/several ports.*not guessing/) });
    expect(await chooseTarget(query({ learned: noSerial, ports, taken: new Set([at('ttyUSB1')]) }))).toEqual({ path: at('ttyUSB2'), moved: true });
  });

  it('says the port does not exist when it never came, and reads the configured path when the list cannot be had', async () => {
    const never = await chooseTarget(query({ wasOpen: false }));
    expect(never).toMatchObject({ path: null, detail: expect.stringContaining(`port does not exist: nothing at ${at('ttyUSB0')}`) });
    await plug('ttyUSB0');
    const noList = query({ configured: READER, list: () => Promise.reject(new Error('spawn udevadm ENOENT')) });
    expect(await chooseTarget(noList)).toEqual({ path: at('ttyUSB0'), moved: false });
  });

  it('knows a /dev/serial/by-id link and the tty it points to are the same port', async () => {
    await plug('ttyUSB3');
    await symlink(at('ttyUSB3'), at('usb-FTDI_A9XK2-if00'));
    const listed = await findListedPort(at('usb-FTDI_A9XK2-if00'), [{ path: at('ttyUSB3'), vendorId: '403', productId: '6001', serialNumber: 'A9XK2' }]);
    expect(listed && identityOf(listed)).toEqual(READER);
    expect(matchesIdentity({ vendorId: '0403', productId: '6001' }, { path: 'x', vendorId: '0403', productId: '6001', serialNumber: 'Z' })).toBe(true);
  });
});

describe('why a port would not open, in plain words', () => {
  it('tells a missing port from a forbidden one and from a busy one', () => {
    const p = '/dev/ttyUSB0';
    expect(describeOpenProblem(new Error('Error: No such file or directory, cannot open /dev/ttyUSB0'), p)).toMatch(/^port does not exist/);
    expect(describeOpenProblem(new Error('Error: Permission denied, cannot open /dev/ttyUSB0'), p)).toMatch(/^permission denied.*dialout/);
    expect(describeOpenProblem(new Error('Error Resource temporarily unavailable Cannot lock port'), p)).toMatch(/^busy: another program holds/);
    expect(describeOpenProblem(new Error('Inappropriate ioctl for device setting custom baud rate of 9600'), p)).toMatch(/^cannot open \/dev\/ttyUSB0: Inappropriate ioctl/);
  });
});

describe('the usb identity in the configuration', () => {
  const base = { idReader: { driver: 'mock' }, printer: { driver: 'mock' } };
  it('takes hex vendor and product ids with an optional serial number, and refuses anything else with its field', () => {
    const ok = hardwareConfigSchema.safeParse({
      ...base,
      barcodeScanner: { driver: 'serial', path: '/dev/ttyACM0', usb: { vendorId: '05E0', productId: '0x1200', serialNumber: 'S123' } },
    });
    expect(ok.success).toBe(true);
    const bad = hardwareConfigSchema.safeParse({ ...base, barcodeScanner: { driver: 'serial', path: '/dev/ttyACM0', usb: { vendorId: 'FTDI', productId: '6001' } } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['barcodeScanner', 'usb', 'vendorId']);
    expect(bad.error?.issues[0]?.message).toMatch(/4 hex digits/);
  });
});
