// The technician's per-device counters, fed by the mock drivers (the hardware boundary).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockBadgeReader } from '../../../hardware/badge-reader/badge-reader-mock.js';
import type { DeviceLogger } from '../../../hardware/devices/device-logger.js';
import { MockIdReader } from '../../../hardware/id-reader/id-reader-mock.js';
import { MockPaymentTerminal } from '../../../hardware/payment/mock-payment-terminal.js';
import { MockPrinter } from '../../../hardware/printer/mock-printer.js';
import { sampleReceipt } from '../../../hardware/printer/sample-receipts.js';
import { MockBarcodeScanner } from '../../../hardware/scanner/barcode-scanner-mock.js';
import { MRZ_SPECIMENS } from '../../../hardware/simulators/mrz-specimens.js';
import { DeviceActivity } from '../../../main/diagnostics/device-activity.js';

const quiet: DeviceLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const BADGE = '0F00A1B2C3';
const CODE = 'TAX-2026-000123';

let clock: Date;
let activity: DeviceActivity;
let devices: {
  idReader: MockIdReader;
  scanner: MockBarcodeScanner;
  printer: MockPrinter;
  paymentTerminal: MockPaymentTerminal;
  badgeReader: MockBadgeReader;
};

beforeEach(async () => {
  clock = new Date('2026-11-26T09:00:00Z');
  activity = new DeviceActivity(() => clock);
  devices = {
    idReader: new MockIdReader(quiet, { interLineTimeoutMs: 100 }),
    scanner: new MockBarcodeScanner(quiet),
    printer: new MockPrinter(576, quiet),
    paymentTerminal: new MockPaymentTerminal(quiet),
    badgeReader: new MockBadgeReader(quiet, { holdGapMs: 200 }),
  };
  activity.observe(devices);
  for (const d of Object.values(devices)) await d.open();
});

afterEach(async () => {
  activity.close();
  for (const d of Object.values(devices)) await d.close();
});

/** A card whose second line has a character no MRZ holds, as a dirty reader window gives. */
const garbled = (): string[] => MRZ_SPECIMENS['mar-cnie-td1'].lines.map((line, i) => (i === 1 ? `#${line.slice(1)}` : line));

const at = (iso: string) => {
  clock = new Date(iso);
};

describe('device activity', () => {
  it('starts with nothing but the opening, and counts good reads per device', () => {
    expect(activity.snapshot('barcode-scanner')).toMatchObject({ reads: 0, prints: 0, errors: 0, lastError: null });
    at('2026-11-26T09:05:00Z');
    expect(devices.idReader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines)).toBe(true);
    expect(devices.scanner.scan(CODE)).toBe(true);
    expect(devices.scanner.scan(`${CODE}9`)).toBe(true);
    expect(devices.badgeReader.present(BADGE, { frames: 3 })).toBe(true);
    expect(activity.snapshot('id-reader')).toMatchObject({ reads: 1, errors: 0, lastEventAt: new Date('2026-11-26T09:05:00Z') });
    expect(activity.snapshot('barcode-scanner')).toMatchObject({ reads: 2, errors: 0 });
    // A badge held for three frames is one read.
    expect(activity.snapshot('badge-reader')).toMatchObject({ reads: 1, errors: 0 });
  });

  it('puts unreadable cards and badges in plain words, without what was read', () => {
    at('2026-11-26T10:00:00Z');
    devices.idReader.insert(garbled());
    devices.idReader.insert(MRZ_SPECIMENS['bad-check-digit'].lines);
    devices.badgeReader.present(BADGE, { corruptChecksum: true });
    const id = activity.snapshot('id-reader');
    expect(id).toMatchObject({ reads: 0, errors: 2, lastError: { at: new Date('2026-11-26T10:00:00Z') } });
    expect(id.lastError?.message).toMatch(/^document read with failed check digits \(/);
    const badge = activity.snapshot('badge-reader');
    expect(badge).toMatchObject({ reads: 0, errors: 1, lastError: { message: 'unreadable badge: the frame checksum did not match' } });
    const all = JSON.stringify([id, badge]);
    expect(all).not.toContain(BADGE);
    for (const line of MRZ_SPECIMENS['bad-check-digit'].lines) expect(all).not.toContain(line.replace(/<+$/, ''));
  });

  it('says a garbled MRZ is garbled', () => {
    devices.idReader.insert(garbled());
    expect(activity.snapshot('id-reader').lastError?.message).toMatch(/^unreadable document: characters outside the MRZ alphabet/);
  });

  it('counts prints, failed prints with their reason, and a device going offline', async () => {
    const printer = activity.countPrintFailures(devices.printer);
    expect((await printer.print(sampleReceipt('fr'))).ok).toBe(true);
    at('2026-11-26T11:00:00Z');
    devices.printer.setFault('paper-out');
    expect(await printer.print(sampleReceipt('fr'))).toMatchObject({ ok: false, reason: 'paper-out' });
    const p = activity.snapshot('printer');
    // The fault when it appeared, then the print it stopped.
    expect(p).toMatchObject({ prints: 1, errors: 2, lastError: { message: 'receipt not printed: mock printer fault: paper-out' } });

    devices.scanner.setUnplugged(true);
    expect(activity.snapshot('barcode-scanner')).toMatchObject({ errors: 1, lastError: { message: expect.stringMatching(/^offline: /) } });
  });

  it('stops counting once closed', () => {
    activity.close();
    devices.scanner.scan(CODE);
    expect(activity.snapshot('barcode-scanner').reads).toBe(0);
  });
});
