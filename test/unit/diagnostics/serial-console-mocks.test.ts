// The console on mock hardware (the dev dock's devices): a mock sends the bytes a real device
// would, so the technician sees framing, masked values and verdicts without any hardware.
import { afterEach, describe, expect, it } from 'vitest';
import { MockBadgeReader } from '../../../hardware/badge-reader/badge-reader-mock.js';
import { silentLogger } from '../../../hardware/devices/device-logger.js';
import { MockIdReader } from '../../../hardware/id-reader/id-reader-mock.js';
import { MockBarcodeScanner } from '../../../hardware/scanner/barcode-scanner-mock.js';
import { MRZ_SPECIMENS } from '../../../hardware/simulators/mrz-specimens.js';
import type { ConsoleEntry, ConsoleEvent } from '../../../main/contract/kiosk-contract.js';
import { SerialConsole } from '../../../main/diagnostics/serial-console.js';
import { StaffSessions } from '../../../main/staff/staff-sessions.js';

const TECH = { id: 'tech-01', displayName: 'Youssef T.', role: 'technician' as const };
const sessions = new StaffSessions({ idleSeconds: 300, onEnded: () => undefined });
const idReader = new MockIdReader(silentLogger, { interLineTimeoutMs: 50 });
const scanner = new MockBarcodeScanner(silentLogger);
const badgeReader = new MockBadgeReader(silentLogger);
let events: ConsoleEvent[] = [];
const serialConsole = new SerialConsole({
  sessions,
  citizenPresent: () => false,
  devices: { idReader, scanner, badgeReader },
  address: () => 'simulated',
  emit: (e) => events.push(e),
  logger: { info: () => undefined },
  feed: { flushMs: 10 },
});

async function collect(until: (entries: ConsoleEntry[]) => boolean): Promise<ConsoleEntry[]> {
  for (let i = 0; i < 200; i++) {
    const all = events.flatMap((e) => e.entries);
    if (until(all)) return all;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the console did not show it');
}

afterEach(() => {
  serialConsole.closeAll('test');
  events = [];
});

describe('the console on mock devices', () => {
  it('shows a presented badge as its frame and its id, all but the last 2 characters hidden', async () => {
    await badgeReader.open();
    const { token } = sessions.start(TECH);
    serialConsole.openConsole(token, 'badge-reader');
    badgeReader.present('1234567890');
    const all = await collect((es) => es.some((e) => e.kind === 'badge'));
    expect(all.find((e) => e.kind === 'bytes')).toMatchObject({ text: '\u2402••••••••90••\u240D\u240A\u2403' });
    expect(all.find((e) => e.kind === 'badge')).toMatchObject({ badgeId: '••••••••90' });
  });

  it('shows a scanned code with its CR, all but the last 4 characters hidden', async () => {
    await scanner.open();
    const { token } = sessions.start(TECH);
    serialConsole.openConsole(token, 'barcode-scanner');
    scanner.scan('KIT-2026-000123');
    const all = await collect((es) => es.some((e) => e.kind === 'scan'));
    expect(all.find((e) => e.kind === 'bytes')).toMatchObject({ text: '•••••••••••0123\u240D' });
    expect(all.find((e) => e.kind === 'scan')).toMatchObject({ code: '•••••••••••0123', length: 15, symbology: null });
  });

  it('shows an inserted specimen line by line and its failed check digit', async () => {
    await idReader.open();
    const { token } = sessions.start(TECH);
    serialConsole.openConsole(token, 'id-reader');
    idReader.insert(MRZ_SPECIMENS['bad-check-digit'].lines);
    const all = await collect((es) => es.some((e) => e.kind === 'card'));
    expect(all.filter((e) => e.kind === 'bytes')).toHaveLength(3);
    const card = all.find((e) => e.kind === 'card');
    expect(card?.kind === 'card' && card.checks.find((c) => c.field === 'birthDate')?.ok).toBe(false);
    expect(JSON.stringify(all)).not.toMatch(/BENALI|FATIMA|ZAHRA/);
  });

  it('takes its listeners off the device when closed', async () => {
    await badgeReader.open();
    const { token } = sessions.start(TECH);
    const before = badgeReader.listenerCount('raw');
    serialConsole.openConsole(token, 'badge-reader');
    expect(badgeReader.listenerCount('raw')).toBe(before + 1);
    expect(serialConsole.closeConsole(token, 'badge-reader')).toBe(true);
    expect(badgeReader.listenerCount('raw')).toBe(before);
  });
});
