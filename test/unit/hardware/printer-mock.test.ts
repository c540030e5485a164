import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import type { DeviceStatus } from '../../../hardware/devices/device.js';
import { createReceiptPrinter } from '../../../hardware/printer/create-receipt-printer.js';
import { MOCK_PRINTER_KEEP, MockPrinter } from '../../../hardware/printer/mock-printer.js';
import type { PrintedEvent } from '../../../hardware/printer/receipt-printer.js';
import type { Receipt } from '../../../hardware/printer/receipt-model.js';

const tiny: Receipt = { language: 'fr', direction: 'ltr', blocks: [{ kind: 'text', text: 'A001' }] };

describe('mock receipt printer', () => {
  it('is the "printer" device created for driver "mock", at the configured paper width', async () => {
    const p = createReceiptPrinter({ driver: 'mock', paperWidthMm: 58 }, silentLogger);
    expect([p.id, p.kind, p.driver]).toEqual(['printer', 'printer', 'mock']);
    await p.open();
    expect(p.status().state).toBe('ready');
    const r = await p.print(tiny);
    expect(r.ok && r.bitmap.width).toBe(384);
  });

  it('keeps what it printed, numbered, and emits printed', async () => {
    const p = new MockPrinter(576, silentLogger, () => new Date('2025-03-14T10:00:00Z'));
    await p.open();
    const events: PrintedEvent[] = [];
    p.on('printed', (e) => events.push(e));
    const r = await p.print(tiny);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.bytes).toBeGreaterThan(r.bitmap.mono.length);
    expect(events).toHaveLength(1);
    const [kept] = p.printedReceipts();
    expect(kept).toMatchObject({ seq: 1, at: '2025-03-14T10:00:00.000Z', widthDots: 576, bytes: r.bytes });
    expect(kept?.png.subarray(1, 4).toString()).toBe('PNG');
    expect(p.printedReceipts(1)).toEqual([]);
  });

  it(`keeps only the last ${MOCK_PRINTER_KEEP}`, async () => {
    const p = new MockPrinter(384, silentLogger);
    await p.open();
    for (let i = 0; i < MOCK_PRINTER_KEEP + 3; i++) await p.print(tiny);
    const kept = p.printedReceipts();
    expect(kept).toHaveLength(MOCK_PRINTER_KEEP);
    expect(kept[0]?.seq).toBe(4);
    expect(kept.at(-1)?.seq).toBe(MOCK_PRINTER_KEEP + 3);
  }, 30000);

  it('fails prints with the fault as reason and shows it in its status', async () => {
    const p = new MockPrinter(576, silentLogger);
    await p.open();
    const states: DeviceStatus[] = [];
    p.on('status', (s) => states.push(s));
    for (const [fault, state] of [
      ['paper-out', 'fault'],
      ['cover-open', 'fault'],
      ['offline', 'offline'],
    ] as const) {
      p.setFault(fault);
      expect(p.status().state).toBe(state);
      const r = await p.print(tiny);
      expect(r).toMatchObject({ ok: false, reason: fault });
    }
    p.setFault('none');
    expect(p.status().state).toBe('ready');
    expect((await p.print(tiny)).ok).toBe(true);
    expect(p.printedReceipts()).toHaveLength(1);
    expect(states.map((s) => s.state)).toEqual(['fault', 'fault', 'offline', 'ready']);
  });
});
