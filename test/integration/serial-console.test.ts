// The technician's raw console against real parts: the ID reader's serial driver on a socat
// pseudo-terminal, the contract router the screen talks to, real staff sessions. What reaches
// the screen is masked; nothing reaches it once the session is over.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../hardware/devices/device-logger.js';
import { createIdReader } from '../../hardware/id-reader/create-id-reader.js';
import type { IdReaderDevice } from '../../hardware/id-reader/id-reader.js';
import { MockBadgeReader } from '../../hardware/badge-reader/badge-reader-mock.js';
import { MockBarcodeScanner } from '../../hardware/scanner/barcode-scanner-mock.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { kioskConfigSchema } from '../../main/config/config-schema.js';
import type { ConsoleEntry, ConsoleEvent } from '../../main/contract/kiosk-contract.js';
import { openSerialConsole } from '../../main/diagnostics/serial-console-handlers.js';
import { ContractRouter } from '../../main/services/contract-router.js';
import { StaffSessions } from '../../main/staff/staff-sessions.js';
import { SerialDeviceSimulator, sleep, waitUntil } from '../helpers/socat-pty.js';

const quiet = { warn: () => undefined, error: () => undefined, info: () => undefined };
const TECH = { id: 'tech-01', displayName: 'Youssef T.', role: 'technician' as const };
const CLERK = { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff' as const };

let dir: string;
let sim: SerialDeviceSimulator;
let reader: IdReaderDevice;
let router: ContractRouter;
let sessions: StaffSessions;
let citizen: boolean;
let received: ConsoleEvent[];
let consoleHandle: ReturnType<typeof openSerialConsole> | undefined;

const entries = (): ConsoleEntry[] => received.flatMap((e) => e.entries);
const ofKind = <K extends ConsoleEntry['kind']>(kind: K) => entries().filter((e): e is Extract<ConsoleEntry, { kind: K }> => e.kind === kind);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-console-'));
  sim = await SerialDeviceSimulator.start({ dir, name: 'id-reader' });
  const config = kioskConfigSchema.parse({
    office: { name: 'Arrondissement Sidi Moumen' },
    kiosk: { id: 'it-kiosk', referenceCode: 'KIT' },
    hardware: {
      idReader: { driver: 'serial', path: sim.devicePath, baudRate: 9600, interLineTimeoutMs: 300 },
      barcodeScanner: { driver: 'mock' },
      printer: { driver: 'mock', paperWidthMm: 80 },
      badgeReader: { driver: 'mock' },
    },
  });
  reader = createIdReader(config.hardware.idReader, silentLogger);
  await reader.open();
  await waitUntil('the reader to open', () => reader.status().state === 'ready');
  router = new ContractRouter(quiet);
  citizen = false;
  sessions = new StaffSessions({ idleSeconds: 300, onEnded: (_s, reason) => reason !== 'replaced' && router.emit('staff.sessionEnded', { reason }) });
  received = [];
  router.onEvent((channel, payload) => {
    if (channel === 'tech.console') received.push(payload as ConsoleEvent);
  });
  consoleHandle = openSerialConsole(router, {
    sessions,
    citizenPresent: () => citizen,
    devices: { idReader: reader, scanner: new MockBarcodeScanner(silentLogger), badgeReader: new MockBadgeReader(silentLogger) },
    hardware: () => config.hardware,
    logger: quiet,
  });
});

afterEach(async () => {
  consoleHandle?.close();
  sessions.close();
  await reader.close();
  await sim.stop();
  await rm(dir, { recursive: true, force: true });
});

async function openConsole(token: string) {
  return router.dispatch('tech.console.open', { staffToken: token, deviceId: 'id-reader' });
}

describe('the ID reader console', () => {
  it('shows a card masked with its check digits, and garbage byte for byte', async () => {
    const { token } = sessions.start(TECH);
    const opened = await openConsole(token);
    expect(opened).toMatchObject({ ok: true, value: { deviceId: 'id-reader', driver: 'serial', address: sim.devicePath, entries: [] } });

    await sim.writeMrz(MRZ_SPECIMENS['bad-check-digit'].lines, 'crlf');
    await waitUntil('the card verdict', () => ofKind('card').length === 1);
    const card = ofKind('card')[0];
    expect(card?.format).toBe('TD1');
    expect(card?.checks.find((c) => c.field === 'birthDate')?.ok).toBe(false);
    expect(card?.checks.find((c) => c.field === 'expiryDate')?.ok).toBe(true);
    const bytes = ofKind('bytes');
    expect(bytes.length).toBeGreaterThanOrEqual(3);
    expect(bytes.some((b) => b.text.endsWith('\u240D\u240A') && b.hex.endsWith('0D 0A'))).toBe(true);
    const wire = JSON.stringify(received);
    for (const word of ['BENALI', 'FATIMA', 'XA0012345', '850614', 'MAR']) expect(wire).not.toContain(word);

    await sim.write(Buffer.from([0xf0, 0x99, 0xe6, 0x0d]));
    await waitUntil('the garbage', () => ofKind('bytes').some((b) => b.hex === 'F0 99 E6 0D'));
    // One line of a three-line card: the reader gives up after its inter-line timeout.
    await sim.writeMrz(MRZ_SPECIMENS['icao-td1'].lines.slice(0, 1), 'crlf');
    await waitUntil('the reader to call it unreadable', () => ofKind('unreadable').length === 1);
    expect(ofKind('unreadable')[0]?.reason).toBe('partial');

    // What the console kept is what a screen opened again gets.
    const again = await openConsole(token);
    expect(again.ok && (again.value as { entries: unknown[] }).entries.length).toBe(entries().length);
  });

  it('stops the moment the session ends, and the reader goes on reading for citizens', async () => {
    const { token } = sessions.start(TECH);
    await openConsole(token);
    await sim.writeMrz(MRZ_SPECIMENS['icao-td1'].lines, 'crlf');
    await waitUntil('the first card', () => ofKind('card').length === 1);

    sessions.end(token, 'signed-out');
    expect(consoleHandle?.console.isOpen('id-reader')).toBe(false);
    const before = received.length;
    const cards: unknown[] = [];
    reader.on('card', (e) => cards.push(e));
    await sim.writeMrz(MRZ_SPECIMENS['icao-td1'].lines, 'crlf');
    await waitUntil('the reader to read again', () => cards.length === 1);
    await sleep(300);
    expect(received.length).toBe(before);
    expect(await openConsole(token)).toMatchObject({ ok: false, error: { code: 'staff-session-ended' } });
  });

  it('closes with a session replaced by another sign-in, which sends no event', async () => {
    const first = sessions.start(TECH);
    await openConsole(first.token);
    sessions.start(TECH);
    // Closed by the sign-in itself, not by a later check.
    expect(consoleHandle?.console.isOpen('id-reader')).toBe(false);
    const before = received.length;
    await sim.writeMrz(MRZ_SPECIMENS['icao-td1'].lines, 'crlf');
    await sleep(600);
    expect(received.length).toBe(before);
  });

  it('is refused to a clerk, and to a technician while a citizen is being served', async () => {
    const clerk = sessions.start(CLERK);
    expect(await openConsole(clerk.token)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const tech = sessions.start(TECH);
    citizen = true;
    const refused = await openConsole(tech.token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/citizen/);
  });

  it('counts what it leaves out when the device sends faster than a screen can follow', async () => {
    const { token } = sessions.start(TECH);
    await openConsole(token);
    const flood = Buffer.alloc(64 * 40, 0xf0);
    await sim.write(flood);
    await waitUntil('the dropped notice', () => ofKind('dropped').length > 0);
    const shownBytes = ofKind('bytes').reduce((n, b) => n + b.length, 0);
    const dropped = ofKind('dropped').reduce((n, d) => n + d.count, 0);
    expect(dropped).toBeGreaterThan(0);
    expect(shownBytes).toBeLessThan(flood.length);
    const bytesPerBatch = received.map((e) => e.entries.filter((x) => x.kind === 'bytes').length);
    expect(Math.max(...bytesPerBatch)).toBeLessThanOrEqual(20);
  });
});
