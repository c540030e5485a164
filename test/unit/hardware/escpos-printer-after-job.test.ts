// What the driver concludes from the status asked right after a receipt's last byte, against
// a scripted printer (the hardware boundary): a fault then fails the print with its reason;
// a printer that resumes by itself, one that misses a single answer, or one that never
// answers status counts as printed, so the clerk never puts the same receipt out twice.
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import { EscPosPrinter } from '../../../hardware/printer/escpos-printer.js';
import { emptyCondition, encodeStatusByte, type PrinterCondition, type StatusRequest } from '../../../hardware/printer/printer-status.js';
import type { PrinterTransport, StatusQuery } from '../../../hardware/printer/printer-transport.js';
import { sampleReceipt } from '../../../hardware/printer/sample-receipts.js';

type Answer = Partial<PrinterCondition> | 'silent';

/** Answers the queries before the job with `before`, then each later query from `after` in turn (the last repeats). */
class ScriptedPrinter implements PrinterTransport {
  readonly description = 'fake://printer';
  sent = 0;
  private afterIndex = 0;

  constructor(
    private readonly before: Answer,
    private readonly after: Answer[],
  ) {}

  async send(): Promise<void> {
    this.sent += 1;
  }

  async queryStatus(requests: StatusRequest[]): Promise<StatusQuery> {
    let answer = this.before;
    if (this.sent > 0) {
      answer = this.after[Math.min(this.afterIndex, this.after.length - 1)]!;
      this.afterIndex += 1;
    }
    if (answer === 'silent') return { kind: 'unknown', detail: 'no status answer within 1000 ms' };
    const condition = { ...emptyCondition(), ...answer };
    return { kind: 'answered', answers: requests.map((n) => ({ n, byte: encodeStatusByte(n, condition) })) };
  }
}

const print = (transport: ScriptedPrinter) =>
  new EscPosPrinter({ transport, paperWidthDots: 384, model: 'epson' }, silentLogger).print(sampleReceipt('fr'));

describe('status after the last byte of a receipt', () => {
  it('cover lifted during the job: not printed, reason cover-open', async () => {
    expect(await print(new ScriptedPrinter({}, [{ coverOpen: true }]))).toMatchObject({ ok: false, reason: 'cover-open' });
  });

  it('roll ended during the job: not printed, reason paper-out', async () => {
    expect(await print(new ScriptedPrinter({}, [{ paperOut: true }]))).toMatchObject({ ok: false, reason: 'paper-out' });
  });

  it('silent twice after answering before: offline, not printed', async () => {
    expect(await print(new ScriptedPrinter({}, ['silent']))).toMatchObject({ ok: false, reason: 'offline' });
  });

  it('one missed answer, then ready: printed', async () => {
    expect(await print(new ScriptedPrinter({}, ['silent', {}]))).toMatchObject({ ok: true });
  });

  it('head too hot (the printer resumes by itself with the job): printed', async () => {
    expect(await print(new ScriptedPrinter({}, [{ autoRecoverableError: true, error: true }]))).toMatchObject({ ok: true });
  });

  it('a printer that never answers status: printed, as before', async () => {
    expect(await print(new ScriptedPrinter('silent', ['silent']))).toMatchObject({ ok: true });
  });
});
