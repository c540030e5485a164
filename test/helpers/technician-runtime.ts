// A kiosk runtime as the technician's screens reach it in integration tests: real SQLite files
// in a temporary folder, the contract router, optionally a TCP virtual printer behind the
// ESC/POS driver, and the ways a technician or a clerk signs in (gesture + PIN, badge + PIN).
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { MockBadgeReader } from '../../hardware/badge-reader/badge-reader-mock.js';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { VirtualPrinter } from '../../hardware/simulators/virtual-printer.js';
import { type KioskConfig, kioskConfigSchema } from '../../main/config/config-schema.js';
import { loadConfig } from '../../main/config/load-config.js';
import type { EventChannel } from '../../main/contract/kiosk-contract.js';
import { type KioskRuntime, startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { hashPin } from '../../main/staff/pin-hash.js';
import { type SerialDeviceSimulator, sleep, waitUntil } from './socat-pty.js';

export const CLERK_BADGE = '0F00A1B2C3';
export const CLERK_PIN = '8024';
export const TECH_BADGE = '1234567890';
export const TECH_PIN = '13579';
// Cheap scrypt parameters: the hash is checked for real, only faster than in production.
const FAST = { N: 1024, r: 8, p: 1 };

export type Value = Record<string, unknown>;

export interface StaffAccount {
  id: string;
  displayName: string;
  role: 'staff' | 'technician';
  badgeId: string;
  pin: string;
}

export const CLERK: StaffAccount = { id: 'clerk-01', displayName: 'Khadija B.', role: 'staff', badgeId: CLERK_BADGE, pin: CLERK_PIN };
export const TECHNICIAN: StaffAccount = { id: 'tech-01', displayName: 'Youssef T.', role: 'technician', badgeId: TECH_BADGE, pin: TECH_PIN };

/** The accounts as the configuration holds them, with their PINs hashed. */
export async function hashedAccounts(accounts: readonly StaffAccount[]): Promise<Value[]> {
  return Promise.all(accounts.map(async ({ pin, ...account }) => ({ ...account, pinHash: await hashPin(pin, FAST) })));
}

export interface TechnicianRuntimeOptions {
  /** Start of the temporary folder's name. */
  prefix: string;
  /** A TCP virtual printer behind the ESC/POS driver, answering within this many ms; absent: the mock printer. */
  printerTimeoutMs?: number;
}

export interface StartOptions {
  accounts: readonly Value[];
  /** Devices other than the mocks (and the virtual printer). */
  hardware?: Value;
  office?: Value;
  /** The configuration file the runtime reports; with `writeConfigFile` the configuration is written there and loaded from it. */
  configFile?: string;
  writeConfigFile?: boolean;
}

export class TechnicianRuntime {
  rt!: KioskRuntime;
  events: Array<{ channel: EventChannel; payload: Value }> = [];
  private running = false;

  private constructor(
    readonly dir: string,
    readonly printer: VirtualPrinter | null,
    private readonly printerTimeoutMs: number,
  ) {}

  static async create(options: TechnicianRuntimeOptions): Promise<TechnicianRuntime> {
    const dir = await mkdtemp(join(tmpdir(), options.prefix));
    if (options.printerTimeoutMs === undefined) return new TechnicianRuntime(dir, null, 0);
    const printer = new VirtualPrinter({ port: 0 });
    await printer.start();
    return new TechnicianRuntime(dir, printer, options.printerTimeoutMs);
  }

  get printerAddress(): string {
    if (!this.printer) throw new Error('no virtual printer');
    return `tcp://127.0.0.1:${this.printer.port}`;
  }

  /** Starts (or, after `rt.close()`, restarts) the runtime on the same data folder. */
  async start(options: StartOptions): Promise<KioskRuntime> {
    const printer = this.printer
      ? { driver: 'escpos', interface: this.printerAddress, paperWidthMm: 80, timeoutMs: this.printerTimeoutMs, statusPollMs: 0 }
      : { driver: 'mock' };
    const raw = {
      office: { name: 'Arrondissement Sidi Moumen', ...options.office },
      kiosk: { id: 'it-kiosk', referenceCode: 'KIT' },
      staff: { accounts: options.accounts, sessionIdleSeconds: 300 },
      hardware: { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer, badgeReader: { driver: 'mock' }, ...options.hardware },
    };
    let config: KioskConfig;
    if (options.writeConfigFile) {
      if (!options.configFile) throw new Error('writeConfigFile needs configFile');
      writeFileSync(options.configFile, JSON.stringify(raw));
      config = loadConfig(options.configFile);
    } else config = kioskConfigSchema.parse(raw);
    this.rt = await startKioskRuntime({ config, dataDir: join(this.dir, 'data'), logger: pino({ level: 'silent' }), host: 'browser-shell', configFile: options.configFile });
    this.running = true;
    this.events = [];
    this.rt.router.onEvent((channel, payload) => this.events.push({ channel, payload: payload as Value }));
    return this.rt;
  }

  /** Closes the runtime, keeping its folder and the printer (for a restart, or to stop other parts first). */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.rt.close();
  }

  async close(): Promise<void> {
    await this.stop();
    await this.printer?.stop();
    await rm(this.dir, { recursive: true, force: true });
  }

  async call<T = Value>(channel: string, payload: unknown): Promise<T> {
    const r = await this.rt.router.dispatch(channel, payload);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  }

  async refusedCode(channel: string, payload: unknown): Promise<string> {
    const r = await this.rt.router.dispatch(channel, payload);
    return r.ok ? 'accepted' : r.error.code;
  }

  /** A technician's session opened by the hidden gesture and a technician's PIN. */
  async technicianToken(pin = TECH_PIN): Promise<string> {
    const gesture = await this.call('tech.gestureSignIn', {});
    const verdict = await this.call('tech.verifyGesturePin', { attemptId: gesture.attemptId, pin });
    if (verdict.kind !== 'ok') throw new Error(`technician sign-in: ${JSON.stringify(verdict)}`);
    return verdict.staffToken as string;
  }

  private badgeEvents(): Value[] {
    return this.events.filter((e) => e.channel === 'staff.badge').map((e) => e.payload);
  }

  private async verifyPin(attemptId: unknown, pin: string): Promise<string> {
    const verdict = await this.call('staff.verifyPin', { attemptId, pin });
    if (verdict.kind !== 'ok') throw new Error(`staff sign-in: ${JSON.stringify(verdict)}`);
    return verdict.staffToken as string;
  }

  /** A session opened by a badge on the mock badge reader and its PIN. */
  async mockBadgeSignIn(badgeId: string, pin: string): Promise<string> {
    const before = this.badgeEvents().length;
    if (!(this.rt.devices.badgeReader as MockBadgeReader).present(badgeId)) throw new Error('the mock badge reader refused the badge');
    await waitUntil('a staff.badge event', () => this.badgeEvents().length > before);
    return this.verifyPin(this.badgeEvents()[before]!.attemptId, pin);
  }

  /** A session opened by a badge held on a serial badge reader (a pseudo-terminal) and its PIN. */
  async serialBadgeSignIn(reader: SerialDeviceSimulator, holdGapMs: number, badgeId: string, pin: string): Promise<string> {
    const before = this.badgeEvents().length;
    await holdBadge(reader, badgeId, { frames: 3, intervalMs: 30 });
    await waitUntil('a staff.badge event', () => this.badgeEvents().length > before);
    // The reader reports the badge taken away only after the hold gap. On a loaded machine one
    // hold can arrive as two reads, the second replacing the first attempt: the last one is live.
    await sleep(holdGapMs + 100);
    return this.verifyPin(this.badgeEvents().at(-1)!.attemptId, pin);
  }
}
