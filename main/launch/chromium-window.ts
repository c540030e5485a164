// Where there is a display and a Chromium, the start command shows the kiosk in Chromium's
// kiosk mode; elsewhere (a server, CI) printing the address is enough.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.BORNE_CHROMIUM && existsSync(env.BORNE_CHROMIUM)) return env.BORNE_CHROMIUM;
  return CANDIDATES.find((p) => existsSync(p));
}

export function openKioskWindow(chromium: string, url: string): ChildProcess {
  // A fresh profile each start: nothing from a previous citizen survives in the browser.
  const profile = mkdtempSync(join(tmpdir(), 'borne-chromium-'));
  const args = [
    `--app=${url}`,
    '--kiosk',
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--disable-features=Translate,TouchpadOverscrollHistoryNavigation',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--noerrdialogs',
    '--disable-session-crashed-bubble',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return spawn(chromium, args, { stdio: 'ignore', detached: false });
}
