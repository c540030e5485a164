// The technician's self-test inside a running kiosk, with real parts: a TCP virtual printer
// answering DLE EOT (stopped, then back), the ESC/POS driver, real SQLite files, the office
// connection, the export folder on disk. Only the badge reader and the other devices are mocks.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { selfTestReportSchema, type SelfTestRunResult } from '../../main/contract/kiosk-contract.js';
import type { KioskRuntime } from '../../main/services/kiosk-runtime.js';
import { CLERK, CLERK_BADGE, CLERK_PIN, hashedAccounts, TECH_BADGE, TECH_PIN, TECHNICIAN, TechnicianRuntime, type Value } from '../helpers/technician-runtime.js';

const SCREEN = { width: 1920, height: 1080, scale: 1, touchPoints: 10 };

let accounts: Value[];
let kiosk: TechnicianRuntime;
let dir: string;
let vp: VirtualPrinter;
let rt: KioskRuntime;

beforeAll(async () => {
  accounts = await hashedAccounts([CLERK, TECHNICIAN]);
});

beforeEach(async () => {
  kiosk = await TechnicianRuntime.create({ prefix: 'borne-self-test-', printerTimeoutMs: 1500 });
  rt = await kiosk.start({ accounts });
  dir = kiosk.dir;
  vp = kiosk.printer!;
});

afterEach(async () => {
  await kiosk.close();
});

const call = <T>(channel: string, payload: unknown): Promise<T> => kiosk.call<T>(channel, payload);
const technicianToken = (): Promise<string> => kiosk.technicianToken();

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
    const clerk = { staffToken: await kiosk.mockBadgeSignIn(CLERK_BADGE, CLERK_PIN) };
    const refused = await rt.router.dispatch('tech.selfTest.run', { staffToken: clerk.staffToken, language: 'fr', screen: SCREEN });
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('forbidden');

    const staffToken = await technicianToken();
    await call('session.start', { language: 'fr' });
    const busy = await rt.router.dispatch('tech.selfTest.run', { staffToken, language: 'fr', screen: SCREEN });
    expect(busy.ok ? 'accepted' : busy.error.code).toBe('unavailable');
  });
});
