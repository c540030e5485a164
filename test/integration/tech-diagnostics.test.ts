// The technician's diagnostics inside a running kiosk, with real parts: the ID reader and the
// badge reader on socat pseudo-terminals, a TCP virtual printer, the embedded office server
// (or a closed port), real SQLite files, and the contract router the screens talk to.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { delimiter, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import type { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import type { KioskRuntime } from '../../main/services/kiosk-runtime.js';
import { SerialDeviceSimulator, waitUntil } from '../helpers/socat-pty.js';
import { CLERK, CLERK_BADGE, CLERK_PIN, hashedAccounts, TECH_BADGE, TECH_PIN, TECHNICIAN, TechnicianRuntime, type Value } from '../helpers/technician-runtime.js';

const SECOND_TECH_PIN = '864200';
const HOLD_GAP_MS = 200;
const CONFIG_FILE = '/etc/borne/kiosk.json';

let accounts: Value[];
let kiosk: TechnicianRuntime;
let badgeSim: SerialDeviceSimulator;
let idSim: SerialDeviceSimulator;
let vp: VirtualPrinter;
let printerPort: number;
let rt: KioskRuntime;

beforeAll(async () => {
  accounts = await hashedAccounts([CLERK, TECHNICIAN, { id: 'tech-02', displayName: 'Salma R.', role: 'technician', badgeId: 'ABCDEF0123', pin: SECOND_TECH_PIN }]);
});

async function start(office: Value = {}): Promise<void> {
  rt = await kiosk.start({
    accounts,
    office,
    configFile: CONFIG_FILE,
    hardware: {
      idReader: { driver: 'serial', path: idSim.devicePath, baudRate: 9600, interLineTimeoutMs: 300 },
      badgeReader: { driver: 'serial', path: badgeSim.devicePath, baudRate: 9600, holdGapMs: HOLD_GAP_MS },
    },
  });
  await waitUntil('readers ready', () => rt.devices.badgeReader?.status().state === 'ready' && rt.devices.idReader.status().state === 'ready');
}

beforeEach(async () => {
  kiosk = await TechnicianRuntime.create({ prefix: 'borne-tech-', printerTimeoutMs: 2000 });
  badgeSim = await SerialDeviceSimulator.start({ dir: kiosk.dir, name: 'badge-reader' });
  idSim = await SerialDeviceSimulator.start({ dir: kiosk.dir, name: 'id-reader' });
  vp = kiosk.printer!;
  printerPort = vp.port;
  await start();
});

afterEach(async () => {
  await kiosk.stop();
  await vp.stop();
  await badgeSim.stop();
  await idSim.stop();
  await kiosk.close();
});

const call = (channel: string, payload: unknown): Promise<Value> => kiosk.call(channel, payload);
const refusedCode = (channel: string, payload: unknown): Promise<string> => kiosk.refusedCode(channel, payload);
const badgeSignIn = (badgeId: string, pin: string): Promise<string> => kiosk.serialBadgeSignIn(badgeSim, HOLD_GAP_MS, badgeId, pin);

async function devices(staffToken: string): Promise<Record<string, Value>> {
  const list = (await call('tech.devices', { staffToken })) as unknown as Value[];
  return Object.fromEntries(list.map((d) => [d.id as string, d]));
}

async function takeTicket(): Promise<Value> {
  const { sessionId } = (await call('session.start', { language: 'fr' })) as { sessionId: string };
  const r = await call('queue.takeTicket', { sessionId, serviceId: 'legalisation' });
  await call('session.end', { sessionId, reason: 'done' });
  return r.print as Value;
}

async function auditOutcomes(): Promise<Array<[string | null, string, string | null]>> {
  await rt.staffMode!.service.settled();
  const { items } = await rt.staffMode!.auditLog.list({ limit: 200 });
  return items.map((e) => [e.account, e.action, e.outcome]);
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((d) => d !== '' && existsSync(join(d, command)));
}

describe('technician diagnostics', () => {
  it('shows each device with its address, reads, prints and last error, to technicians only', async () => {
    const clerk = await badgeSignIn(CLERK_BADGE, CLERK_PIN);
    expect(await refusedCode('tech.devices', { staffToken: clerk })).toBe('forbidden');
    expect(await refusedCode('tech.software', { staffToken: clerk })).toBe('forbidden');
    const tech = await badgeSignIn(TECH_BADGE, TECH_PIN);
    // The clerk's session was replaced by the technician's.
    expect(await refusedCode('tech.devices', { staffToken: clerk })).toBe('staff-session-ended');

    const fresh = await devices(tech);
    expect(Object.keys(fresh).sort()).toEqual(['badge-reader', 'barcode-scanner', 'id-reader', 'payment-terminal', 'printer']);
    expect(fresh['id-reader']).toMatchObject({ kind: 'id-reader', driver: 'serial', address: idSim.devicePath, state: 'ready', counters: { reads: 0, prints: 0, errors: 0 }, lastError: null });
    expect(fresh['printer']).toMatchObject({ driver: 'escpos', address: `tcp://127.0.0.1:${printerPort}` });
    expect(fresh['barcode-scanner']).toMatchObject({ driver: 'mock', address: 'simulated', lastEventAt: expect.any(String) });

    await idSim.writeMrz(MRZ_SPECIMENS['mar-cnie-td1'].lines, 'cr');
    await expect.poll(async () => ((await devices(tech))['id-reader']!.counters as Value).reads).toBe(1);
    const afterRead = (await devices(tech))['id-reader']!;
    expect(afterRead).toMatchObject({ counters: { reads: 1, errors: 0 }, lastError: null, lastEventAt: expect.any(String) });

    const garbled = MRZ_SPECIMENS['mar-cnie-td1'].lines.map((line, i) => (i === 1 ? `#${line.slice(1)}` : line));
    await idSim.writeMrz(garbled, 'cr');
    await expect.poll(async () => ((await devices(tech))['id-reader']!.counters as Value).errors).toBe(1);
    const idReader = (await devices(tech))['id-reader']!;
    expect(idReader.counters).toEqual({ reads: 1, prints: 0, errors: 1 });
    expect((idReader.lastError as Value).message).toMatch(/^unreadable document: characters outside the MRZ alphabet/);

    expect(await takeTicket()).toEqual({ ok: true });
    await vp.setState('paper-out');
    expect(await takeTicket()).toEqual({ ok: false, reason: 'paper-out' });
    const printer = (await devices(tech))['printer']!;
    // The fault found by the print and the print it stopped are one error.
    expect(printer).toMatchObject({ state: 'fault', detail: 'paper out', counters: { reads: 0, prints: 1, errors: 1 } });
    expect((printer.lastError as Value).message).toBe('receipt not printed: paper out');

    // The badge reader read two badges; nothing read is shown.
    const all = JSON.stringify(await devices(tech));
    expect((await devices(tech))['badge-reader']!.counters).toEqual({ reads: 2, prints: 0, errors: 0 });
    for (const secret of [CLERK_BADGE, TECH_BADGE, 'BENALI', 'XA0012345']) expect(all).not.toContain(secret);
  });

  it('lists the serial ports with the configured pseudo-terminals present', async () => {
    const tech = await badgeSignIn(TECH_BADGE, TECH_PIN);
    const ports = await call('tech.serialPorts', { staffToken: tech });
    expect(ports.configured).toEqual([
      { deviceId: 'id-reader', path: idSim.devicePath, listed: expect.any(Boolean), present: true },
      { deviceId: 'badge-reader', path: badgeSim.devicePath, listed: expect.any(Boolean), present: true },
    ]);
    if (onPath('udevadm')) expect(ports.problem).toBeUndefined();
    else expect(ports.problem).toContain("the system's udevadm is missing");
    await idSim.stop();
    const gone = await call('tech.serialPorts', { staffToken: tech });
    expect((gone.configured as Value[])[0]).toMatchObject({ deviceId: 'id-reader', present: false, listed: false });
  });

  it('reports the software and an embedded office reachable with its latency', async () => {
    const tech = await badgeSignIn(TECH_BADGE, TECH_PIN);
    const software = await call('tech.software', { staffToken: tech });
    expect(software).toMatchObject({ host: 'browser-shell', configFile: CONFIG_FILE, electron: null, chromium: null, node: process.versions.node });
    expect(software.kiosk).toMatch(/^\d+\.\d+\.\d+/);
    expect(Date.parse(software.startedAt as string)).toBeLessThanOrEqual(Date.now());

    const network = await call('tech.network', { staffToken: tech });
    expect(network).toMatchObject({ office: { url: rt.officeUrl, embedded: true, reachable: true }, outbox: { depth: 0, oldestAgeSeconds: null } });
    expect((network.office as Value).latencyMs).toEqual(expect.any(Number));
  });

  it('says the office is unreachable, and counts what waits in the outbox', async () => {
    const closed = await closedPort();
    await kiosk.stop();
    await start({ backendUrl: `http://127.0.0.1:${closed}`, requestTimeoutMs: 1000, outboxMaxRetryDelayMs: 60_000 });
    const { sessionId } = (await call('session.start', { language: 'fr' })) as { sessionId: string };
    await call('privacy.consent', { sessionId });
    await call('identity.enterCardNumber', { sessionId, cardNumber: 'BE123456', birthDate: '1974-08-12' });
    expect(await call('civilStatus.submit', { sessionId, document: 'birth-extract', copies: 1, documentLanguage: 'fr' })).toMatchObject({ receipt: { transmission: 'pending' } });
    await call('session.end', { sessionId, reason: 'done' });

    const tech = await badgeSignIn(TECH_BADGE, TECH_PIN);
    const network = await call('tech.network', { staffToken: tech });
    expect(network.office).toMatchObject({ url: `http://127.0.0.1:${closed}`, embedded: false, reachable: false, latencyMs: null });
    expect((network.office as Value).problem).toContain('refused the connection');
    expect(network.outbox).toMatchObject({ depth: 1, oldestAgeSeconds: expect.any(Number) });
  });

  it('opens a technician session by the gesture and the PIN of any technician', async () => {
    const gesture = await call('tech.gestureSignIn', {});
    expect(gesture).toMatchObject({ kind: 'pin' });
    expect(await call('tech.verifyGesturePin', { attemptId: gesture.attemptId, pin: '12ab' })).toEqual({ kind: 'invalid' });
    // The clerk's PIN is not a technician's.
    expect(await call('tech.verifyGesturePin', { attemptId: gesture.attemptId, pin: CLERK_PIN })).toEqual({ kind: 'wrong', attemptsLeft: 4 });
    const ok = await call('tech.verifyGesturePin', { attemptId: gesture.attemptId, pin: SECOND_TECH_PIN });
    expect(ok).toMatchObject({ kind: 'ok', account: { displayName: 'Salma R.', role: 'technician' }, idleSeconds: 300 });
    expect(await call('tech.verifyGesturePin', { attemptId: gesture.attemptId, pin: SECOND_TECH_PIN })).toEqual({ kind: 'expired' });
    expect(Object.keys(await devices(ok.staffToken as string))).toHaveLength(5);
    // A success starts afresh the count of the account that signed in only: the first wrong PIN
    // still counts against the other technician, whose PIN it could have been.
    const again = await call('tech.gestureSignIn', {});
    expect(await call('tech.verifyGesturePin', { attemptId: again.attemptId, pin: '0000' })).toEqual({ kind: 'wrong', attemptsLeft: 3 });

    expect(await auditOutcomes()).toEqual(
      expect.arrayContaining([
        [null, 'sign-in-refused', 'gesture invalid-pin not-digits'],
        [null, 'sign-in-refused', 'gesture wrong-pin attempts-left=4'],
        ['tech-02', 'sign-in', 'gesture'],
      ]),
    );

    const { sessionId } = (await call('session.start', { language: 'ar' })) as { sessionId: string };
    expect(await call('tech.gestureSignIn', {})).toEqual({ kind: 'unavailable' });
    await call('session.end', { sessionId, reason: 'done' });
    expect(await call('tech.gestureSignIn', {})).toMatchObject({ kind: 'pin' });
  });

  it('closes the gesture after five wrong PINs, restarts included, and locks the technicians it could have opened', async () => {
    const gesture = await call('tech.gestureSignIn', {});
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push(await call('tech.verifyGesturePin', { attemptId: gesture.attemptId, pin: '0000' }));
    expect(verdicts.slice(0, 4)).toEqual([4, 3, 2, 1].map((attemptsLeft) => ({ kind: 'wrong', attemptsLeft })));
    expect(verdicts[4]).toMatchObject({ kind: 'locked', until: expect.any(String) });
    const until = (verdicts[4] as Value).until;
    expect(await call('tech.verifyGesturePin', { attemptId: gesture.attemptId, pin: TECH_PIN })).toEqual({ kind: 'expired' });
    expect(await call('tech.gestureSignIn', {})).toEqual({ kind: 'locked', until });
    expect(await auditOutcomes()).toContainEqual([null, 'sign-in-refused', `gesture locked until=${until as string}`]);

    await kiosk.stop();
    await start();
    expect(await call('tech.gestureSignIn', {})).toEqual({ kind: 'locked', until });
    // The gesture gave the guesser no extra tries: the technicians' badges are locked by them too.
    const before = kiosk.events.length;
    await holdBadge(badgeSim, TECH_BADGE, { frames: 3, intervalMs: 30 });
    await waitUntil('a staff.badge event', () => kiosk.events.slice(before).some((e) => e.channel === 'staff.badge'));
    expect(kiosk.events.slice(before).find((e) => e.channel === 'staff.badge')?.payload).toEqual({ kind: 'locked', until });
  });
});

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
