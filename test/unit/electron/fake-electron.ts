// Test doubles for the few Electron objects the shell's policies receive. Electron cannot run
// here (no binary), so these stand in at that boundary only.
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';

export interface FakeEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(url = ''): FakeEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  zoomFactor = 1;
  visualZoomLimits: [number, number] | null = null;
  devToolsClosed = 0;
  destroyed = false;
  loadedUrls: string[] = [];
  crashed = 0;
  url = 'borne://app/index.html';
  sent: unknown[][] = [];

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  setVisualZoomLevelLimits(min: number, max: number): Promise<void> {
    this.visualZoomLimits = [min, max];
    return Promise.resolve();
  }
  closeDevTools(): void {
    this.devToolsClosed += 1;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.url = url;
    return Promise.resolve();
  }
  forcefullyCrashRenderer(): void {
    this.crashed += 1;
  }
  getURL(): string {
    return this.url;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }

  /** The policies type their parameter as Electron's WebContents; this fake covers what they use. */
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

export class FakeSession extends EventEmitter {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null = null;
  permissionCheckHandler: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }
  asSession(): Session {
    return this as unknown as Session;
  }
}

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  obj: object;
  msg: string;
}

export function recordingLogger() {
  const entries: LogEntry[] = [];
  return {
    entries,
    info: (obj: object, msg: string) => void entries.push({ level: 'info', obj, msg }),
    warn: (obj: object, msg: string) => void entries.push({ level: 'warn', obj, msg }),
    error: (obj: object, msg: string) => void entries.push({ level: 'error', obj, msg }),
  };
}
