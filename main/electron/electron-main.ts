// The Electron entry (bundled to dist/main/electron-main.cjs). Wiring only: every policy
// lives in a small module of this folder that is unit-tested under plain Node.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { loadConfig } from '../config/load-config.js';
import { resolveConfigFile } from '../config/live-config-file.js';
import { dataDirFor, readEnvironment } from '../launch/kiosk-environment.js';
import { createLogger, type Logger, rotationFromConfig } from '../logging/create-logger.js';
import { startKioskRuntime, type KioskRuntime } from '../services/kiosk-runtime.js';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin.js';
import { createAppProtocolHandler } from './app-protocol-handler.js';
import { devToolsRequested } from './devtools-flag.js';
import { IPC_REQUEST_CHANNEL } from './ipc-channels.js';
import { createRequestHandler, forwardRouterEvents } from './kiosk-ipc.js';
import { kioskWindowOptions } from './kiosk-window-options.js';
import { installQuitSequence, type QuitSequence } from './quit-sequence.js';
import { watchRenderer } from './renderer-recovery.js';
import { refuseAllPermissions } from './session-lockdown.js';
import { claimSingleInstance } from './single-instance.js';
import { loadConfigOrExit } from './startup-config.js';
import { lockDownWebContents } from './web-contents-lockdown.js';

declare const __dirname: string | undefined;

// The bundle is CommonJS, so __dirname is dist/main (inside app.asar once packaged).
const bundleDir = typeof __dirname === 'string' ? __dirname : process.cwd();
const PRELOAD_PATH = path.join(bundleDir, 'preload.cjs');
const RENDERER_DIR = path.join(bundleDir, '..', 'renderer');
const SHOW_FALLBACK_MS = 3000;

// Before ready, or Chromium will not treat borne:// as a secure, standard origin.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();
// Touch screens: no pinch zoom, no two-finger swipe back/forward.
app.commandLine.appendSwitch('disable-pinch');
app.commandLine.appendSwitch('overscroll-history-navigation', '0');

const devTools = devToolsRequested({ env: process.env, argv: process.argv });
let kioskWindow: BrowserWindow | null = null;

function liveWindow(): BrowserWindow | null {
  return kioskWindow && !kioskWindow.isDestroyed() ? kioskWindow : null;
}

if (claimSingleInstance(app, liveWindow)) {
  start().catch((err: unknown) => {
    process.stderr.write(`Borne failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  // KIOSK_CONFIG, else a technician's saved edit in the data folder, else the embedded default.
  const configFile = resolveConfigFile(process.env['KIOSK_CONFIG'], readEnvironment().dataDirOverride ?? app.getPath('userData'));
  const config = loadConfigOrExit(configFile, {
    loadConfig,
    writeStderr: (text) => process.stderr.write(text),
    exit: (code) => app.exit(code),
  });
  if (!config) return;

  // KIOSK_DATA_DIR, then storage.dataDir, then Electron's per-user folder.
  const dataDir = dataDirFor(config, readEnvironment(), app.getPath('userData'));
  const logger = createLogger({ dir: path.join(dataDir, 'logs'), level: config.logging.level, rotation: rotationFromConfig(config.logging) });
  if (devTools) logger.warn({}, 'devtools enabled (BORNE_DEVTOOLS=1 or --devtools): never on a public kiosk');

  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, { logger, devTools }));
  Menu.setApplicationMenu(null);

  await app.whenReady();
  refuseAllPermissions(session.defaultSession, logger);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: RENDERER_DIR, logger }));

  const runtime = await startKioskRuntime({ config, dataDir, logger, host: 'electron', configFile: configFile ?? null });
  const quit = installQuitSequence(app, { close: () => runtime.close(), logger });
  wireIpc(runtime, logger);
  kioskWindow = createKioskWindow(logger, quit, () => runtime.endCitizenVisit('renderer-gone'));
  logger.info({ devTools, packaged: app.isPackaged }, 'kiosk window created');
}

function wireIpc(runtime: KioskRuntime, logger: Logger): void {
  ipcMain.handle(
    IPC_REQUEST_CHANNEL,
    createRequestHandler({ router: runtime.router, getKioskContents: () => liveWindow()?.webContents ?? null, logger }),
  );
  forwardRouterEvents(runtime.router, () => liveWindow()?.webContents ?? null);
}

function createKioskWindow(logger: Logger, quit: QuitSequence, onRendererGone: () => void): BrowserWindow {
  const win = new BrowserWindow(kioskWindowOptions({ preloadPath: PRELOAD_PATH, devTools }));
  let shown = false;
  const show = () => {
    if (shown || win.isDestroyed()) return;
    shown = true;
    win.show();
    win.focus();
  };
  win.once('ready-to-show', show);
  // A page that never paints must still not leave the screen on the desktop.
  setTimeout(show, SHOW_FALLBACK_MS);

  // Alt+F4 and the window manager's close button: only a real quit closes the kiosk.
  win.on('close', (event) => {
    if (!quit.isQuitting()) event.preventDefault();
  });
  win.on('closed', () => {
    kioskWindow = null;
  });

  watchRenderer(win.webContents, { logger, onRendererGone });
  win.loadURL(APP_ENTRY_URL).catch((err: unknown) => {
    logger.error({ err: err instanceof Error ? err.message : String(err) }, 'kiosk page failed to load');
  });
  if (devTools) win.webContents.openDevTools({ mode: 'detach' });
  return win;
}
