import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, UNAVAILABLE_PAGE_URL } from '../../../main/electron/app-origin.js';
import { CrashLoopGuard } from '../../../main/electron/crash-loop-guard.js';
import { watchRenderer } from '../../../main/electron/renderer-recovery.js';
import { FakeWebContents, recordingLogger } from './fake-electron.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const crash = (contents: FakeWebContents) => contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });

describe('CrashLoopGuard', () => {
  it('allows N restarts per window, then again once the window has slid', () => {
    let now = 0;
    const guard = new CrashLoopGuard({ maxRestarts: 3, windowMs: 60_000, now: () => now });
    expect([guard.tryRestart(), guard.tryRestart(), guard.tryRestart()]).toEqual([true, true, true]);
    now = 59_999;
    expect(guard.tryRestart()).toBe(false);
    now = 60_000;
    expect(guard.tryRestart()).toBe(true);
  });
});

describe('watchRenderer', () => {
  it('reloads the app shortly after the renderer dies', async () => {
    const contents = new FakeWebContents();
    const logger = recordingLogger();
    watchRenderer(contents.asWebContents(), { logger, reloadDelayMs: 1000 });
    crash(contents);
    expect(contents.loadedUrls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(contents.loadedUrls).toEqual([APP_ENTRY_URL]);
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ reason: 'crashed' }) }));
  });

  it("ends the citizen's visit as soon as the renderer dies, before the reload", async () => {
    const contents = new FakeWebContents();
    const ended: string[] = [];
    watchRenderer(contents.asWebContents(), {
      logger: recordingLogger(),
      reloadDelayMs: 1000,
      onRendererGone: () => ended.push(`ended after ${contents.loadedUrls.length} reloads`),
    });
    crash(contents);
    expect(ended).toEqual(['ended after 0 reloads']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(contents.loadedUrls).toEqual([APP_ENTRY_URL]);
  });

  it('stops reloading after 5 crashes in a minute, shows the error page, retries later', async () => {
    const contents = new FakeWebContents();
    watchRenderer(contents.asWebContents(), { logger: recordingLogger(), reloadDelayMs: 1000, retryAfterGiveUpMs: 300_000 });
    for (let i = 0; i < 5; i += 1) {
      crash(contents);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(contents.loadedUrls).toEqual(Array(5).fill(APP_ENTRY_URL));
    crash(contents);
    await vi.advanceTimersByTimeAsync(1000);
    expect(contents.loadedUrls.at(-1)).toBe(UNAVAILABLE_PAGE_URL);
    await vi.advanceTimersByTimeAsync(299_000);
    expect(contents.loadedUrls).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(1000);
    expect(contents.loadedUrls.at(-1)).toBe(APP_ENTRY_URL);
  });

  it('kills a renderer that stays unresponsive, not one that recovers', async () => {
    const contents = new FakeWebContents();
    watchRenderer(contents.asWebContents(), { logger: recordingLogger(), unresponsiveGraceMs: 10_000 });
    contents.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(5000);
    contents.emit('responsive');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(contents.crashed).toBe(0);
    contents.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(contents.crashed).toBe(1);
  });

  it('does nothing once the window is destroyed', async () => {
    const contents = new FakeWebContents();
    watchRenderer(contents.asWebContents(), { logger: recordingLogger() });
    crash(contents);
    contents.emit('destroyed');
    contents.destroyed = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(contents.loadedUrls).toEqual([]);
  });
});
