import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { claimSingleInstance, type FocusableWindow } from '../../../main/electron/single-instance.js';

class FakeApp extends EventEmitter {
  quits = 0;
  constructor(private readonly lock: boolean) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.lock;
  }
  quit(): void {
    this.quits += 1;
  }
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  const win: FocusableWindow = {
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
  return { win, calls };
}

describe('claimSingleInstance', () => {
  it('quits a second instance', () => {
    const app = new FakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.quits).toBe(1);
  });

  it('brings the first instance window back when a second one starts', () => {
    const app = new FakeApp(true);
    const { win, calls } = fakeWindow(true);
    expect(claimSingleInstance(app, () => win)).toBe(true);
    expect(app.quits).toBe(0);
    app.emit('second-instance', {}, ['borne'], '/');
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('ignores a second launch before the window exists', () => {
    const app = new FakeApp(true);
    claimSingleInstance(app, () => null);
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});
