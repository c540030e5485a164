// `node dist/main/browser-shell.cjs`: the browser shell alone, for tests and for kiosks that
// run their own locked-down Chromium. Prints the addresses and a machine-readable ready line.
import { resolve } from 'node:path';
import { dataDirFor, loadConfigOrExit, readEnvironment } from '../launch/kiosk-environment.js';
import { runBrowserShell, stopOnSignals } from './run-browser-shell.js';
import { resolveConfigFile } from '../config/live-config-file.js';

async function main(): Promise<void> {
  const env = readEnvironment();
  // A technician's saved edit (<data folder>/kiosk-config.json) wins over the embedded default.
  const configFile = resolveConfigFile(env.configPath, env.dataDirOverride ?? resolve('var'));
  const config = loadConfigOrExit({ ...env, configPath: configFile });
  const running = await runBrowserShell(config, env.port, dataDirFor(config, env, resolve('var')), { configFile: configFile ?? null });
  stopOnSignals(running);
  const { shell } = running;
  process.stdout.write(`Borne kiosk (browser shell): ${shell.kioskUrl}\n`);
  if (shell.devDockUrl) process.stdout.write(`Dev dock: ${shell.devDockUrl}\n`);
  const officeUrl = running.runtime.officeUrl;
  process.stdout.write(`Office backend: ${officeUrl}\n`);
  process.stdout.write(
    `BORNE_READY ${JSON.stringify({ port: shell.port, token: shell.token, kioskUrl: shell.kioskUrl, devDockUrl: shell.devDockUrl ?? null, officeUrl })}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`The browser shell could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
