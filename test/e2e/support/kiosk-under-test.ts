// Starts what a kiosk in a district office has: the browser shell (the built bundle, as
// `npm start` runs it), a network receipt printer (the virtual printer on a real TCP port)
// and a document reader, scanner and staff badge reader on real pseudo-terminals.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { SerialDeviceSimulator } from '../../../hardware/simulators/serial-device-simulator.js';
import { VirtualPrinter } from '../../../hardware/simulators/virtual-printer.js';
import { createLaunchSecret, LAUNCH_SECRET_ENV, mintLaunchUrl } from '../../../main/browser-shell/launch-ticket.js';
import { TEST_OFFICE_TOKEN } from '../../helpers/office-token.js';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface KioskUnderTest {
  /** A fresh one-time launch address at each read: page.goto() it as often as needed, in any browser context. */
  readonly kioskUrl: string;
  /** Same for the dev dock (null when the configuration disables it). */
  readonly devDockUrl: string | null;
  printer: VirtualPrinter;
  idReader: SerialDeviceSimulator;
  scanner: SerialDeviceSimulator;
  /** Write badge frames with holdBadge(kiosk.badgeReader, id) from hardware/simulators/badge-holder.ts. */
  badgeReader: SerialDeviceSimulator;
  dataDir: string;
  /** Where the staff audit log CSV is exported (staff.exportDir). */
  exportDir: string;
  /** The office backend this kiosk talks to: options.officeUrl, or the embedded one it started. */
  officeUrl: string;
  /** The browser shell's process id (e.g. to read /proc/<pid>/status). */
  pid: number;
  /** Everything the browser shell wrote on stdout/stderr, for failure messages. */
  output: () => string;
  /** SIGTERM (a clean shutdown), or SIGKILL with { kill: true } (a power cut / kill -9). */
  stop(opts?: { kill?: boolean }): Promise<void>;
}

export interface KioskOptions {
  idle?: { warningAfterSeconds: number; resetAfterWarningSeconds: number; resultScreenSeconds: number };
  defaultLanguage?: 'ar' | 'fr' | 'zgh' | 'en';
  /** Mock drivers, driven from the dev dock, instead of the pseudo-terminals and the virtual printer. */
  mockHardware?: boolean;
  /** An office backend to use (e.g. startOfficeBackend().url); absent = the kiosk starts its embedded one. */
  officeUrl?: string;
  /** The bearer token for officeUrl (default: the test office's, TEST_OFFICE_TOKEN). */
  officeToken?: string;
  /** How long a citizen waits for the office before a submission goes to the outbox (default 4000). */
  officeRequestTimeoutMs?: number;
  /** Longest wait between outbox retries while the office is down (default here 1000, so a restarted backend gets the queue within a second or so). */
  outboxMaxRetryDelayMs?: number;
  /** Prefix of the receipt numbers the kiosk gives out while offline (default KE2E: KE2E-2026-000001). */
  referenceCode?: string;
  /** Settings of the mock payment terminal (hardware.paymentTerminal), e.g. { driver: 'mock', approveAfterMs: 200 }; absent = its defaults. */
  paymentTerminal?: { driver: 'mock' } & Record<string, unknown>;
  /** Reuse the data folder (kiosk.sqlite with its outbox) of a kiosk stopped before: a restart. */
  dataDir?: string;
  /** office.name: one name (the older form) or one per language (default 'Arrondissement Sidi Moumen'). */
  officeName?: string | { ar: string; fr: string; zgh?: string; en?: string };
  /** office.publicStatusUrl: the receipts' QR codes open this page (absent: they hold the number). */
  publicStatusUrl?: string;
  /** Staff session inactivity limit (default 120 s). */
  staffIdleSeconds?: number;
  /**
   * developer.devDock (default true). With the dock on, the kiosk adds the demo staff accounts
   * itself (main/staff/demo-accounts.ts): clerk 0F00A1B2C3 / 2468, technician 1234567890 / 1357.
   */
  devDock?: boolean;
  /** Staff accounts in the configuration file (default none: the demo accounts of the dock). */
  staffAccounts?: unknown[];
  /** kiosk.devicePlacement, e.g. { idReader: { side: 'left', position: 'middle' } }; absent = the defaults. */
  devicePlacement?: Record<string, { side: string; position?: string }>;
}

export async function startKiosk(options: KioskOptions = {}): Promise<KioskUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'borne-e2e-'));
  const office = {
    name: options.officeName ?? 'Arrondissement Sidi Moumen',
    ...(options.publicStatusUrl ? { publicStatusUrl: options.publicStatusUrl } : {}),
    timeZone: 'Africa/Casablanca',
    ...(options.officeUrl ? { backendUrl: options.officeUrl, token: options.officeToken ?? TEST_OFFICE_TOKEN } : {}),
    ...(options.officeRequestTimeoutMs ? { requestTimeoutMs: options.officeRequestTimeoutMs } : {}),
    outboxMaxRetryDelayMs: options.outboxMaxRetryDelayMs ?? 1000,
    // The office's own arrondissement: a street report starts among its neighbourhoods.
    arrondissementId: 'sidi-moumen',
  };
  const printer = new VirtualPrinter({ port: 0 });
  // Side by side: each socat pseudo-terminal takes a moment to appear, and they do not depend on one another.
  const [printerPort, idReader, scanner, badgeReader] = await Promise.all([
    printer.start(),
    SerialDeviceSimulator.start({ dir, name: 'id-reader' }),
    SerialDeviceSimulator.start({ dir, name: 'scanner' }),
    SerialDeviceSimulator.start({ dir, name: 'badge-reader' }),
  ]);
  const config = {
    office,
    kiosk: {
      id: 'e2e-kiosk',
      referenceCode: options.referenceCode ?? 'KE2E',
      defaultLanguage: options.defaultLanguage ?? 'ar',
      languages: ['ar', 'fr', 'zgh', 'en'],
      ...(options.devicePlacement ? { devicePlacement: options.devicePlacement } : {}),
    },
    idle: options.idle ?? { warningAfterSeconds: 45, resetAfterWarningSeconds: 30, resultScreenSeconds: 8 },
    developer: { devDock: options.devDock ?? true },
    staff: {
      accounts: options.staffAccounts ?? [],
      pinLockout: { maxAttempts: 5, lockMinutes: 15 },
      sessionIdleSeconds: options.staffIdleSeconds ?? 120,
      exportDir: join(dir, 'exports'),
    },
    hardware: {
      ...(options.mockHardware
        ? { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock', paperWidthMm: 80 }, badgeReader: { driver: 'mock' } }
        : {
            idReader: { driver: 'serial', path: idReader.devicePath, baudRate: 9600 },
            barcodeScanner: { driver: 'serial', path: scanner.devicePath, baudRate: 9600 },
            badgeReader: { driver: 'serial', path: badgeReader.devicePath, baudRate: 9600 },
            printer: { driver: 'escpos', interface: `tcp://127.0.0.1:${printerPort}`, paperWidthMm: 80, timeoutMs: 3000, statusPollMs: 1000 },
          }),
      ...(options.paymentTerminal ? { paymentTerminal: options.paymentTerminal } : {}),
    },
  };
  const configPath = join(dir, 'kiosk.json');
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  const dataDir = options.dataDir ?? join(dir, 'data');
  // Through the environment, not argv: with it the harness mints launch addresses itself.
  const launchSecret = createLaunchSecret();
  const child = spawn(process.execPath, [join(ROOT, 'dist/main/browser-shell.cjs')], {
    cwd: ROOT,
    env: { ...process.env, KIOSK_CONFIG: configPath, KIOSK_PORT: '0', KIOSK_DATA_DIR: dataDir, [LAUNCH_SECRET_ENV]: launchSecret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  child.once('exit', (code, signal) => (output += `browser shell exited (code ${code}, signal ${signal})\n`));
  const ready = await waitForReady(child, (line) => (output += `${line}\n`));
  let stopped = false;
  return {
    get kioskUrl() {
      return mintLaunchUrl(ready.baseUrl, '/', launchSecret);
    },
    get devDockUrl() {
      return ready.devDockUrl === null ? null : mintLaunchUrl(ready.baseUrl, '/dev-dock.html', launchSecret);
    },
    printer,
    idReader,
    scanner,
    badgeReader,
    dataDir,
    exportDir: join(dir, 'exports'),
    officeUrl: ready.officeUrl,
    pid: child.pid ?? 0,
    output: () => output,
    stop: async (opts = {}) => {
      if (stopped) return;
      stopped = true;
      await stopChild(child, opts.kill ? 'SIGKILL' : 'SIGTERM');
      await Promise.all([printer.stop(), idReader.stop(), scanner.stop(), badgeReader.stop()]);
    },
  };
}

interface ReadyLine {
  baseUrl: string;
  devDockUrl: string | null;
  officeUrl: string;
}

function waitForReady(child: ChildProcess, onLine: (line: string) => void): Promise<ReadyLine> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error('browser shell not ready within 20 s')), 20_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      onLine(line);
      if (line.startsWith('BORNE_READY ')) {
        clearTimeout(timer);
        resolvePromise(JSON.parse(line.slice('BORNE_READY '.length)) as ReadyLine);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser shell exited with ${code} before it was ready`));
    });
  });
}

async function stopChild(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill(signal);
  const timeout = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timeout);
}
