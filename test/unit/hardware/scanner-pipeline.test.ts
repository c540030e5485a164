import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import type { ScanEvent } from '../../../hardware/scanner/barcode-scanner.js';
import { MockBarcodeScanner } from '../../../hardware/scanner/barcode-scanner-mock.js';
import { SerialBarcodeScanner } from '../../../hardware/scanner/barcode-scanner-serial.js';
import { createBarcodeScanner } from '../../../hardware/scanner/create-barcode-scanner.js';

async function openScanner() {
  const scanner = new MockBarcodeScanner(silentLogger);
  const scans: ScanEvent[] = [];
  scanner.on('scan', (e) => scans.push(e));
  await scanner.open();
  return { scanner, scans, codes: () => scans.map((s) => s.code) };
}

describe('barcode scanner pipeline', () => {
  afterEach(() => vi.useRealTimers());

  it('takes one code per CR, LF or CRLF, whatever the chunking', async () => {
    const stream = Buffer.from('A-001\rB-002\nC-003\r\nhttps://x.ma/q?id=7_8\r', 'latin1');
    for (let cut = 0; cut <= stream.length; cut++) {
      const { scanner, codes } = await openScanner();
      scanner.scanRaw(stream.subarray(0, cut));
      scanner.scanRaw(stream.subarray(cut));
      expect(codes()).toEqual(['A-001', 'B-002', 'C-003', 'https://x.ma/q?id=7_8']);
    }
  });

  it('debounces the same code within 300 ms, measured from its latest sighting', async () => {
    vi.useFakeTimers();
    const { scanner, codes } = await openScanner();
    expect(scanner.scan('T-1')).toBe(true);
    vi.advanceTimersByTime(200);
    expect(scanner.scan('T-1')).toBe(false);
    vi.advanceTimersByTime(200);
    expect(scanner.scan('T-1')).toBe(false);
    expect(scanner.scan('T-2')).toBe(true);
    vi.advanceTimersByTime(301);
    expect(scanner.scan('T-2')).toBe(true);
    expect(codes()).toEqual(['T-1', 'T-2', 'T-2']);
  });

  it('rejects codes with bytes outside printable ASCII, and over-long ones', async () => {
    const { scanner, codes } = await openScanner();
    scanner.scanRaw(Buffer.from([0x41, 0xc3, 0xa9, 0x0d]));
    scanner.scanRaw(Buffer.from(`${'9'.repeat(300)}\rOK-1\r`, 'latin1'));
    expect(scanner.scan('caf\u00e9')).toBe(false);
    expect(scanner.scan('x'.repeat(257))).toBe(false);
    expect(scanner.scan('x'.repeat(256))).toBe(true);
    expect(codes()).toEqual(['OK-1', 'x'.repeat(256)]);
  });

  it('delivers a code sent without terminator once the line goes quiet', async () => {
    vi.useFakeTimers();
    const { scanner, codes } = await openScanner();
    scanner.scanRaw(Buffer.from('NO-END', 'latin1'));
    expect(codes()).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(codes()).toEqual(['NO-END']);
  });

  it('delivers nothing while unplugged or closed', async () => {
    const { scanner, codes } = await openScanner();
    scanner.setUnplugged(true);
    expect(scanner.scan('A')).toBe(false);
    scanner.setUnplugged(false);
    expect(scanner.scan('B')).toBe(true);
    await scanner.close();
    expect(scanner.scan('C')).toBe(false);
    expect(codes()).toEqual(['B']);
  });

  it('createBarcodeScanner builds the configured driver', () => {
    const mock = createBarcodeScanner({ driver: 'mock' }, silentLogger);
    const serial = createBarcodeScanner({ driver: 'serial', path: '/dev/ttyACM9', baudRate: 9600 }, silentLogger);
    expect(mock).toBeInstanceOf(MockBarcodeScanner);
    expect(serial).toBeInstanceOf(SerialBarcodeScanner);
    expect([mock.id, serial.id, serial.kind]).toEqual(['barcode-scanner', 'barcode-scanner', 'barcode-scanner']);
  });
});
