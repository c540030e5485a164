// `node dist/main/browser-shell.cjs`: the browser shell alone, for tests and for kiosks that
// run their own locked-down Chromium. Prints one-time launch addresses and a machine-readable
// ready line; a parent that gave BORNE_LAUNCH_SECRET mints further addresses itself.
import { resolve } from 'node:path';
import { loadStartupOrExit, readEnvironment } from '../launch/kiosk-environment.js';
import { takeLaunchSecret } from './launch-ticket.js';
import { runBrowserShell, stopOnSignals } from './run-browser-shell.js';

async function main(): Promise<void> {
  const launchSecret = takeLaunchSecret();
  const env = readEnvironment();
  const running = await runBrowserShell(loadStartupOrExit(env, resolve('var')), env.port, launchSecret);
  stopOnSignals(running);
  const { shell } = running;
  const kioskUrl = shell.mintKioskUrl();
  const devDockUrl = shell.mintDevDockUrl() ?? null;
  process.stdout.write(`Borne kiosk (browser shell, address good for one first load): ${kioskUrl}\n`);
  if (devDockUrl) process.stdout.write(`Dev dock: ${devDockUrl}\n`);
  const officeUrl = running.runtime.officeUrl;
  process.stdout.write(`Office backend: ${officeUrl}\n`);
  process.stdout.write(`BORNE_READY ${JSON.stringify({ port: shell.port, baseUrl: shell.baseUrl, kioskUrl, devDockUrl, officeUrl })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`The browser shell could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
