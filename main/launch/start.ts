// `npm start`: the Electron kiosk window where Electron is installed, otherwise the same
// kiosk through the browser shell (and Chromium's kiosk mode when there is a display).
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { resourcesDir } from '../config/resource-paths.js';
import { runBrowserShell, stopOnSignals } from '../browser-shell/run-browser-shell.js';
import { findChromium, openKioskWindow } from './chromium-window.js';
import { locateElectronBinary } from './electron-binary.js';
import { loadStartupOrExit, readEnvironment } from './kiosk-environment.js';

async function main(): Promise<void> {
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
  const running = await runBrowserShell(startup, env.port);
  stopOnSignals(running);
  const { shell } = running;
  process.stdout.write(`Kiosk: ${shell.kioskUrl}\n`);
  if (shell.devDockUrl) process.stdout.write(`Dev dock: ${shell.devDockUrl}\n`);
  process.stdout.write(`Office backend: ${running.runtime.officeUrl}\n`);
  const chromium = findChromium();
  if (process.env.DISPLAY && chromium) {
    openKioskWindow(chromium, shell.kioskUrl).on('exit', () => void running.stop().finally(() => process.exit(0)));
    process.stdout.write(`Opened in ${chromium} (kiosk mode). Ctrl+C here stops the kiosk.\n`);
  } else {
    process.stdout.write('No display or no Chromium found: open the address above in a browser on this machine. Ctrl+C stops the kiosk.\n');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`The kiosk could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
