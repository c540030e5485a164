// Runs every check of the self-test and puts the report together. Each check is timed and
// guarded: one that throws or hangs becomes a failed check with its reason, never a failed
// run, so the technician always gets a report to hand over.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { stat, statfs, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Device } from '../../hardware/devices/device.js';
import type { HardwareConfig } from '../../hardware/hardware-config.js';
import type {
  AudioResult,
  NetworkResult,
  ScreenInfo,
  SelfTestCheck,
  SelfTestCheckKind,
  SelfTestReport,
  SoftwareResult,
  TouchResult,
} from '../contract/kiosk-contract.js';
import type { DeviceActivity } from './device-activity.js';
import { configuredDevices } from './device-address.js';
import type { StatusAsker } from './printer-diagnostics.js';
import * as judge from './self-test-verdicts.js';

/** Longer than the driver's own reply timeout: this one only catches a query stuck behind a hung job. */
export const PRINTER_STATUS_TIMEOUT_MS = 8000;
export const CHECK_TIMEOUT_MS = 15000;

export interface SelfTestDeps {
  kioskId: string;
  officeName: string;
  devices: () => Device[];
  activity: Pick<DeviceActivity, 'snapshot'>;
  /** The printer driver's status query of the moment; undefined for a printer that cannot be asked (mock). */
  printerAsker: () => StatusAsker | undefined;
  /** The configuration of the moment: a technician may have changed it since start. */
  hardware: () => HardwareConfig;
  network: () => Promise<NetworkResult>;
  /** kiosk.sqlite. */
  db: { all<T>(sql: string): Promise<T[]> };
  dataDir: string;
  logsDir: string;
  software: () => SoftwareResult;
  now: () => Date;
  printerStatusTimeoutMs?: number;
}

export interface SelfTestInput {
  technician: string;
  screen: ScreenInfo;
  touch?: TouchResult | undefined;
  audio?: AudioResult | undefined;
}

type Check = Omit<SelfTestCheck, 'durationMs'>;

export async function runSelfTest(deps: SelfTestDeps, input: SelfTestInput): Promise<SelfTestReport> {
  const startedAt = deps.now();
  // The printer is asked first and alone: its answer updates the device state the device checks read.
  const printer = await timed('printer-status', 'Printer status asked now', () => printerStatus(deps));
  const [others, network] = await Promise.all([
    Promise.all([
      timed('serial-nodes', 'Serial device nodes', async () => judge.judgeSerialNodes(serialNodes(deps.hardware()))),
      timed('database', 'Database integrity (kiosk.sqlite)', async () => judge.judgeQuickCheck(await deps.db.all<Record<string, unknown>>('PRAGMA quick_check'))),
      timed('disk', 'Free disk space', async () => {
        const s = await statfs(deps.dataDir);
        return judge.judgeFreeSpace(Number(s.bavail) * Number(s.bsize), deps.dataDir);
      }),
      timed('log-folder', 'Log folder writable', () => logFolder(deps.logsDir)),
      timed('config-file', 'Configuration file in use', () => configFile(deps.software().configFile)),
      timed('software', 'Software versions', async () => ({ verdict: 'pass' as const, detail: versions(deps.software()), finding: { code: 'softwareListed' } })),
    ]),
    networkChecks(deps),
  ]);
  const devices = await Promise.all(deps.devices().map((d) => timed('device', `Device ${d.id} (${d.driver})`, async () => deviceCheck(deps, d), d.id)));
  const screen = [
    await timed('screen', 'Screen size and scale', async () => judge.judgeScreen(input.screen)),
    await timed('touch', 'Touch grid', async () => judge.judgeTouch(input.touch)),
    await timed('audio', 'Audio test', async () => judge.judgeAudio(input.audio)),
  ];
  const checks = [...devices, printer, ...others, ...network, ...screen];
  return {
    format: 'borne-self-test/1',
    kioskId: deps.kioskId,
    office: deps.officeName,
    startedAt: startedAt.toISOString(),
    finishedAt: deps.now().toISOString(),
    technician: input.technician,
    overall: judge.overallVerdict(checks.map((c) => c.verdict)),
    checks,
  };
}

async function printerStatus(deps: SelfTestDeps): Promise<judge.Judgement> {
  const asker = deps.printerAsker();
  if (!asker) return { verdict: 'pass', detail: 'this printer cannot be asked for its status (simulated): see its device state', finding: { code: 'printerSimulated' } };
  const limit = deps.printerStatusTimeoutMs ?? PRINTER_STATUS_TIMEOUT_MS;
  const status = await withTimeout(asker.askAllStatus(), limit);
  if (status === undefined) return { verdict: 'fail', detail: `the printer did not answer its status request within ${limit / 1000} s`, finding: { code: 'printerSilent' } };
  return judge.judgePrinterReplies(status.replies);
}

async function networkChecks(deps: SelfTestDeps): Promise<SelfTestCheck[]> {
  const started = performance.now();
  let result: NetworkResult | undefined;
  let problem = '';
  try {
    result = await withTimeout(deps.network(), CHECK_TIMEOUT_MS);
    if (!result) problem = `no answer within ${CHECK_TIMEOUT_MS / 1000} s`;
  } catch (err) {
    problem = plain(err);
  }
  const durationMs = elapsed(started);
  if (!result) {
    return [
      { id: 'office', kind: 'office', name: 'Office server', verdict: 'fail', detail: `the check could not run: ${problem}`, finding: { code: 'checkNotRun' }, durationMs },
      { id: 'outbox', kind: 'outbox', name: 'Outbox (waiting to be sent)', verdict: 'fail', detail: `the check could not run: ${problem}`, finding: { code: 'checkNotRun' }, durationMs },
    ];
  }
  return [
    { id: 'office', kind: 'office', name: 'Office server', ...judge.judgeOffice(result.office), durationMs },
    { id: 'outbox', kind: 'outbox', name: 'Outbox (waiting to be sent)', ...judge.judgeOutbox(result.outbox), durationMs },
  ];
}

function deviceCheck(deps: SelfTestDeps, device: Device): judge.Judgement {
  return judge.judgeDevice(device.status(), deps.activity.snapshot(device.id).lastError);
}

function serialNodes(hardware: HardwareConfig): Array<{ deviceId: string; path: string; present: boolean }> {
  return configuredDevices(hardware).flatMap((d) => (d.serialPath ? [{ deviceId: d.kind, path: d.serialPath, present: existsSync(d.serialPath) }] : []));
}

async function logFolder(logsDir: string): Promise<judge.Judgement> {
  if (!existsSync(logsDir)) return { verdict: 'warn', detail: `${logsDir} does not exist: the logs are not written to files`, finding: { code: 'logFolderMissing' } };
  // Really writing is the only proof: permissions, a read-only mount and a full drive all show here.
  const probe = join(logsDir, `.self-test-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(probe, 'probe');
    return { verdict: 'pass', detail: `${logsDir} is writable`, finding: { code: 'logFolderWritable' } };
  } catch (err) {
    return { verdict: 'fail', detail: `${logsDir} cannot be written (${plain(err)})`, finding: { code: 'logFolderReadOnly' } };
  } finally {
    await unlink(probe).catch(() => undefined);
  }
}

async function configFile(path: string | null): Promise<judge.Judgement> {
  if (path === null) return { verdict: 'pass', detail: 'the embedded default configuration', finding: { code: 'configEmbedded' } };
  const found = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
  return found
    ? { verdict: 'pass', detail: path, finding: { code: 'configFound' } }
    : { verdict: 'warn', detail: `${path} (in use, but no longer found on disk)`, finding: { code: 'configGone' } };
}

function versions(s: SoftwareResult): string {
  return [`kiosk ${s.kiosk}`, `Electron ${s.electron ?? 'none (browser shell)'}`, `Chromium ${s.chromium ?? 'unknown'}`, `Node ${s.node}`, s.platform].join(', ');
}

async function timed(kind: SelfTestCheckKind, name: string, run: () => Promise<judge.Judgement>, subject?: string): Promise<SelfTestCheck> {
  const started = performance.now();
  let outcome: judge.Judgement;
  try {
    outcome = (await withTimeout(run(), CHECK_TIMEOUT_MS)) ?? { verdict: 'fail', detail: `no answer within ${CHECK_TIMEOUT_MS / 1000} s`, finding: { code: 'checkTimedOut', params: { seconds: CHECK_TIMEOUT_MS / 1000 } } };
  } catch (err) {
    outcome = { verdict: 'fail', detail: `the check could not run: ${plain(err)}`, finding: { code: 'checkNotRun' } };
  }
  const check: Check = { id: subject ? `${kind}:${subject}` : kind, kind, ...(subject ? { subject } : {}), name, ...outcome };
  return { ...check, durationMs: elapsed(started) };
}

/** undefined when `ms` passed first; the work itself goes on (it cannot be cancelled) and is ignored. */
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

function plain(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
  return code ? `${code}: ${message.slice(0, 160)}` : message.slice(0, 160);
}
