// The technician's self-test inside a running kiosk, with real parts: a TCP virtual printer
// answering DLE EOT (stopped, then back), the ESC/POS driver, real SQLite files, the office
// connection, the export folder on disk. Only the badge reader and the other devices are mocks.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { kioskConfigSchema } from '../../main/config/config-schema.js';
import { selfTestReportSchema, type SelfTestRunResult } from '../../main/contract/kiosk-contract.js';
import { type KioskRuntime, startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { hashPin } from '../../main/staff/pin-hash.js';

const TECH_PIN = '13579';
const TECH_BADGE = '1234567890';
const FAST = { N: 1024, r: 8, p: 1 };
const SCREEN = { width: 1920, height: 1080, scale: 1, touchPoints: 10 };

let accounts: unknown[];
let dir: string;
let vp: VirtualPrinter;
let rt: KioskRuntime;

beforeAll(async () => {
  accounts = [
    { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff', badgeId: '0F00A1B2C3', pinHash: await hashPin('2468', FAST) },
    { id: 'tech-01', displayName: 'Youssef T.', role: 'technician', badgeId: TECH_BADGE, pinHash: await hashPin(TECH_PIN, FAST) },
  ];
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'borne-self-test-'));
  vp = new VirtualPrinter({ port: 0 });
  await vp.start();
  const config = kioskConfigSchema.parse({
    office: { name: 'Arrondissement Sidi Moumen' },
    kiosk: { id: 'it-kiosk', referenceCode: 'KIT' },
    staff: { accounts, sessionIdleSeconds: 300 },
    hardware: {
      idReader: { driver: 'mock' },
      barcodeScanner: { driver: 'mock' },
      printer: { driver: 'escpos', interface: `tcp://127.0.0.1:${vp.port}`, paperWidthMm: 80, timeoutMs: 1500, statusPollMs: 0 },
      badgeReader: { driver: 'mock' },
    },
  });
  rt = await startKioskRuntime({ config, dataDir: join(dir, 'data'), logger: pino({ level: 'silent' }), host: 'browser-shell' });
});

afterEach(async () => {
  await rt.close();
  await vp.stop();
  await rm(dir, { recursive: true, force: true });
});

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const r = await rt.router.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function technicianToken(): Promise<string> {
  const gesture = await call<{ attemptId: string }>('tech.gestureSignIn', {});
  const verdict = await call<{ staffToken: string }>('tech.verifyGesturePin', { attemptId: gesture.attemptId, pin: TECH_PIN });
  return verdict.staffToken;
}

const verdictOf = (r: SelfTestRunResult, id: string) => r.report.checks.find((c) => c.id === id)?.verdict;

describe('self-test', () => {
  it('fails a stopped printer, saves the report as JSON without printing it, and audits the run', async () => {
    const staffToken = await technicianToken();
    await vp.stop();
    const r = await call<SelfTestRunResult>('tech.selfTest.run', { staffToken, language: 'fr', screen: SCREEN, audio: 'heard', touch: { targets: 24, hits: 24, misses: 1 } });

    expect(r.report.overall).toBe('fail');
    expect(verdictOf(r, 'printer-status')).toBe('fail');
    expect(verdictOf(r, 'device:printer')).toBe('fail');
    expect(r.report.checks.find((c) => c.id === 'printer-status')?.detail).toMatch(/did not answer/);
    // The rest of the kiosk is fine: the real database, the embedded office server, the mocks.
    expect(verdictOf(r, 'database')).toBe('pass');
    expect(verdictOf(r, 'office')).toBe('pass');
    expect(verdictOf(r, 'outbox')).toBe('pass');
    expect(verdictOf(r, 'device:id-reader')).toBe('pass');
    expect(verdictOf(r, 'audio')).toBe('pass');
    expect(verdictOf(r, 'touch')).toBe('pass');
    for (const kind of ['serial-nodes', 'disk', 'log-folder', 'config-file', 'software', 'screen']) expect(r.report.checks.some((c) => c.kind === kind), kind).toBe(true);
    expect(r.printed).toMatchObject({ kind: 'not-printed', reason: 'printer-failed' });
    expect(vp.jobs).toHaveLength(0);

    expect(r.saved.kind).toBe('saved');
    if (r.saved.kind !== 'saved') return;
    expect(r.saved.directory).toBe(join(dir, 'data', 'exports'));
    const files = await readdir(r.saved.directory);
    expect(files).toEqual([r.saved.fileName]);
    const raw = await readFile(join(r.saved.directory, r.saved.fileName), 'utf8');
    const saved = selfTestReportSchema.parse(JSON.parse(raw));
    expect(saved.checks.find((c) => c.id === 'printer-status')?.verdict).toBe('fail');
    expect(saved).toMatchObject({ kioskId: 'it-kiosk', office: 'Arrondissement Sidi Moumen', technician: 'tech-01' });
    // Account id only: no badge number, no PIN.
    expect(raw).not.toContain(TECH_BADGE);
    expect(raw).not.toContain(TECH_PIN);

    const audit = await rt.staffMode!.auditLog.list({});
    expect(audit.items.find((e) => e.action === 'self-test')).toMatchObject({ account: 'tech-01', target: r.saved.fileName, outcome: 'overall=fail not-printed:printer-failed' });
  });

  it('prints the report as a receipt the printer decodes once the printer is back', async () => {
    const staffToken = await technicianToken();
    await vp.stop();
    const down = await call<SelfTestRunResult>('tech.selfTest.run', { staffToken, language: 'ar', screen: SCREEN });
    expect(down.printed.kind).toBe('not-printed');
    // Back on at the same address, as a real printer switched on again.
    await vp.setState('unreachable');
    await vp.setState('ready');
    const r = await call<SelfTestRunResult>('tech.selfTest.run', { staffToken, language: 'ar', screen: SCREEN });
    expect(verdictOf(r, 'printer-status')).toBe('pass');
    expect(verdictOf(r, 'device:printer')).toBe('pass');
    // Touch and audio were not run: a warning, not a failure.
    expect(verdictOf(r, 'touch')).toBe('warn');
    expect(verdictOf(r, 'audio')).toBe('warn');
    expect(r.printed).toEqual({ kind: 'printed' });
    const job = await vp.waitForJob();
    expect(job.decoded.images[0]?.width).toBe(576);
    expect(job.decoded.cuts).toBe(1);
  });

  it('refuses a clerk, and a run while a citizen is served', async () => {
    const reader = rt.devices.badgeReader as unknown as { present(id: string): boolean };
    const events: Array<{ attemptId?: string }> = [];
    rt.router.onEvent((channel, payload) => {
      if (channel === 'staff.badge') events.push(payload as { attemptId?: string });
    });
    reader.present('0F00A1B2C3');
    await expect.poll(() => events.length).toBeGreaterThan(0);
    const clerk = await call<{ staffToken: string }>('staff.verifyPin', { attemptId: events[0]!.attemptId, pin: '2468' });
    const refused = await rt.router.dispatch('tech.selfTest.run', { staffToken: clerk.staffToken, language: 'fr', screen: SCREEN });
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('forbidden');

    const staffToken = await technicianToken();
    await call('session.start', { language: 'fr' });
    const busy = await rt.router.dispatch('tech.selfTest.run', { staffToken, language: 'fr', screen: SCREEN });
    expect(busy.ok ? 'accepted' : busy.error.code).toBe('unavailable');
  });
});
