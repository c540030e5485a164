// The technician's printer diagnostics inside a running kiosk, with real parts: a TCP virtual
// printer answering DLE EOT, the ESC/POS driver, real SQLite files and the contract router.
// Only the badge reader is simulated in-process (the hardware boundary).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MockBadgeReader } from '../../hardware/badge-reader/badge-reader-mock.js';
import { TEST_PAGE_QR } from '../../hardware/printer/printer-test-page.js';
import { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { kioskConfigSchema } from '../../main/config/config-schema.js';
import { type KioskRuntime, startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { hashPin } from '../../main/staff/pin-hash.js';
import { waitUntil } from '../helpers/socat-pty.js';

const CLERK_BADGE = '0F00A1B2C3';
const TECH_PIN = '13579';
const FAST = { N: 1024, r: 8, p: 1 };

type Value = Record<string, unknown>;
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

let accounts: unknown[];
let dir: string;
let vp: VirtualPrinter;
let rt: KioskRuntime;
let staffEvents: Value[];

beforeAll(async () => {
  accounts = [
    { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff', badgeId: CLERK_BADGE, pinHash: await hashPin('2468', FAST) },
    { id: 'tech-01', displayName: 'Youssef T.', role: 'technician', badgeId: '1234567890', pinHash: await hashPin(TECH_PIN, FAST) },
  ];
});

async function start(): Promise<void> {
  const config = kioskConfigSchema.parse({
    office: { name: 'Arrondissement Sidi Moumen' },
    kiosk: { id: 'it-kiosk', referenceCode: 'KIT' },
    staff: { accounts, sessionIdleSeconds: 300 },
    hardware: {
      idReader: { driver: 'mock' },
      barcodeScanner: { driver: 'mock' },
      printer: { driver: 'escpos', interface: `tcp://127.0.0.1:${vp.port}`, paperWidthMm: 80, timeoutMs: 2000, statusPollMs: 0 },
      badgeReader: { driver: 'mock' },
    },
  });
  rt = await startKioskRuntime({ config, dataDir: join(dir, 'data'), logger: pino({ level: 'silent' }), host: 'browser-shell' });
  staffEvents = [];
  rt.router.onEvent((channel, payload) => {
    if (channel === 'staff.badge') staffEvents.push(payload as Value);
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-printer-diag-'));
  vp = new VirtualPrinter({ port: 0 });
  await vp.start();
  await start();
});

afterEach(async () => {
  await rt.close();
  await vp.stop();
  await rm(dir, { recursive: true, force: true });
});

async function call<T = Value>(channel: string, payload: unknown): Promise<T> {
  const r = await rt.router.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function refusedCode(channel: string, payload: unknown): Promise<string> {
  const r = await rt.router.dispatch(channel, payload);
  return r.ok ? 'accepted' : r.error.code;
}

async function technicianToken(): Promise<string> {
  const gesture = await call('tech.gestureSignIn', {});
  const verdict = await call('tech.verifyGesturePin', { attemptId: gesture.attemptId, pin: TECH_PIN });
  expect(verdict).toMatchObject({ kind: 'ok' });
  return verdict.staffToken as string;
}

async function clerkToken(): Promise<string> {
  const reader = rt.devices.badgeReader as MockBadgeReader;
  expect(reader.present(CLERK_BADGE)).toBe(true);
  await waitUntil('a staff.badge event', () => staffEvents.length > 0);
  const verdict = await call('staff.verifyPin', { attemptId: staffEvents[0]!.attemptId, pin: '2468' });
  expect(verdict).toMatchObject({ kind: 'ok' });
  return verdict.staffToken as string;
}

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

    await rt.close();
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
