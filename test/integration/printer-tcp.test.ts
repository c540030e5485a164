import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { createPrinterTransport } from '../../hardware/printer/create-printer-transport.js';
import { createReceiptPrinter } from '../../hardware/printer/create-receipt-printer.js';
import type { ReceiptPrinterDevice } from '../../hardware/printer/receipt-printer.js';
import { sampleReceipt } from '../../hardware/printer/sample-receipts.js';
import { decodeEscPos } from '../../hardware/simulators/escpos-decoder.js';
import { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

describe('ESC/POS printer over TCP into the virtual printer', () => {
  let vp: VirtualPrinter;
  let printer: ReceiptPrinterDevice;

  beforeEach(async () => {
    vp = new VirtualPrinter({ port: 0 });
    const port = await vp.start();
    printer = createReceiptPrinter(
      { driver: 'escpos', interface: `tcp://127.0.0.1:${port}`, paperWidthMm: 80, model: 'epson', baudRate: 9600, timeoutMs: 2000, statusPollMs: 0 },
      silentLogger,
    );
    await printer.open();
  });

  afterEach(async () => {
    await printer.close();
    await vp.stop();
  });

  it('prints an Arabic and a French receipt that come out pixel for pixel, QR readable', async () => {
    expect(printer.status().state).toBe('ready');
    for (const [lang, qr] of [
      ['ar', 'https://borne.example/t/AR-0042'],
      ['fr', 'https://borne.example/t/FR-0043'],
    ] as const) {
      const printed: number[] = [];
      printer.on('printed', (e) => printed.push(e.bytes));
      const result = await printer.print(sampleReceipt(lang, qr));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const job = await vp.waitForJob(3000);
      expect(job.bytes.length).toBe(result.bytes);
      expect(printed).toEqual([result.bytes]);
      expect(job.decoded.qrPayloads).toEqual([qr]);
      expect(job.decoded.cuts).toBe(1);
      expect(job.decoded.images).toHaveLength(1);
      expect(same(job.decoded.images[0]!.mono, result.bitmap.mono)).toBe(true);
    }
    expect(vp.statusRequests).toBeGreaterThanOrEqual(6);
  });

  it('refuses to print on paper out, and nothing reaches the paper', async () => {
    await vp.setState('paper-out');
    const result = await printer.print(sampleReceipt('fr'));
    expect(result).toMatchObject({ ok: false, reason: 'paper-out' });
    expect(printer.status()).toMatchObject({ state: 'fault', detail: expect.stringContaining('paper out') });
    expect(vp.jobs).toHaveLength(0);
    expect(vp.discardedBytes).toBe(0);
  });

  it('reports cover open and cutter error with their own reasons', async () => {
    await vp.setState('cover-open');
    expect(await printer.print(sampleReceipt('fr'))).toMatchObject({ ok: false, reason: 'cover-open' });
    await vp.setState('cutter-error');
    expect(await printer.print(sampleReceipt('fr'))).toMatchObject({ ok: false, reason: 'cutter-error' });
    expect(vp.jobs).toHaveLength(0);
  });

  it('prints on paper near end and shows a warning', async () => {
    await vp.setState('paper-near-end');
    expect((await printer.print(sampleReceipt('fr'))).ok).toBe(true);
    expect(printer.status()).toMatchObject({ state: 'warning', detail: 'paper near end' });
    await vp.waitForJob(3000);
  });

  it('is offline when the printer refuses connections, and recovers when it is back', async () => {
    await vp.setState('unreachable');
    const result = await printer.print(sampleReceipt('fr'));
    expect(result).toMatchObject({ ok: false, reason: 'offline' });
    expect(printer.status().state).toBe('offline');
    await vp.setState('ready');
    expect((await printer.print(sampleReceipt('fr'))).ok).toBe(true);
    expect(printer.status().state).toBe('ready');
    await vp.waitForJob(3000);
  });

  it('still prints to a printer that has never answered status, saying the status is unknown', async () => {
    await vp.setState('silent');
    const cheap = createReceiptPrinter(
      { driver: 'escpos', interface: `tcp://127.0.0.1:${vp.port}`, paperWidthMm: 80, model: 'epson', baudRate: 9600, timeoutMs: 2000, statusPollMs: 0 },
      silentLogger,
    );
    await cheap.open();
    expect(cheap.status()).toMatchObject({ state: 'ready', detail: expect.stringContaining('status unknown') });
    const result = await cheap.print(sampleReceipt('ar', 'SILENT-1'));
    expect(result.ok).toBe(true);
    const job = await vp.waitForJob(3000);
    expect(job.decoded.qrPayloads).toEqual(['SILENT-1']);
    expect(cheap.status()).toMatchObject({ state: 'ready', detail: expect.stringContaining('does not report status') });
    await cheap.close();
  });

  it('takes a printer that answered status and then went quiet for offline, and prints nothing', async () => {
    expect(printer.status().state).toBe('ready');
    await vp.setState('silent');
    expect(await printer.print(sampleReceipt('fr'))).toMatchObject({ ok: false, reason: 'offline' });
    expect(printer.status()).toMatchObject({ state: 'offline', detail: expect.stringContaining('stopped answering') });
    expect(vp.jobs).toHaveLength(0);
  });

  it('discards data sent while out of paper, as a real printer prints nothing', async () => {
    await vp.setState('paper-out');
    const raw = createPrinterTransport(`tcp://127.0.0.1:${vp.port}`, { timeoutMs: 2000, statusTimeoutMs: 500 });
    await raw.send(Buffer.from('Bonjour\n\x1dV\x01', 'latin1'));
    await new Promise((r) => setTimeout(r, 100));
    expect(vp.jobs).toHaveLength(0);
    expect(vp.discardedBytes).toBeGreaterThan(0);
  });
});

describe('Star Line Mode printer over TCP', () => {
  it('prints a receipt the Star decoder reads back', async () => {
    const vp = new VirtualPrinter({ dialect: 'star' });
    const port = await vp.start();
    const printer = createReceiptPrinter(
      { driver: 'escpos', interface: `tcp://127.0.0.1:${port}`, paperWidthMm: 58, model: 'star', baudRate: 9600, timeoutMs: 2000, statusPollMs: 0 },
      silentLogger,
    );
    try {
      const result = await printer.print(sampleReceipt('zgh', 'STAR-58'));
      expect(result.ok).toBe(true);
      const job = await vp.waitForJob(3000);
      expect(job.decoded.images[0]?.width).toBe(384);
      expect(job.decoded.qrPayloads).toEqual(['STAR-58']);
      expect(job.decoded.cuts).toBe(1);
    } finally {
      await vp.stop();
    }
  });
});

describe('ESC/POS printer on a device path', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'borne-lp-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same job to the device node as it would send over the network', async () => {
    const node = join(dir, 'lp0');
    writeFileSync(node, '');
    const printer = createReceiptPrinter(
      { driver: 'escpos', interface: node, paperWidthMm: 80, model: 'epson', baudRate: 9600, timeoutMs: 2000, statusPollMs: 0 },
      silentLogger,
    );
    await printer.open();
    expect(printer.status()).toMatchObject({ state: 'ready', detail: expect.stringContaining('does not report status') });
    const result = await printer.print(sampleReceipt('ar', 'LP0-QR'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const written = readFileSync(node);
    expect(written.length).toBe(result.bytes);
    const d = decodeEscPos(written);
    expect(d.qrPayloads).toEqual(['LP0-QR']);
    expect(same(d.images[0]!.mono, result.bitmap.mono)).toBe(true);
  });

  it('is offline when the device node is missing (printer unplugged) and creates no file', async () => {
    const node = join(dir, 'lp9');
    const printer = createReceiptPrinter(
      { driver: 'escpos', interface: node, paperWidthMm: 80, model: 'epson', baudRate: 9600, timeoutMs: 2000, statusPollMs: 0 },
      silentLogger,
    );
    expect(await printer.print(sampleReceipt('fr'))).toMatchObject({ ok: false, reason: 'offline' });
    expect(() => readFileSync(node)).toThrow();
  });
});
