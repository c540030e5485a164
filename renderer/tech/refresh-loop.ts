// Fetches a diagnostics view again every interval while its screen shows. One request at a
// time: a slow answer delays the next one rather than piling requests on main, and an answer
// arriving after the screen closed is dropped.
export interface RefreshLoopCallbacks<T> {
  load: () => Promise<T>;
  onData: (data: T) => void;
  onError: (error: unknown) => void;
}

export class RefreshLoop<T> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  private again = false;
  private stopped = false;

  constructor(
    private readonly callbacks: RefreshLoopCallbacks<T>,
    /** null: only on demand (refreshNow). */
    private readonly intervalMs: number | null,
  ) {}

  start(): void {
    this.refreshNow();
  }

  /** Fetch now (the refresh button); if a fetch is under way, one more follows it. */
  refreshNow(): void {
    if (this.stopped) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.clearTimer();
    this.inFlight = true;
    this.callbacks
      .load()
      .then(
        (data) => {
          if (!this.stopped) this.callbacks.onData(data);
        },
        (error: unknown) => {
          if (!this.stopped) this.callbacks.onError(error);
        },
      )
      .finally(() => {
        this.inFlight = false;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.refreshNow();
        } else if (this.intervalMs !== null) {
          this.timer = setTimeout(() => this.refreshNow(), this.intervalMs);
        }
      });
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
