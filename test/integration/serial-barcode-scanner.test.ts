// The serial barcode-scanner driver against a real pseudo-terminal written by the simulator.
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import type { ScanEvent } from '../../hardware/scanner/barcode-scanner.js';
import { SerialBarcodeScanner } from '../../hardware/scanner/barcode-scanner-serial.js';
import { SerialDeviceSimulator, sleep, waitUntil } from '../helpers/socat-pty.js';

let dir: string;
let sim: SerialDeviceSimulator;
let scanner: SerialBarcodeScanner;
let scans: ScanEvent[];
const codes = () => scans.map((s) => s.code);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'borne-scan-'));
  sim = await SerialDeviceSimulator.start({ dir, name: 'scanner' });
  scanner = new SerialBarcodeScanner({ path: sim.devicePath, baudRate: 9600, reopenIntervalMs: 150 }, silentLogger);
  scans = [];
  scanner.on('scan', (e) => scans.push(e));
  await scanner.open();
  expect(scanner.status().state).toBe('ready');
});

afterEach(async () => {
  await scanner.close();
  await sim.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('serial barcode scanner over a pseudo-terminal', () => {
  it('emits one scan per CR, LF or CRLF terminated code', async () => {
    await sim.write('TICKET-A-042\r');
    await sim.write('RDV:2026-07-01:0930\n');
    await sim.write('https://borne.example/q/AbC_9\r\n');
    await waitUntil('three scans', () => scans.length === 3);
    expect(codes()).toEqual(['TICKET-A-042', 'RDV:2026-07-01:0930', 'https://borne.example/q/AbC_9']);
    expect(scans[0]?.at).toBeInstanceOf(Date);
  });

  it('debounces a code repeated within 300 ms but takes it again later', async () => {
    await sim.write('SAME\rSAME\r');
    await sleep(100);
    await sim.write('SAME\r');
    await waitUntil('first scan', () => scans.length === 1);
    await sleep(400);
    await sim.write('SAME\r');
    await waitUntil('second scan', () => scans.length === 2);
    expect(codes()).toEqual(['SAME', 'SAME']);
  });

  it('drops non-printable and over-long codes and carries on', async () => {
    await sim.write(Buffer.from([0x42, 0xff, 0x41, 0x0d]));
    await sim.write(`${'7'.repeat(400)}\r`);
    await sim.write('GOOD-1\r');
    await waitUntil('a scan', () => scans.length === 1);
    await sleep(150);
    expect(codes()).toEqual(['GOOD-1']);
  });

  it('goes offline when unplugged and scans again once replugged', async () => {
    await sim.unplug();
    await waitUntil('offline', () => scanner.status().state === 'offline');
    await sim.replug();
    await waitUntil('ready', () => scanner.status().state === 'ready');
    await sim.write('AFTER-REPLUG\r');
    await waitUntil('a scan', () => scans.length === 1);
    expect(codes()).toEqual(['AFTER-REPLUG']);
  });

  it('notices a vanished device node even when the port itself reports no error', async () => {
    // socat keeps the pty alive: only the watch on the device path can tell.
    await unlink(sim.devicePath);
    await waitUntil('offline', () => scanner.status().state === 'offline');
    expect(scanner.status().detail).toMatch(/disconnected/);
    await sim.unplug();
    await sim.replug();
    await waitUntil('ready', () => scanner.status().state === 'ready');
    await sim.write('BACK\r');
    await waitUntil('a scan', () => scans.length === 1);
  });
});
