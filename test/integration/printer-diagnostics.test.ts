// The technician's printer diagnostics inside a running kiosk, with real parts: a TCP virtual
// printer answering DLE EOT, the ESC/POS driver, real SQLite files and the contract router.
// Only the badge reader is simulated in-process (the hardware boundary).
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_PAGE_QR } from '../../hardware/printer/printer-test-page.js';
import type { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import type { KioskRuntime } from '../../main/services/kiosk-runtime.js';
import { CLERK, CLERK_BADGE, CLERK_PIN, hashedAccounts, TECHNICIAN, TechnicianRuntime, type Value } from '../helpers/technician-runtime.js';

interface Bit {
  request: number;
  bit: number;
  name: string;
  set: boolean;
}
interface Diagnostics {
  replies: Array<{ request: number; byte: number | null }>;
  bits: Bit[];
  queriedAt: string | null;
  paper: { receipts: number; lengthMm: number; since: string };
}

let accounts: Value[];
let kiosk: TechnicianRuntime;
let vp: VirtualPrinter;
let rt: KioskRuntime;

beforeAll(async () => {
  accounts = await hashedAccounts([CLERK, TECHNICIAN]);
});

async function start(): Promise<void> {
  rt = await kiosk.start({ accounts });
}

beforeEach(async () => {
  kiosk = await TechnicianRuntime.create({ prefix: 'borne-printer-diag-', printerTimeoutMs: 2000 });
  vp = kiosk.printer!;
  await start();
});

afterEach(async () => {
  await kiosk.close();
});

const call = <T = Value>(channel: string, payload: unknown): Promise<T> => kiosk.call<T>(channel, payload);
const refusedCode = (channel: string, payload: unknown): Promise<string> => kiosk.refusedCode(channel, payload);
const technicianToken = (): Promise<string> => kiosk.technicianToken();
const clerkToken = (): Promise<string> => kiosk.mockBadgeSignIn(CLERK_BADGE, CLERK_PIN);

const bitsSet = (d: Diagnostics): string[] => d.bits.filter((b) => b.set).map((b) => b.name);

describe('printer diagnostics', () => {
  it('decodes every status bit of the four replies for each state of the printer', async () => {
    const staffToken = await technicianToken();
    const ready = await call<Diagnostics>('tech.printer.status', { staffToken });
    expect(ready.replies).toEqual([
      { request: 1, byte: 0x12 },
      { request: 2, byte: 0x12 },
      { request: 3, byte: 0x12 },
      { request: 4, byte: 0x12 },
    ]);
    expect(ready.bits).toHaveLength(16);
    expect(bitsSet(ready)).toEqual([]);
    expect(ready.queriedAt).not.toBeNull();

    await vp.setState('paper-near-end');
    const low = await call<Diagnostics>('tech.printer.status', { staffToken });
    expect(bitsSet(low)).toEqual(['paper-near-end', 'paper-near-end-2']);
    expect(low.replies.find((r) => r.request === 4)?.byte).toBe(0x1e);
    expect(rt.devices.printer.status().state).toBe('warning');

    await vp.setState('cover-open');
    const cover = await call<Diagnostics>('tech.printer.status', { staffToken });
    expect(bitsSet(cover)).toEqual(['offline', 'cover-open']);

    await vp.setState('offline');
    const offline = await call<Diagnostics>('tech.printer.status', { staffToken });
    expect(bitsSet(offline)).toEqual(['offline']);
    expect(offline.bits.find((b) => b.name === 'offline')).toEqual({ request: 1, bit: 3, name: 'offline', set: true });

    await vp.setState('unreachable');
    const gone = await call<Diagnostics>('tech.printer.status', { staffToken });
    expect(gone.replies.map((r) => r.byte)).toEqual([null, null, null, null]);
    expect(gone.bits).toEqual([]);
  });

  it('prints the test page on the printer and counts its paper across a restart until a new roll', async () => {
    let staffToken = await technicianToken();
    const before = await call<Diagnostics>('tech.printer.status', { staffToken });
    expect(before.paper).toMatchObject({ receipts: 0, lengthMm: 0 });

    expect(await call('tech.printer.testPage', { staffToken })).toEqual({ ok: true });
    const job = await vp.waitForJob();
    expect(job.decoded.qrPayloads).toContain(TEST_PAGE_QR);
    expect(job.decoded.cuts).toBe(1);
    const image = job.decoded.images[0]!;
    expect(image.width).toBe(576);

    const after = await call<Diagnostics>('tech.printer.status', { staffToken });
    expect(after.paper.receipts).toBe(1);
    // Image height at 8 dots per mm, plus the one line fed before the cut.
    expect(after.paper.lengthMm).toBeCloseTo(image.height / 8 + 25.4 / 6, 0);

    await kiosk.stop();
    await start();
    staffToken = await technicianToken();
    const reopened = await call<Diagnostics>('tech.printer.status', { staffToken });
    expect(reopened.paper).toEqual(after.paper);

    const fresh = await call<Diagnostics>('tech.printer.newRoll', { staffToken });
    expect(fresh.paper).toMatchObject({ receipts: 0, lengthMm: 0 });
    expect(new Date(fresh.paper.since).getTime()).toBeGreaterThan(new Date(after.paper.since).getTime());
  });

  it('does not print the test page while a citizen is being served, nor when the paper is out', async () => {
    const staffToken = await technicianToken();
    await vp.setState('paper-out');
    expect(await call('tech.printer.testPage', { staffToken })).toEqual({ ok: false, reason: 'paper-out' });
    expect(vp.jobs).toHaveLength(0);
    await vp.setState('ready');
    const { sessionId } = await call<{ sessionId: string }>('session.start', { language: 'fr' });
    expect(await refusedCode('tech.printer.testPage', { staffToken })).toBe('unavailable');
    await call('session.end', { sessionId, reason: 'done' });
    expect(vp.jobs).toHaveLength(0);
    const status = await call<Diagnostics>('tech.printer.status', { staffToken });
    expect(status.paper.receipts).toBe(0);
  });

  it('refuses a clerk on every printer channel', async () => {
    const staffToken = await clerkToken();
    expect(await refusedCode('tech.printer.status', { staffToken })).toBe('forbidden');
    expect(await refusedCode('tech.printer.testPage', { staffToken })).toBe('forbidden');
    expect(await refusedCode('tech.printer.newRoll', { staffToken })).toBe('forbidden');
    expect(vp.jobs).toHaveLength(0);
  });
});
