// `node dist/main/browser-shell.cjs`: the browser shell alone, for tests and for kiosks that
// run their own locked-down Chromium. Prints the addresses and a machine-readable ready line.
import { resolve } from 'node:path';
import { loadStartupOrExit, readEnvironment } from '../launch/kiosk-environment.js';
import { runBrowserShell, stopOnSignals } from './run-browser-shell.js';

async function main(): Promise<void> {
  const env = readEnvironment();
  const running = await runBrowserShell(loadStartupOrExit(env, resolve('var')), env.port);
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
