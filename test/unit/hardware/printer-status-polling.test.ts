// The driver's status loop against a fake transport (the hardware boundary): polls, status
// events on change only, one log line per transition, silent printers, and stopping at close.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceStatus } from '../../../hardware/devices/device.js';
import type { DeviceLogger } from '../../../hardware/devices/device-logger.js';
import { EscPosPrinter } from '../../../hardware/printer/escpos-printer.js';
import { emptyCondition, encodeStatusByte, type PrinterCondition, type StatusRequest } from '../../../hardware/printer/printer-status.js';
import { PrinterTransportError, type PrinterTransport, type StatusQuery } from '../../../hardware/printer/printer-transport.js';
import { sampleReceipt } from '../../../hardware/printer/sample-receipts.js';

type Mode = { kind: 'answers'; condition: PrinterCondition } | { kind: 'silent' } | { kind: 'unreachable' };

class FakeTransport implements PrinterTransport {
  readonly description = 'fake://printer';
  mode: Mode = { kind: 'answers', condition: emptyCondition() };
  queries = 0;
  sent: Buffer[] = [];

  set(flags: Partial<PrinterCondition>): void {
    this.mode = { kind: 'answers', condition: { ...emptyCondition(), ...flags } };
  }

  async send(bytes: Buffer): Promise<void> {
    if (this.mode.kind === 'unreachable') throw new PrinterTransportError('offline', 'connect failed: ECONNREFUSED', 'ECONNREFUSED');
    this.sent.push(bytes);
  }

  async queryStatus(requests: StatusRequest[]): Promise<StatusQuery> {
    this.queries += 1;
    const mode = this.mode;
    if (mode.kind === 'unreachable') throw new PrinterTransportError('offline', 'connect failed: ECONNREFUSED', 'ECONNREFUSED');
    if (mode.kind === 'silent') return { kind: 'unknown', detail: 'no status answer within 1000 ms' };
    return { kind: 'answered', answers: requests.map((n) => ({ n, byte: encodeStatusByte(n, mode.condition) })) };
  }
}

function recordingLogger(): DeviceLogger & { lines: Array<{ level: string; msg: string }> } {
  const lines: Array<{ level: string; msg: string }> = [];
  const at = (level: string) => (_obj: object, msg: string) => void lines.push({ level, msg });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const POLL = 3000;

describe('printer status polling', () => {
  let transport: FakeTransport;
  let logger: ReturnType<typeof recordingLogger>;
  let printer: EscPosPrinter;
  let events: DeviceStatus[];

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    transport = new FakeTransport();
    logger = recordingLogger();
    printer = new EscPosPrinter({ transport, paperWidthDots: 384, model: 'epson', statusPollMs: POLL }, logger);
    events = [];
    printer.on('status', (s) => events.push(s));
  });

  afterEach(async () => {
    await printer.close();
    vi.useRealTimers();
  });

  const poll = () => vi.advanceTimersByTimeAsync(POLL);
  const states = () => events.map((e) => (e.detail ? `${e.state}: ${e.detail}` : e.state));

  it('reports each change the printer reports, and nothing when nothing changed', async () => {
    await printer.open();
    await poll();
    transport.set({ paperNearEnd: true });
    await poll();
    await poll();
    transport.set({ paperOut: true, paperNearEnd: true });
    await poll();
    transport.set({ coverOpen: true });
    await poll();
    transport.set({ cutterError: true, error: true });
    await poll();
    transport.set({ unrecoverable: true, error: true });
    await poll();
    transport.mode = { kind: 'unreachable' };
    await poll();
    await poll();
    transport.set({});
    await poll();
    expect(states()).toEqual([
      'ready',
      'warning: paper near end',
      'fault: paper out',
      'fault: cover open',
      'fault: cutter error',
      'fault: unrecoverable error',
      'offline: fake://printer unreachable (ECONNREFUSED)',
      'ready',
    ]);
  });

  it('an offline bit with no other cause is offline, not a fault', async () => {
    transport.set({ offline: true });
    await printer.open();
    expect(printer.status()).toMatchObject({ state: 'offline', detail: 'offline' });
  });

  it('warns in the log once when the paper runs low, however many polls see it', async () => {
    await printer.open();
    transport.set({ paperNearEnd: true });
    for (let i = 0; i < 5; i++) await poll();
    const nearEnd = logger.lines.filter((l) => l.msg.includes('paper near end'));
    expect(nearEnd).toEqual([{ level: 'warn', msg: 'printer paper near end: load a new roll soon' }]);
    transport.set({});
    await poll();
    transport.set({ paperNearEnd: true });
    await poll();
    expect(logger.lines.filter((l) => l.msg.includes('paper near end'))).toHaveLength(2);
  });

  it('checks before each print and sends nothing to a printer out of paper', async () => {
    await printer.open();
    transport.set({ paperOut: true });
    const result = await printer.print(sampleReceipt('fr'));
    expect(result).toMatchObject({ ok: false, reason: 'paper-out' });
    expect(transport.sent).toHaveLength(0);
    expect(printer.status().state).toBe('fault');
    transport.set({});
    expect((await printer.print(sampleReceipt('fr'))).ok).toBe(true);
    expect(transport.sent).toHaveLength(1);
    expect(printer.status().state).toBe('ready');
  });

  it('prints to a printer that never answers status, saying the status is unknown', async () => {
    transport.mode = { kind: 'silent' };
    await printer.open();
    await poll();
    expect(printer.status()).toMatchObject({ state: 'ready', detail: expect.stringContaining('status unknown') });
    expect((await printer.print(sampleReceipt('ar'))).ok).toBe(true);
    expect(transport.sent).toHaveLength(1);
    // Never a fault or offline on the way: only busy while the job went out.
    expect(new Set(events.filter((e) => e.state !== 'busy').map((e) => e.state))).toEqual(new Set(['ready']));
  });

  it('a printer that answered and then went quiet is offline, and is not printed to', async () => {
    await printer.open();
    transport.mode = { kind: 'silent' };
    await poll();
    expect(printer.status()).toMatchObject({ state: 'offline', detail: expect.stringContaining('stopped answering') });
    expect(await printer.print(sampleReceipt('fr'))).toMatchObject({ ok: false, reason: 'offline' });
    expect(transport.sent).toHaveLength(0);
    transport.set({});
    await poll();
    expect(printer.status().state).toBe('ready');
  });

  it('stops asking once closed', async () => {
    await printer.open();
    await poll();
    const asked = transport.queries;
    expect(asked).toBe(2);
    await printer.close();
    await vi.advanceTimersByTimeAsync(POLL * 5);
    expect(transport.queries).toBe(asked);
    expect(printer.status().state).toBe('closed');
  });

  it('does not poll when the period is 0: only at open and before a print', async () => {
    const quiet = new EscPosPrinter({ transport, paperWidthDots: 384, model: 'epson', statusPollMs: 0 }, logger);
    await quiet.open();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(transport.queries).toBe(1);
    await quiet.close();
  });
});

describe('the poll timer', () => {
  it('does not keep the process alive', async () => {
    const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timeouts();
    const transport = new FakeTransport();
    const printer = new EscPosPrinter({ transport, paperWidthDots: 384, model: 'epson', statusPollMs: 60_000 }, recordingLogger());
    await printer.open();
    expect(timeouts()).toBe(before);
    await printer.close();
  });
});
