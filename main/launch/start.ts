// `npm start`: the Electron kiosk window where Electron is installed, otherwise the same
// kiosk through the browser shell (and Chromium's kiosk mode when there is a display).
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { resourcesDir } from '../config/resource-paths.js';
import { takeLaunchSecret } from '../browser-shell/launch-ticket.js';
import { runBrowserShell, stopOnSignals } from '../browser-shell/run-browser-shell.js';
import { findChromium, openKioskWindow } from './chromium-window.js';
import { locateElectronBinary } from './electron-binary.js';
import { loadStartupOrExit, readEnvironment } from './kiosk-environment.js';

async function main(): Promise<void> {
  // Out of the environment before anything (Electron, Chromium) is started with it.
  const launchSecret = takeLaunchSecret();
  const env = readEnvironment();
  // Read (and checked) before choosing a shell: a broken file stops both the same way.
  const startup = loadStartupOrExit(env, resolve('var'));
  const appRoot = dirname(resourcesDir());
  const electron = process.env.BORNE_FORCE_BROWSER_SHELL === '1' ? undefined : locateElectronBinary(appRoot);
  if (electron?.found) {
    const child = spawn(electron.binary, [appRoot], { stdio: 'inherit', env: process.env });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  process.stdout.write(
    electron
      ? `Electron binary not installed here (${electron.reason}; \`node node_modules/electron/install.js\` fetches it): serving the kiosk through the browser shell instead.\n`
      : 'BORNE_FORCE_BROWSER_SHELL=1: serving the kiosk through the browser shell.\n',
  );
  const running = await runBrowserShell(startup, env.port, launchSecret);
  stopOnSignals(running);
  const { shell } = running;
  // One-time addresses: each opens the page once, then the browser holds a session cookie.
  process.stdout.write(`Kiosk: ${shell.mintKioskUrl()}\n`);
  const devDockUrl = shell.mintDevDockUrl();
  if (devDockUrl) process.stdout.write(`Dev dock: ${devDockUrl}\n`);
  process.stdout.write(`Office backend: ${running.runtime.officeUrl}\n`);
  const chromium = findChromium();
  if (process.env.DISPLAY && chromium) {
    // Its own ticket: Chromium's command line is world-readable, and spent by the time anyone reads it.
    openKioskWindow(chromium, shell.mintKioskUrl()).on('exit', () => void running.stop().finally(() => process.exit(0)));
    process.stdout.write(`Opened in ${chromium} (kiosk mode). Ctrl+C here stops the kiosk.\n`);
  } else {
    process.stdout.write('No display or no Chromium found: open the address above in a browser on this machine. Ctrl+C stops the kiosk.\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`The kiosk could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
