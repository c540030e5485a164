// When the page's process dies or hangs, the citizen must not face a blank screen: reload
// the app after a short pause, and after too many crashes show the shell's error page, then
// try the app again later.
import type { WebContents } from 'electron';
import { APP_ENTRY_URL, UNAVAILABLE_PAGE_URL } from './app-origin.js';
import { CrashLoopGuard } from './crash-loop-guard.js';
import type { ShellLogger } from './shell-logger.js';

export interface RecoveryTarget {
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  forcefullyCrashRenderer(): void;
}

export interface RecoveryTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RendererRecoveryOptions {
  logger: ShellLogger;
  /**
   * The page is gone: main ends the citizen's visit now (its data wiped, the staff badge
   * working again) rather than wait for the reloaded page to say so, which may never come.
   */
  onRendererGone?: () => void;
  reloadDelayMs?: number;
  /** Restarts allowed in `crashWindowMs` before the error page is shown. */
  maxRestarts?: number;
  crashWindowMs?: number;
  /** A hung page gets this long to answer again before it is killed and reloaded. */
  unresponsiveGraceMs?: number;
  /** After giving up, the app is tried again this much later. */
  retryAfterGiveUpMs?: number;
  timers?: RecoveryTimers;
  now?: () => number;
}

const defaultTimers: RecoveryTimers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class RendererRecovery {
  private readonly guard: CrashLoopGuard;
  private readonly timers: RecoveryTimers;
  private pendingLoad: unknown = null;
  private hangTimer: unknown = null;

  constructor(
    private readonly target: RecoveryTarget,
    private readonly options: RendererRecoveryOptions,
  ) {
    this.timers = options.timers ?? defaultTimers;
    this.guard = new CrashLoopGuard({
      maxRestarts: options.maxRestarts ?? 5,
      windowMs: options.crashWindowMs ?? 60_000,
      ...(options.now ? { now: options.now } : {}),
    });
  }

  onRenderProcessGone(details: { reason: string; exitCode: number }): void {
    this.clearHangTimer();
    this.options.onRendererGone?.();
    if (this.target.isDestroyed()) return;
    if (this.guard.tryRestart()) {
      this.options.logger.error({ reason: details.reason, exitCode: details.exitCode, recentRestarts: this.guard.recentRestarts }, 'renderer gone: reloading');
      this.scheduleLoad(APP_ENTRY_URL, this.options.reloadDelayMs ?? 1000);
      return;
    }
    const retryMs = this.options.retryAfterGiveUpMs ?? 300_000;
    this.options.logger.error({ reason: details.reason, exitCode: details.exitCode, retryMs }, 'renderer keeps crashing: showing the error page');
    this.scheduleLoad(UNAVAILABLE_PAGE_URL, this.options.reloadDelayMs ?? 1000, () => this.scheduleLoad(APP_ENTRY_URL, retryMs));
  }

  onUnresponsive(): void {
    if (this.hangTimer !== null || this.target.isDestroyed()) return;
    this.options.logger.warn({}, 'renderer unresponsive');
    this.hangTimer = this.timers.setTimeout(() => {
      this.hangTimer = null;
      if (this.target.isDestroyed()) return;
      this.options.logger.error({}, 'renderer still unresponsive: killing it');
      // Killing the renderer emits render-process-gone, which reloads through the guard.
      this.target.forcefullyCrashRenderer();
    }, this.options.unresponsiveGraceMs ?? 10_000);
  }

  onResponsive(): void {
    this.clearHangTimer();
  }

  dispose(): void {
    this.clearHangTimer();
    if (this.pendingLoad !== null) this.timers.clearTimeout(this.pendingLoad);
    this.pendingLoad = null;
  }

  private scheduleLoad(url: string, delayMs: number, then?: () => void): void {
    if (this.pendingLoad !== null) this.timers.clearTimeout(this.pendingLoad);
    this.pendingLoad = this.timers.setTimeout(() => {
      this.pendingLoad = null;
      if (this.target.isDestroyed()) return;
      this.target.loadURL(url).then(
        () => then?.(),
        (err: unknown) => {
          this.options.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'reload failed');
          then?.();
        },
      );
    }, delayMs);
  }

  private clearHangTimer(): void {
    if (this.hangTimer !== null) this.timers.clearTimeout(this.hangTimer);
    this.hangTimer = null;
  }
}

/** Wires a RendererRecovery to a webContents' crash and hang events. */
export function watchRenderer(contents: WebContents, options: RendererRecoveryOptions): RendererRecovery {
  const recovery = new RendererRecovery(contents, options);
  contents.on('render-process-gone', (_event, details) => recovery.onRenderProcessGone(details));
  contents.on('unresponsive', () => recovery.onUnresponsive());
  contents.on('responsive', () => recovery.onResponsive());
  contents.once('destroyed', () => recovery.dispose());
  return recovery;
}
