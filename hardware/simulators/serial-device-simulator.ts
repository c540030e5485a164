// A serial device on a real pseudo-terminal pair made by socat: the kiosk opens
// `devicePath` with serialport as if it were /dev/ttyUSB0, the simulator writes the other
// end. unplug() kills socat, which is what pulling a USB-serial cable looks like to the
// kiosk (its port closes with a disconnect error); replug() brings the same path back.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export type MrzFraming = 'cr' | 'lf' | 'crlf' | 'stx-etx';

export interface WriteMrzOptions {
  /** Pads every line with '_' as some readers do. */
  padding?: boolean;
  /** Pause between lines, to exercise the reader's inter-line timeout. */
  interLineDelayMs?: number;
}

export interface SerialDeviceSimulatorStart {
  dir: string;
  name: string;
  /** How long to wait for socat to create both ends. */
  timeoutMs?: number;
}

const STX = '\x02';
const ETX = '\x03';
const PADDED_WIDTH = 48;
const ENDINGS: Record<Exclude<MrzFraming, 'stx-etx'>, string> = { cr: '\r', lf: '\n', crlf: '\r\n' };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The bytes a reader sends for `lines`, one chunk per line so delays can go between them. */
export function frameMrz(lines: readonly string[], framing: MrzFraming, padding = false): string[] {
  const padded = lines.map((l) => (padding ? l.padEnd(PADDED_WIDTH, '_') : l));
  if (framing !== 'stx-etx') return padded.map((l) => l + ENDINGS[framing]);
  return padded.map((l, i) => (i === 0 ? STX : '') + l + (i === padded.length - 1 ? ETX : '\r'));
}

export class SerialDeviceSimulator {
  private socat: ChildProcess | null = null;
  private handle: FileHandle | null = null;

  private constructor(
    /** The end the kiosk opens. */
    readonly devicePath: string,
    /** The end the simulator writes. */
    readonly simulatorPath: string,
    private readonly timeoutMs: number,
  ) {}

  static async start(options: SerialDeviceSimulatorStart): Promise<SerialDeviceSimulator> {
    const sim = new SerialDeviceSimulator(
      path.join(options.dir, options.name),
      path.join(options.dir, `${options.name}.sim`),
      options.timeoutMs ?? 5000,
    );
    await sim.replug();
    return sim;
  }

  get plugged(): boolean {
    return this.socat !== null;
  }

  async write(data: Uint8Array | string): Promise<void> {
    if (!this.handle) throw new Error('simulated device is unplugged');
    await this.handle.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
  }

  async writeMrz(lines: readonly string[], framing: MrzFraming, options: WriteMrzOptions = {}): Promise<void> {
    const chunks = frameMrz(lines, framing, options.padding);
    for (const [i, chunk] of chunks.entries()) {
      if (i > 0 && options.interLineDelayMs) await sleep(options.interLineDelayMs);
      await this.write(chunk);
    }
  }

  /** Kills socat: both pty ends disappear and the kiosk's open port fails. */
  async unplug(): Promise<void> {
    const socat = this.socat;
    this.socat = null;
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
    if (!socat || socat.exitCode !== null || socat.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => socat.once('exit', () => resolve()));
    socat.kill('SIGTERM');
    await exited;
  }

  /** Starts socat again with the same paths; resolves once both ends exist. */
  async replug(): Promise<void> {
    if (this.socat) return;
    const socat = spawn(
      'socat',
      [`pty,raw,echo=0,link=${this.devicePath}`, `pty,raw,echo=0,link=${this.simulatorPath}`],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    socat.stderr?.on('data', (b: Buffer) => {
      stderr = (stderr + b.toString()).slice(-2000);
    });
    const spawnFailed = new Promise<Error>((resolve) => socat.once('error', resolve));
    this.socat = socat;
    const deadline = Date.now() + this.timeoutMs;
    while (!(existsSync(this.devicePath) && existsSync(this.simulatorPath))) {
      const failure = await Promise.race([spawnFailed, sleep(20).then(() => null)]);
      if (failure || socat.exitCode !== null || Date.now() > deadline) {
        await this.unplug();
        throw new Error(`socat did not create the pty pair: ${failure?.message ?? stderr.trim()}`);
      }
    }
    this.handle = await open(this.simulatorPath, 'r+');
  }

  /** Unplugs and removes the link paths, should socat have left any behind. */
  async stop(): Promise<void> {
    await this.unplug();
    await Promise.all([rm(this.devicePath, { force: true }), rm(this.simulatorPath, { force: true })]);
  }
}
