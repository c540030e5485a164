// Counts renderer restarts in a sliding window, so a page that crashes at start-up is not
// reloaded forever (burning CPU and filling the log) but replaced by an error page.

export interface CrashLoopGuardOptions {
  maxRestarts: number;
  windowMs: number;
  now?: () => number;
}

export class CrashLoopGuard {
  private readonly restarts: number[] = [];
  private readonly now: () => number;

  constructor(private readonly options: CrashLoopGuardOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Records a restart attempt; false when the cap for the window is already reached. */
  tryRestart(): boolean {
    const now = this.now();
    while (this.restarts.length > 0 && now - (this.restarts[0] ?? now) >= this.options.windowMs) this.restarts.shift();
    if (this.restarts.length >= this.options.maxRestarts) return false;
    this.restarts.push(now);
    return true;
  }

  get recentRestarts(): number {
    return this.restarts.length;
  }
}
