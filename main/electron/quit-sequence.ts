// Quitting waits for the kiosk's services to close (database flushed, serial ports released)
// but never hangs on them: after a timeout the app quits anyway.
import type { ShellLogger } from './shell-logger.js';

export interface QuittableApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

export interface QuitSequenceOptions {
  close: () => Promise<void>;
  logger: ShellLogger;
  timeoutMs?: number;
}

export interface QuitSequence {
  /** True once a quit has begun: the kiosk window may then close. */
  isQuitting(): boolean;
}

export function installQuitSequence(app: QuittableApp, options: QuitSequenceOptions): QuitSequence {
  let quitting = false;
  let closing = false;
  let closed = false;
  app.on('before-quit', (event) => {
    quitting = true;
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? 5000);
    });
    Promise.race([options.close().then(() => 'closed' as const), timeout])
      .then(
        (outcome) => {
          if (outcome === 'timeout') options.logger.error({}, 'services did not close in time; quitting anyway');
          else options.logger.info({}, 'services closed');
        },
        (err: unknown) => options.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'closing services failed'),
      )
      .finally(() => {
        clearTimeout(timer);
        closed = true;
        app.quit();
      });
  });
  return { isQuitting: () => quitting };
}
