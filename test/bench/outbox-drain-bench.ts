// Outbox drain rate: 1,000 submissions queued while the office backend was down, then the
// real embedded office server comes up and the outbox delivers them all. Both databases are
// real files with the kiosk's durability settings (WAL, synchronous=FULL).
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfficeClient } from '../../main/office/office-client.js';
import { Outbox } from '../../main/office/outbox.js';
import { startOfficeServer } from '../../main/office-server/office-server.js';
import { KIOSK_DATABASE_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { SqliteKioskReferenceStore } from '../../main/storage/kiosk-reference-store.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';
import { TEST_OFFICE_TOKEN } from '../helpers/office-token.js';

export interface DrainFigures {
  items: number;
  enqueueMs: number;
  drainMs: number;
  itemsPerSecond: number;
  deliveredOnce: boolean;
}

export async function benchOutboxDrain(items = 1000): Promise<DrainFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'borne-bench-outbox-'));
  const db = await SqliteDatabase.open(join(dir, 'kiosk.sqlite'), KIOSK_DATABASE_MIGRATIONS);
  const references = new SqliteKioskReferenceStore(db, 'KBENCH', 'Africa/Casablanca');
  // A client pointed at a port nobody listens on stands for the backend being down.
  const offline = new Outbox({ db, client: new OfficeClient({ baseUrl: 'http://127.0.0.1:9', token: TEST_OFFICE_TOKEN, timeoutMs: 500 }) });
  const t0 = performance.now();
  for (let i = 0; i < items; i += 1) {
    const kioskReference = await references.next();
    await offline.enqueue(i % 2 === 0 ? civilStatus(kioskReference, i) : report(kioskReference, i));
  }
  const enqueueMs = performance.now() - t0;

  const server = await startOfficeServer({ token: TEST_OFFICE_TOKEN, port: 0, dbPath: join(dir, 'office.sqlite') });
  const outbox = new Outbox({ db, client: new OfficeClient({ baseUrl: server.url, token: TEST_OFFICE_TOKEN, timeoutMs: 4000 }) });
  try {
    const t1 = performance.now();
    while ((await outbox.stats()).depth > 0) await outbox.drain();
    const drainMs = performance.now() - t1;
    const stats = await outbox.stats();
    const recorded = (await server.store.countRequests({ procedure: 'civil-status' })) + (await server.store.countRequests({ procedure: 'report' }));
    return { items, enqueueMs, drainMs, itemsPerSecond: (items / drainMs) * 1000, deliveredOnce: stats.delivered === items && recorded === items };
  } finally {
    await server.close();
    await db.close();
  }
}

function civilStatus(kioskReference: string, i: number): { kind: 'civil-status-request'; idempotencyKey: string; body: unknown } {
  return {
    kind: 'civil-status-request',
    idempotencyKey: randomUUID(),
    body: {
      document: 'birth-extract',
      copies: 1 + (i % 3),
      documentLanguage: i % 4 === 0 ? 'fr' : 'ar',
      identity: { method: 'card-number', cardNumber: `BE${String(100000 + i)}`, birthDate: '1980-01-15' },
      kioskReference,
    },
  };
}

function report(kioskReference: string, i: number): { kind: 'report'; idempotencyKey: string; body: unknown } {
  return {
    kind: 'report',
    idempotencyKey: randomUUID(),
    body: {
      kind: 'complaint',
      category: 'lighting',
      place: { arrondissementId: 'sidi-moumen', neighbourhoodId: 'sidi-moumen-1', landmark: `Lampadaire ${i}` },
      description: 'Lampadaire éteint depuis une semaine',
      kioskReference,
    },
  };
}
