// What the start command and the browser shell read from the environment, in one place so
// README's table and the code cannot disagree.
import { resolve } from 'node:path';
import type { KioskConfig } from '../config/config-schema.js';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { resolveConfigFile } from '../config/live-config-file.js';
import { loadConfigOrExit as loadOrReport } from '../electron/startup-config.js';

export const DEFAULT_PORT = 8787;

export interface KioskEnvironment {
  configPath: string | undefined;
  port: number;
  dataDirOverride: string | undefined;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): KioskEnvironment {
  const rawPort = env.KIOSK_PORT;
  const port = rawPort === undefined || rawPort === '' ? DEFAULT_PORT : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('KIOSK_PORT', [{ field: 'KIOSK_PORT', reason: `must be a port number 0-65535, got ${JSON.stringify(rawPort)}` }]);
  }
  return {
    configPath: env.KIOSK_CONFIG ? resolve(env.KIOSK_CONFIG) : undefined,
    port,
    dataDirOverride: env.KIOSK_DATA_DIR ? resolve(env.KIOSK_DATA_DIR) : undefined,
  };
}

export function dataDirFor(config: KioskConfig, env: KioskEnvironment, fallback: string): string {
  return env.dataDirOverride ?? (config.storage.dataDir ? resolve(config.storage.dataDir) : fallback);
}

/** What a kiosk starts from: its configuration, the file it came from (null: the embedded default) and its data folder. */
export interface KioskStartup {
  config: KioskConfig;
  configFile: string | null;
  dataDir: string;
}

/**
 * The one way `npm start` and the browser-shell entry find their configuration, the way
 * Electron's main does with its own default folder: KIOSK_CONFIG if set, else the technician's
 * saved edit (<data folder>/kiosk-config.json) if there is one, else the embedded default.
 * Ends the process on a broken file, like loadConfigOrExit.
 */
export function loadStartupOrExit(env: KioskEnvironment, defaultDataDir: string): KioskStartup {
  const configFile = resolveConfigFile(env.configPath, env.dataDirOverride ?? defaultDataDir);
  const config = loadConfigOrExit({ ...env, configPath: configFile });
  return { config, configFile: configFile ?? null, dataDir: dataDirFor(config, env, defaultDataDir) };
}

/** Loads the configuration or ends the process with the field and reason, never a stack trace. */
export function loadConfigOrExit(env: KioskEnvironment): KioskConfig {
  const config = loadOrReport(env.configPath, {
    loadConfig,
    writeStderr: (text) => process.stderr.write(`${text}The kiosk did not start. Fix the file and start it again.\n`),
    exit: (code) => process.exit(code),
  });
  // process.exit never returns; this satisfies the type checker.
  if (!config) throw new Error('unreachable');
  return config;
}
