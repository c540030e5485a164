// The configuration as it is now, which a technician can change while the kiosk runs. An
// edit is checked by the same schema and the same words as at start, written to disk, and
// only then given to the devices, which close and reopen the ones whose settings changed.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { CONFIG_SECRET_MASK, type ConfigApplyResult, type ConfigView } from '../contract/tech-config-schemas.js';
import type { HardwareConfig } from '../../hardware/hardware-config.js';
import type { DeviceReconfiguration } from '../services/kiosk-devices.js';
import { buildConfigJsonSchema } from './config-json-schema.js';
import { type KioskConfig, kioskConfigSchema } from './config-schema.js';
import { defaultConfigPath, describeIssues } from './load-config.js';
import { canWrite, saveTargetFor, writeConfigFile } from './live-config-file.js';
import { withoutDemoAccounts } from '../staff/demo-accounts.js';

// `pinHash`, a `token`, a `password`...; not `enterPinMs` (a payment terminal timing).
const SECRET_KEY = /^pin$|pinhash|token|password|passwd|secret|api[-_]?key/i;

export interface LiveConfigOptions {
  config: KioskConfig;
  /** The file read at start; null: the embedded default. */
  configFile: string | null;
  dataDir: string;
  devices: { reconfigure(next: HardwareConfig): Promise<DeviceReconfiguration[]> };
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

export class LiveConfig {
  private config: KioskConfig;
  private readonly saveTo: string;
  // One edit at a time: two technicians' applies must not interleave their reopenings.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: LiveConfigOptions) {
    this.config = opts.config;
    this.saveTo = saveTargetFor(opts.configFile, opts.dataDir);
  }

  current(): KioskConfig {
    return this.config;
  }

  hardware(): HardwareConfig {
    return this.config.hardware;
  }

  async view(): Promise<ConfigView> {
    const schema = buildConfigJsonSchema() as { properties?: Record<string, Record<string, unknown>> };
    return {
      config: maskSecrets(this.config) as Record<string, unknown>,
      file: this.opts.configFile,
      saveTo: this.saveTo,
      persists: await canWrite(this.saveTo),
      hardwareSchema: schema.properties?.['hardware'] ?? {},
    };
  }

  apply(hardware: unknown): Promise<ConfigApplyResult> {
    const run = this.queue.then(() => this.applyNow(hardware));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async applyNow(hardware: unknown): Promise<ConfigApplyResult> {
    // Demo accounts belong to the dev dock: a saved configuration never carries them on.
    const raw = withoutDemoAccounts(await this.rawFile());
    const candidate = { ...raw, hardware };
    const parsed = kioskConfigSchema.safeParse(candidate);
    if (!parsed.success) {
      const problems = describeIssues(parsed.error.issues);
      this.opts.logger.info({ fields: problems.map((p) => p.field) }, 'configuration edit refused');
      return { kind: 'refused', problems };
    }
    let saved = true;
    let saveProblem: string | undefined;
    try {
      // The $schema path is relative to the file it came from; a copy elsewhere would point nowhere.
      const toWrite = this.opts.configFile === this.saveTo ? candidate : withoutSchemaPath(candidate);
      await writeConfigFile(this.saveTo, `${JSON.stringify(toWrite, null, 2)}\n`);
    } catch (err) {
      saved = false;
      saveProblem = `${this.saveTo} could not be written (${(err as NodeJS.ErrnoException).code ?? 'error'}): the change holds until the next start`;
      this.opts.logger.warn({ file: this.saveTo, code: (err as NodeJS.ErrnoException).code }, 'configuration edit not saved');
    }
    const before = this.config;
    this.config = { ...before, hardware: parsed.data.hardware };
    const devices = await this.opts.devices.reconfigure(parsed.data.hardware);
    const nextStart = devices.filter((d) => d.outcome === 'next-start').map((d) => `hardware.${sectionOf(d.kind)}`);
    // Staff receipt previews were laid out for the paper width read at start.
    if (before.hardware.printer.paperWidthMm !== parsed.data.hardware.printer.paperWidthMm) nextStart.push('hardware.printer.paperWidthMm');
    this.opts.logger.info(
      { reopened: devices.filter((d) => d.outcome === 'reopened').map((d) => d.id), saved, nextStart },
      'configuration edit applied',
    );
    return { kind: 'applied', devices, saved, ...(saveProblem ? { saveProblem } : {}), nextStart };
  }

  private async rawFile(): Promise<Record<string, unknown>> {
    const source = existsSync(this.saveTo) ? this.saveTo : (this.opts.configFile ?? defaultConfigPath());
    const value: unknown = JSON.parse(await readFile(source, 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  }
}

/** A copy with every secret-looking value replaced, at any depth. */
export function maskSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) && v !== undefined && typeof v !== 'object' ? CONFIG_SECRET_MASK : maskSecrets(v)]));
  }
  return value;
}

function withoutSchemaPath(raw: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = raw;
  return rest;
}

function sectionOf(kind: DeviceReconfiguration['kind']): string {
  const sections: Record<DeviceReconfiguration['kind'], string> = {
    'id-reader': 'idReader',
    'barcode-scanner': 'barcodeScanner',
    printer: 'printer',
    'payment-terminal': 'paymentTerminal',
    'badge-reader': 'badgeReader',
  };
  return sections[kind];
}
