// A serial receipt printer on a real pseudo-terminal pair: the driver opens one end, this test
// plays the printer on the other, answering DLE EOT like the hardware would.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { EscPosPrinter } from '../../hardware/printer/escpos-printer.js';
import { emptyCondition, encodeStatusByte, type PrinterCondition, type StatusRequest } from '../../hardware/printer/printer-status.js';
import { SerialPrinterTransport } from '../../hardware/printer/printer-transport-device.js';
import { sampleReceipt } from '../../hardware/printer/sample-receipts.js';
import { EscPosStreamDecoder } from '../../hardware/simulators/escpos-decoder.js';

describe('ESC/POS printer on a serial tty', () => {
  let dir: string;
  let socat: ChildProcess;
  let printerSide: SerialPort;
  let condition: PrinterCondition = emptyCondition();
  let received: Buffer[] = [];
  /** A printer switched off on a serial line: the tty is still there, nothing answers. */
  let silent = false;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'borne-tty-'));
    socat = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${join(dir, 'kiosk')}`, `pty,raw,echo=0,link=${join(dir, 'printer')}`]);
    for (let i = 0; i < 50 && !(existsSync(join(dir, 'kiosk')) && existsSync(join(dir, 'printer'))); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    printerSide = new SerialPort({ path: join(dir, 'printer'), baudRate: 9600 });
    await new Promise<void>((resolve, reject) => printerSide.once('open', resolve).once('error', reject));
    const decoder = new EscPosStreamDecoder({
      onStatusRequest: (n) => {
        if (!silent) printerSide.write(Buffer.from([encodeStatusByte(n as StatusRequest, condition)]));
      },
    });
    printerSide.on('data', (chunk: Buffer) => {
      received.push(chunk);
      decoder.push(chunk);
    });
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => (printerSide.isOpen ? printerSide.close(() => resolve()) : resolve()));
    socat.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const makePrinter = (statusPollMs = 0): EscPosPrinter =>
    new EscPosPrinter(
      {
        transport: new SerialPrinterTransport(join(dir, 'kiosk'), { timeoutMs: 3000, statusTimeoutMs: 500 }),
        paperWidthDots: 384,
        model: 'epson',
        statusPollMs,
      },
      silentLogger,
    );

  it('reads the status back over the tty and refuses to print without paper', async () => {
    condition = { ...emptyCondition(), paperOut: true };
    received = [];
    const result = await makePrinter().print(sampleReceipt('fr'));
    expect(result).toMatchObject({ ok: false, reason: 'paper-out' });
    // Only the status requests crossed the line: 3 x DLE EOT n.
    expect(Buffer.concat(received).length).toBe(9);
  });

  it('prints when the printer reports ready, byte for byte', async () => {
    condition = emptyCondition();
    received = [];
    const printer = makePrinter();
    const result = await printer.print(sampleReceipt('ar', 'TTY-QR'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await new Promise((r) => setTimeout(r, 300));
    const job = Buffer.concat(received);
    // 9 status bytes, the job, then the same 9 again: a cover lifted mid-job shows only after it.
    expect(job.length).toBe(9 + result.bytes + 9);
    expect(job.subarray(-9)).toEqual(Buffer.from([0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4]));
    expect(printer.status().state).toBe('ready');
  });

  it('polls the status over the tty and sees each change, then offline when the printer goes quiet', async () => {
    condition = emptyCondition();
    silent = false;
    const printer = makePrinter(500);
    const seen: string[] = [];
    const label = (s: { state: string; detail?: string }): string => `${s.state}${s.detail ? `: ${s.detail}` : ''}`;
    // `want` is a state, or a state and the start of its detail ("fault: cutter").
    const waitFor = (want: string): Promise<void> =>
      new Promise((resolve, reject) => {
        if (label(printer.status()).startsWith(want)) return resolve();
        const timer = setTimeout(() => reject(new Error(`never ${want}; saw ${seen.join(' > ')}`)), 5000);
        printer.on('status', (s) => {
          seen.push(label(s));
          if (label(s).startsWith(want)) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
    try {
      await printer.open();
      expect(printer.status().state).toBe('ready');
      condition = { ...emptyCondition(), paperNearEnd: true };
      await waitFor('warning');
      condition = { ...emptyCondition(), paperOut: true };
      await waitFor('fault: paper out');
      condition = { ...emptyCondition(), cutterError: true, error: true };
      await waitFor('fault: cutter error');
      condition = emptyCondition();
      await waitFor('ready');
      silent = true;
      await waitFor('offline');
      expect(printer.status().detail).toContain('stopped answering');
      silent = false;
      await waitFor('ready');
    } finally {
      silent = false;
      await printer.close();
    }
  });
});
