import { join, resolve } from 'node:path';
import type { KioskConfig } from '../config/config-schema.js';
import { rendererDir } from '../config/resource-paths.js';
import { createLogger, type Logger, rotationFromConfig } from '../logging/create-logger.js';
import { startKioskRuntime, type KioskRuntime } from '../services/kiosk-runtime.js';
import { type BrowserShell, startBrowserShell } from './browser-shell-server.js';

export interface RunningBrowserShell {
  shell: BrowserShell;
  runtime: KioskRuntime;
  logger: Logger;
  stop(): Promise<void>;
}

export interface BrowserShellRunOptions {
  /** The configuration file in use (null: the embedded default); absent: read from KIOSK_CONFIG. */
  configFile?: string | null;
}

export async function runBrowserShell(config: KioskConfig, port: number, dataDir: string, options: BrowserShellRunOptions = {}): Promise<RunningBrowserShell> {
  const logger = createLogger({ dir: join(dataDir, 'logs'), level: config.logging.level, rotation: rotationFromConfig(config.logging) });
  const envConfig = process.env.KIOSK_CONFIG;
  const configFile = options.configFile !== undefined ? options.configFile : envConfig ? resolve(envConfig) : null;
  const runtime = await startKioskRuntime({ config, dataDir, logger, host: 'browser-shell', configFile });
  const shell = await startBrowserShell({ port, rendererDir: rendererDir(), router: runtime.router, devDock: runtime.devDock, logger });
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await shell.close();
      await runtime.close();
      logger.flush();
    })());
  return { shell, runtime, logger, stop };
}

export function stopOnSignals(running: RunningBrowserShell): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void running.stop().finally(() => process.exit(0));
    });
  }
}
