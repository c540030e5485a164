// Hot-plug on real pseudo-terminals: socat killed is a cable pulled out, socat started again
// is the device plugged back, at the same path or (another socket) at another one. Only the
// system's port list is a stand-in: a pty has no USB identity to list.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import type { ScanEvent } from '../../hardware/scanner/barcode-scanner.js';
import { SerialBarcodeScanner } from '../../hardware/scanner/barcode-scanner-serial.js';
import type { ListedSerialPort } from '../../hardware/serial/serial-port-identity.js';
import { SerialDeviceSimulator, waitUntil } from '../helpers/socat-pty.js';

let dir: string;
let sims: SerialDeviceSimulator[];
let scanner: SerialBarcodeScanner | undefined;
let scans: ScanEvent[];
/** What SerialPort.list() would say: the test moves the scanner's USB identity around. */
let listed: ListedSerialPort[];
const SCANNER_USB = { vendorId: '05e0', productId: '1200', serialNumber: 'S-0042' };

function makeScanner(devicePath: string, match?: typeof SCANNER_USB): SerialBarcodeScanner {
  const s = new SerialBarcodeScanner(
    { path: devicePath, baudRate: 9600, reopenIntervalMs: 150, listPorts: async () => listed, ...(match ? { match } : {}) },
    silentLogger,
  );
  s.on('scan', (e) => scans.push(e));
  return s;
}

async function startSim(name: string): Promise<SerialDeviceSimulator> {
  const sim = await SerialDeviceSimulator.start({ dir, name });
  sims.push(sim);
  return sim;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'borne-hotplug-'));
  sims = [];
  scans = [];
  listed = [];
});

afterEach(async () => {
  await scanner?.close();
  scanner = undefined;
  await Promise.all(sims.map((s) => s.stop()));
  await rm(dir, { recursive: true, force: true });
});

describe('a serial device unplugged and plugged again', () => {
  it('goes offline in plain words, comes back by itself at the same path and reads again', async () => {
    const sim = await startSim('scanner');
    scanner = makeScanner(sim.devicePath);
    await scanner.open();
    expect(scanner.status().state).toBe('ready');

    await sim.unplug();
    await waitUntil('offline', () => scanner!.status().state === 'offline');
    expect(scanner.status()).toMatchObject({ reason: 'unplugged', detail: expect.stringMatching(/unplugged.*waiting for it to come back/) });
    await sim.replug();
    await waitUntil('ready', () => scanner!.status().state === 'ready');
    expect(scanner.status().detail).toBe('reconnected');
    await sim.write('AFTER-REPLUG\r');
    await waitUntil('a scan', () => scans.length === 1);
    expect(scans.map((s) => s.code)).toEqual(['AFTER-REPLUG']);
  });

  it('is found at another path carrying the same USB identity it had when it was opened', async () => {
    const first = await startSim('ttyUSB0');
    listed = [{ path: first.devicePath, ...SCANNER_USB }];
    scanner = makeScanner(first.devicePath);
    await scanner.open();
    expect(scanner.status().state).toBe('ready');

    await first.stop();
    await waitUntil('offline', () => scanner!.status().state === 'offline');
    // Another adapter of the same model shows up first: not the scanner, it stays offline.
    const twin = await startSim('ttyUSB2');
    listed = [{ path: twin.devicePath, ...SCANNER_USB, serialNumber: 'S-9999' }];
    const moved = await startSim('ttyUSB1');
    listed = [...listed, { path: moved.devicePath, ...SCANNER_USB }];
    await waitUntil('ready again', () => scanner!.status().state === 'ready');
    expect(scanner.status().detail).toBe(`found again at ${moved.devicePath} (same USB id: USB 05e0:1200 serial S-0042)`);
    await moved.write('MOVED-1\r');
    await twin.write('TWIN-1\r');
    await waitUntil('a scan', () => scans.length === 1);
    await moved.write('MOVED-2\r');
    await waitUntil('two scans', () => scans.length === 2);
    expect(scans.map((s) => s.code)).toEqual(['MOVED-1', 'MOVED-2']);
  });

  it('with a configured identity, opens the device at another path even when the configured one never existed', async () => {
    const elsewhere = await startSim('ttyACM3');
    listed = [{ path: elsewhere.devicePath, vendorId: '0x05E0', productId: '1200', serialNumber: 'S-0042' }];
    scanner = makeScanner(path.join(dir, 'ttyACM0'), SCANNER_USB);
    await scanner.open();
    expect(scanner.status()).toMatchObject({ state: 'ready', detail: expect.stringContaining(`found again at ${elsewhere.devicePath}`) });
    await elsewhere.write('CONFIGURED-ID\r');
    await waitUntil('a scan', () => scans.length === 1);
  });

  it('says a port that does not exist does not exist, and opens it once it appears', async () => {
    const devicePath = path.join(dir, 'late');
    scanner = makeScanner(devicePath);
    await scanner.open();
    expect(scanner.status()).toMatchObject({
      state: 'offline',
      reason: 'port-missing',
      detail: expect.stringContaining(`port does not exist: nothing at ${devicePath}`),
    });
    const late = await startSim('late');
    await waitUntil('ready', () => scanner!.status().state === 'ready');
    await late.write('LATE\r');
    await waitUntil('a scan', () => scans.length === 1);
  });
});

describe('a device sending noise (set to another baud rate)', () => {
  it('is shown with a warning naming the baud rate, keeps its driver dropping the noise, and is ready once clean codes come', async () => {
    const sim = await startSim('scanner');
    scanner = makeScanner(sim.devicePath);
    await scanner.open();
    // What 9600-baud bytes look like to a device at 115200: NULs, high bytes, stray controls.
    const noise = Buffer.from(Array.from({ length: 96 }, (_, i) => [0x00, 0xf8, 0x80, 0xfe, 0x1c, 0x0d][i % 6]!));
    await sim.write(noise);
    await waitUntil('a warning', () => scanner!.status().state === 'warning');
    expect(scanner.status()).toMatchObject({ reason: 'garbled-bytes', detail: expect.stringContaining('9600 baud') });
    expect(scans).toEqual([]);
    await sim.write('CLEAN-042\r');
    await waitUntil('a scan', () => scans.length === 1);
    expect(scanner.status().state).toBe('ready');
  });
});
