// The kiosk's link to the office backend: the configured one, or, when none is configured, the
// embedded office server started here so that every shell (Electron or browser) has one. The
// outbox lives in the kiosk's own database and drains in the background for as long as the
// kiosk runs.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { KioskConfig } from '../config/config-schema.js';
import { type OfficeServer, startOfficeServer } from '../office-server/office-server.js';
import type { SqliteDatabase } from '../storage/sqlite-database.js';
import { DEFAULT_BACKOFF } from './backoff.js';
import { OfficeClient } from './office-client.js';
import type { OfficeLogger } from './office-logger.js';
import { Outbox } from './outbox.js';

export interface OfficeConnection {
  client: OfficeClient;
  outbox: Outbox;
  /** The backend's base URL (the configuration refuses credentials in it: safe to print). */
  url: string;
  /** True when this kiosk started the embedded office server itself. */
  embedded: boolean;
  close(): Promise<void>;
}

export interface OfficeConnectionOptions {
  config: KioskConfig['office'];
  /** kiosk.sqlite, opened with KIOSK_DATABASE_MIGRATIONS (the outbox table included). */
  db: SqliteDatabase;
  dataDir: string;
  logger: OfficeLogger;
}

export async function openOfficeConnection(opts: OfficeConnectionOptions): Promise<OfficeConnection> {
  const { config, logger } = opts;
  let server: OfficeServer | undefined;
  // The embedded server and this kiosk share a secret no other local process knows.
  const token = config.token ?? (config.backendUrl ? undefined : randomBytes(32).toString('base64url'));
  if (!config.backendUrl) {
    server = await startOfficeServer({ port: 0, dbPath: join(opts.dataDir, 'office.sqlite'), logger, token: token ?? '' });
  }
  const url = config.backendUrl ?? server?.url;
  if (!url) throw new Error('no office backend');
  if (!token) logger.warn({ url }, 'office backend configured without office.token: it will refuse this kiosk');
  const client = new OfficeClient({ baseUrl: url, timeoutMs: config.requestTimeoutMs, ...(token ? { token } : {}) });
  const outbox = new Outbox({
    db: opts.db,
    client,
    logger,
    backoff: { baseMs: Math.min(DEFAULT_BACKOFF.baseMs, config.outboxMaxRetryDelayMs), capMs: config.outboxMaxRetryDelayMs },
  });
  outbox.start();
  logger.info({ url, embedded: server !== undefined }, 'office backend');
  let closing: Promise<void> | undefined;
  return {
    client,
    outbox,
    url,
    embedded: server !== undefined,
    close: () =>
      (closing ??= (async () => {
        await outbox.stop();
        await server?.close();
      })()),
  };
}

