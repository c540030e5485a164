// The real office backend (the embedded server the kiosk ships), run in the test process so a
// spec can stop it, bring it back on the same port and database, slow it down, and check what
// it recorded: "delivered exactly once" is a count in the office's own database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestStatus } from '../../../main/office/office-schemas.js';
import { type OfficeServer, startOfficeServer } from '../../../main/office-server/office-server.js';
import { OFFICE_SERVER_MIGRATIONS } from '../../../main/office-server/office-server-migrations.js';
import { OfficeStore, type Procedure } from '../../../main/office-server/office-store.js';
import { SqliteDatabase } from '../../../main/storage/sqlite-database.js';
import { TEST_OFFICE_TOKEN } from '../../helpers/office-token.js';

export interface OfficeBackendOptions {
  /** 0 or absent = any free port (kept across restart()). */
  port?: number;
  /** Absent = a new file in a temporary folder. */
  dbPath?: string;
  /** Every answer is held back this long (a slow backend); change it later with setResponseDelayMs. */
  responseDelayMs?: number;
}

export interface OfficeBackend {
  /** http://127.0.0.1:<port>, stable across stop()/restart(). */
  readonly url: string;
  /** The bearer token it expects: pass it to startKiosk as officeToken. */
  readonly token: string;
  readonly port: number;
  readonly dbPath: string;
  /** False between stop() and restart(): the port refuses connections. */
  readonly running: boolean;
  setResponseDelayMs(ms: number): void;
  /** Closes the server (connections in flight are cut); the database stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port and database (stops it first if it is running). */
  restart(): Promise<void>;
  /**
   * HTTP requests answered since start (across restarts), all routes or one: 'POST /v1/civil-status-requests',
   * 'POST /v1/reports', 'GET /v1/tax-notices/{reference}', 'POST /v1/tax-notices/{reference}/payments',
   * 'GET /v1/requests/{trackingNumber}', 'GET /v1/health'. Counts answers, including 4xx/5xx.
   */
  requestCount(route?: string): number;
  /** Payments recorded under one idempotency key (0 or 1 when all is well). */
  countPayments(idempotencyKey: string): Promise<number>;
  /** Requests of any procedure recorded under one idempotency key (0 or 1 when all is well). */
  countByIdempotencyKey(idempotencyKey: string): Promise<number>;
  /** Requests recorded in the office's database (works while stopped too). */
  countRequests(filter?: { procedure?: Procedure; kioskReference?: string }): Promise<number>;
  /** Status by tracking number or kiosk reference, as GET /v1/requests/{n} answers it. */
  requestStatus(number: string): Promise<RequestStatus | undefined>;
  /** Office staff moving a request along (e.g. to 'ready' for a tracking test). */
  setRequestStatus(trackingNumber: string, status: RequestStatus['status']): Promise<boolean>;
}

export async function startOfficeBackend(options: OfficeBackendOptions = {}): Promise<OfficeBackend> {
  const dbPath = options.dbPath ?? join(mkdtempSync(join(tmpdir(), 'borne-office-e2e-')), 'office.sqlite');
  let delayMs = options.responseDelayMs ?? 0;
  const answers = new Map<string, number>();
  const launch = (port: number): Promise<OfficeServer> =>
    startOfficeServer({
      token: TEST_OFFICE_TOKEN,
      port,
      dbPath,
      responseDelayMs: () => delayMs,
      onAnswer: ({ method, route }) => {
        const key = `${method} ${route}`;
        answers.set(key, (answers.get(key) ?? 0) + 1);
      },
    });
  let server: OfficeServer | undefined = await launch(options.port ?? 0);
  const port = server.port;
  const url = server.url;

  async function withStore<T>(work: (store: OfficeStore) => Promise<T>): Promise<T> {
    if (server) return work(server.store);
    // Stopped: read the same file through a connection of our own.
    const db = await SqliteDatabase.open(dbPath, OFFICE_SERVER_MIGRATIONS);
    try {
      return await work(new OfficeStore(db, () => new Date()));
    } finally {
      await db.close();
    }
  }

  const stop = async (): Promise<void> => {
    const s = server;
    server = undefined;
    await s?.close();
  };

  return {
    url,
    token: TEST_OFFICE_TOKEN,
    port,
    dbPath,
    get running() {
      return server !== undefined;
    },
    setResponseDelayMs(ms: number) {
      delayMs = ms;
    },
    stop,
    async restart() {
      await stop();
      server = await launch(port);
    },
    requestCount(route?: string) {
      if (route !== undefined) return answers.get(route) ?? 0;
      let total = 0;
      for (const n of answers.values()) total += n;
      return total;
    },
    countRequests: (filter = {}) => withStore((s) => s.countRequests(filter)),
    countPayments: (key) => withStore((s) => s.countPayments(key)),
    async countByIdempotencyKey(key) {
      // Its own connection: the store offers no such count, and SQLite lets a reader in beside the server.
      const db = await SqliteDatabase.open(dbPath, OFFICE_SERVER_MIGRATIONS);
      try {
        return (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM office_requests WHERE idempotency_key = ?', [key]))?.n ?? 0;
      } finally {
        await db.close();
      }
    },
    requestStatus: (number) => withStore((s) => s.requestStatus(number)),
    setRequestStatus: (trackingNumber, status) => withStore((s) => s.setRequestStatus(trackingNumber, status)),
  };
}
