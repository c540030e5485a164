// From the words each printer driver reports to what the citizen is told on the home screen.
import { describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../../hardware/devices/device.js';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import { EscPosPrinter } from '../../../hardware/printer/escpos-printer.js';
import { MockPrinter, type MockPrinterFault } from '../../../hardware/printer/mock-printer.js';
import { emptyCondition, encodeStatusByte, type PrinterCondition } from '../../../hardware/printer/printer-status.js';
import type { PrinterTransport } from '../../../hardware/printer/printer-transport.js';
import { sampleReceipt } from '../../../hardware/printer/sample-receipts.js';
import { printerProblemOf, type PrinterProblem } from '../../../renderer/kiosk/use-printer-state.js';

async function escposStatus(flags: Partial<PrinterCondition>): Promise<DeviceStatus> {
  const condition = { ...emptyCondition(), ...flags };
  const transport: PrinterTransport = {
    description: 'fake://printer',
    send: async () => undefined,
    queryStatus: async (requests) => ({ kind: 'answered', answers: requests.map((n) => ({ n, byte: encodeStatusByte(n, condition) })) }),
  };
  const printer = new EscPosPrinter({ transport, paperWidthDots: 384, model: 'epson' }, silentLogger);
  await printer.open();
  const status = printer.status();
  await printer.close();
  return status;
}

async function mockStatus(fault: MockPrinterFault): Promise<DeviceStatus> {
  const printer = new MockPrinter(384, silentLogger);
  printer.setFault(fault);
  await printer.open();
  return printer.status();
}

describe('printer notice on the home screen', () => {
  const cases: Array<[string, Partial<PrinterCondition>, MockPrinterFault, PrinterProblem | null]> = [
    ['ready', {}, 'none', null],
    ['paper near end', { paperNearEnd: true }, 'paper-near-end', null],
    ['paper out', { paperOut: true, paperNearEnd: true }, 'paper-out', 'paper-out'],
    ['cover open', { coverOpen: true }, 'cover-open', 'unavailable'],
    ['cutter error', { cutterError: true, error: true }, 'cutter-error', 'unavailable'],
    ['offline', { offline: true }, 'offline', 'unavailable'],
  ];
  for (const [what, flags, fault, problem] of cases) {
    it(`${what}: ${problem ?? 'no notice'}, whether the printer is real or the mock`, async () => {
      expect(printerProblemOf(await escposStatus(flags), null)).toBe(problem);
      expect(printerProblemOf(await mockStatus(fault), null)).toBe(problem);
    });
  }

  it('busy or closed says nothing new: the notice stays as it was', () => {
    const busy: DeviceStatus = { id: 'printer', kind: 'printer', driver: 'escpos', state: 'busy' };
    expect(printerProblemOf(busy, 'paper-out')).toBe('paper-out');
    expect(printerProblemOf(busy, null)).toBeNull();
    expect(printerProblemOf({ ...busy, state: 'closed' }, 'unavailable')).toBe('unavailable');
  });

  it('the mock printer still prints on a low roll, and refuses on a jammed cutter', async () => {
    const printer = new MockPrinter(384, silentLogger);
    await printer.open();
    printer.setFault('paper-near-end');
    expect((await printer.print(sampleReceipt('fr'))).ok).toBe(true);
    expect(printer.status()).toMatchObject({ state: 'warning', detail: 'mock printer: paper near end' });
    printer.setFault('cutter-error');
    expect(await printer.print(sampleReceipt('fr'))).toMatchObject({ ok: false, reason: 'cutter-error' });
  });
});
