// Versions and where the configuration came from, for the technician's software screen.
import { arch, release } from 'node:os';
import type { SoftwareResult } from '../contract/kiosk-contract.js';

export type KioskHost = SoftwareResult['host'];

export interface SoftwareInfoOptions {
  kioskVersion: string;
  host: KioskHost;
  configFile: string | null;
  startedAt: Date;
  versions?: NodeJS.ProcessVersions;
}

export function softwareInfo(o: SoftwareInfoOptions): SoftwareResult {
  // process.versions carries electron and chrome only inside Electron.
  const versions = (o.versions ?? process.versions) as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  return {
    kiosk: o.kioskVersion,
    electron: versions.electron ?? null,
    chromium: versions.chrome ?? null,
    node: versions.node,
    platform: `${process.platform} ${release()} (${arch()})`,
    configFile: o.configFile,
    host: o.host,
    startedAt: o.startedAt.toISOString(),
  };
}

/** The host this process is: Electron sets process.versions.electron. */
export function detectHost(): KioskHost {
  return (process.versions as { electron?: string }).electron ? 'electron' : 'browser-shell';
}
