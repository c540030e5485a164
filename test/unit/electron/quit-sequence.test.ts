import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installQuitSequence } from '../../../main/electron/quit-sequence.js';
import { fakeEvent, recordingLogger } from './fake-electron.js';

class FakeApp extends EventEmitter {
  quitted = 0;
  quit(): void {
    this.quitted += 1;
    const event = fakeEvent();
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.emit('will-quit');
  }
}

function whenQuit(app: FakeApp): Promise<void> {
  return new Promise((resolve) => app.once('will-quit', () => resolve()));
}

describe('installQuitSequence', () => {
  it('closes the services before letting the app quit', async () => {
    const app = new FakeApp();
    const order: string[] = [];
    const seq = installQuitSequence(app, {
      close: async () => {
        await new Promise((r) => setTimeout(r, 20));
        order.push('closed');
      },
      logger: recordingLogger(),
    });
    expect(seq.isQuitting()).toBe(false);
    const quit = whenQuit(app);
    app.quit();
    expect(seq.isQuitting()).toBe(true);
    await quit;
    order.push('quit');
    expect(order).toEqual(['closed', 'quit']);
  });

  it('quits anyway when closing fails or hangs', async () => {
    const failing = new FakeApp();
    const logger = recordingLogger();
    installQuitSequence(failing, { close: () => Promise.reject(new Error('db locked')), logger });
    const q1 = whenQuit(failing);
    failing.quit();
    await q1;
    expect(logger.entries.some((e) => e.level === 'error' && e.msg === 'closing services failed')).toBe(true);

    const hanging = new FakeApp();
    installQuitSequence(hanging, { close: () => new Promise(() => undefined), logger, timeoutMs: 50 });
    const q2 = whenQuit(hanging);
    hanging.quit();
    await q2;
    expect(logger.entries.some((e) => /did not close in time/.test(e.msg))).toBe(true);
  });
});
