// The driver's status poll over a real TCP socket into the virtual printer: whatever state the
// printer is put in, the kiosk sees it without printing anything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceState, DeviceStatus } from '../../hardware/devices/device.js';
import type { DeviceLogger } from '../../hardware/devices/device-logger.js';
import { createReceiptPrinter } from '../../hardware/printer/create-receipt-printer.js';
import type { ReceiptPrinterDevice } from '../../hardware/printer/receipt-printer.js';
import { VirtualPrinter, type VirtualPrinterState } from '../../hardware/simulators/virtual-printer.js';

function waitForStatus(printer: ReceiptPrinterDevice, match: (s: DeviceStatus) => boolean, timeoutMs = 5000): Promise<DeviceStatus> {
  const now = printer.status();
  if (match(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const onStatus = (s: DeviceStatus): void => {
      if (!match(s)) return;
      clearTimeout(timer);
      printer.off('status', onStatus);
      resolve(s);
    };
    const timer = setTimeout(() => {
      printer.off('status', onStatus);
      reject(new Error(`printer status never matched; last: ${JSON.stringify(printer.status())}`));
    }, timeoutMs);
    printer.on('status', onStatus);
  });
}

const EXPECTED: Array<[VirtualPrinterState, DeviceState, string]> = [
  ['paper-near-end', 'warning', 'paper near end'],
  ['paper-out', 'fault', 'paper out'],
  ['cover-open', 'fault', 'cover open'],
  ['cutter-error', 'fault', 'cutter error'],
  ['unrecoverable', 'fault', 'unrecoverable error'],
  ['auto-recoverable-error', 'fault', 'auto-recoverable error'],
  ['offline', 'offline', 'offline'],
  ['unreachable', 'offline', 'unreachable'],
];

describe('printer status polled over TCP from the virtual printer', () => {
  let vp: VirtualPrinter;
  let printer: ReceiptPrinterDevice;
  let warnings: string[];

  beforeEach(async () => {
    vp = new VirtualPrinter({ port: 0 });
    const port = await vp.start();
    warnings = [];
    const logger: DeviceLogger = {
      debug: () => undefined,
      info: () => undefined,
      warn: (_o, msg) => void warnings.push(msg),
      error: () => undefined,
    };
    printer = createReceiptPrinter(
      { driver: 'escpos', interface: `tcp://127.0.0.1:${port}`, paperWidthMm: 80, model: 'epson', baudRate: 9600, timeoutMs: 1000, statusPollMs: 500 },
      logger,
    );
    await printer.open();
  });

  afterEach(async () => {
    await printer.close();
    await vp.stop();
  });

  for (const [state, deviceState, words] of EXPECTED) {
    it(`sees "${state}" as ${deviceState} (${words}) and ready again once it clears`, async () => {
      expect(printer.status().state).toBe('ready');
      await vp.setState(state);
      const seen = await waitForStatus(printer, (s) => s.state === deviceState);
      expect(seen.detail).toContain(words);
      await vp.setState('ready');
      await waitForStatus(printer, (s) => s.state === 'ready');
      expect(vp.jobs).toHaveLength(0);
    });
  }

  it('logs paper near end once, however many polls find it', async () => {
    await vp.setState('paper-near-end');
    await waitForStatus(printer, (s) => s.state === 'warning');
    const asked = vp.statusRequests;
    // Several more polls of the same low roll.
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (vp.statusRequests >= asked + 9) {
          clearInterval(check);
          resolve();
        }
      }, 50);
    });
    expect(warnings.filter((w) => w.includes('paper near end'))).toHaveLength(1);
  });

  it('stops polling once closed', async () => {
    await printer.close();
    const asked = vp.statusRequests;
    await new Promise((r) => setTimeout(r, 1500));
    expect(vp.statusRequests).toBe(asked);
  });
});
