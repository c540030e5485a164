// A stand-in for the whole 'electron' module, enough to run the bundled entry under Node and
// watch what it wires. It records calls; it does not imitate Chromium.
import { EventEmitter } from 'node:events';
import { FakeSession, FakeWebContents } from './fake-electron.js';

export class FakeApp extends EventEmitter {
  readonly calls: string[] = [];
  readonly exits: number[] = [];
  readonly switches: string[][] = [];
  isPackaged = false;
  commandLine = { appendSwitch: (...args: string[]) => void this.switches.push(args) };
  quitCount = 0;

  constructor(private readonly userData: string) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return true;
  }
  enableSandbox(): void {
    this.calls.push('enableSandbox');
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return this.userData;
  }
  whenReady(): Promise<void> {
    this.calls.push('whenReady');
    return Promise.resolve();
  }
  quit(): void {
    this.quitCount += 1;
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.emit('will-quit');
  }
  exit(code: number): void {
    this.exits.push(code);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static app: FakeApp | null = null;
  readonly webContents = new FakeWebContents();
  destroyed = false;
  shown = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    FakeBrowserWindow.app?.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  show(): void {
    this.shown = true;
  }
  focus(): void {}
  /** What a click on the close button or Alt+F4 would do: true if the window closed. */
  tryClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    return !prevented;
  }
}

export function fakeElectronModule(userData: string) {
  const app = new FakeApp(userData);
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.app = app;
  const privileged: unknown[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const ipcHandlers = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const menus: unknown[] = [];
  const defaultSession = new FakeSession();
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        app.calls.push('registerSchemesAsPrivileged');
        privileged.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void protocolHandlers.set(scheme, handler),
    },
    ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => Promise<unknown>) => void ipcHandlers.set(channel, handler) },
    Menu: { setApplicationMenu: (menu: unknown) => void menus.push(menu) },
    session: { defaultSession },
  };
  return { electron, app, privileged, protocolHandlers, ipcHandlers, menus, defaultSession };
}
