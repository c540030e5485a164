import { join } from 'node:path';
import { rendererDir } from '../config/resource-paths.js';
import { createLogger, type Logger, rotationFromConfig } from '../logging/create-logger.js';
import { startKioskRuntime, type KioskRuntime } from '../services/kiosk-runtime.js';
import type { KioskStartup } from '../launch/kiosk-environment.js';
import { type BrowserShell, startBrowserShell } from './browser-shell-server.js';

export interface RunningBrowserShell {
  shell: BrowserShell;
  runtime: KioskRuntime;
  logger: Logger;
  stop(): Promise<void>;
}

/**
 * Takes what loadStartupOrExit found, so every entry runs the configuration the same way, and
 * the launch secret (takeLaunchSecret) that one-time launch addresses are signed with.
 */
export async function runBrowserShell(startup: KioskStartup, port: number, launchSecret: string): Promise<RunningBrowserShell> {
  const { config, configFile, dataDir } = startup;
  const logger = createLogger({ dir: join(dataDir, 'logs'), level: config.logging.level, rotation: rotationFromConfig(config.logging) });
  const runtime = await startKioskRuntime({ config, dataDir, logger, host: 'browser-shell', configFile });
  const shell = await startBrowserShell({ port, rendererDir: rendererDir(), router: runtime.router, devDock: runtime.devDock, logger, launchSecret });
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
