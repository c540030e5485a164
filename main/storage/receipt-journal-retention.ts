// Retention of the receipt journal: receipts older than the configured number of days are
// deleted when the kiosk starts and then every few hours, so a kiosk left running for months
// keeps no more than the period allows.
import type { ReceiptJournal } from './receipt-journal.js';

export const RETENTION_INTERVAL_MS = 4 * 60 * 60 * 1000;

export interface RetentionLogger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JournalRetention {
  /** Stops the timer and waits for a purge in progress, so the database can be closed. */
  stop(): Promise<void>;
}

export async function startJournalRetention(
  journal: Pick<ReceiptJournal, 'purgeOlderThan'>,
  retentionDays: number,
  logger: RetentionLogger,
  intervalMs = RETENTION_INTERVAL_MS,
): Promise<JournalRetention> {
  let running: Promise<void> | undefined;
  const purge = (): Promise<void> => {
    // One purge at a time: a slow disk must not stack them up.
    running ??= journal
      .purgeOlderThan(retentionDays)
      .then((purged) => {
        if (purged > 0) logger.info({ purged, retentionDays }, 'receipt journal purged');
      })
      .catch((err: unknown) => logger.error({ err: err instanceof Error ? err.message : String(err) }, 'receipt journal purge failed'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  await purge();
  const timer = setInterval(() => void purge(), intervalMs);
  // Retention must never be what keeps the process alive.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
