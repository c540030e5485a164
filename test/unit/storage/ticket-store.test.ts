import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KIOSK_MIGRATIONS } from '../../../main/storage/kiosk-migrations.js';
import { SqliteDatabase } from '../../../main/storage/sqlite-database.js';
import { type QueueModel, TicketStore } from '../../../main/storage/ticket-store.js';

const civil: QueueModel = { serviceId: 'civil-status', prefix: 'A', averageServiceMinutes: 6, openCounters: 2 };
const taxes: QueueModel = { serviceId: 'local-taxes', prefix: 'D', averageServiceMinutes: 8, openCounters: 1 };
const TZ = 'Africa/Casablanca';

const opened: SqliteDatabase[] = [];
async function openStore(file: string): Promise<TicketStore> {
  const db = await SqliteDatabase.open(file, KIOSK_MIGRATIONS);
  opened.push(db);
  return new TicketStore(db, TZ);
}
function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'borne-tickets-')), 'kiosk.sqlite');
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

describe('queue ticket numbering', () => {
  it('numbers each service on its own, with its prefix', async () => {
    const store = await openStore(tempDb());
    const now = new Date('2026-11-26T09:00:00Z');
    expect((await store.issue(civil, 'ar', now)).number).toBe('A-001');
    expect((await store.issue(civil, 'fr', now)).number).toBe('A-002');
    expect((await store.issue(taxes, 'fr', now)).number).toBe('D-001');
  });

  it('goes on from where it was after the kiosk restarts', async () => {
    const file = tempDb();
    const now = new Date('2026-11-26T09:00:00Z');
    const first = await openStore(file);
    await first.issue(civil, 'ar', now);
    await first.issue(civil, 'ar', now);
    await opened.pop()?.close();
    const again = await openStore(file);
    expect((await again.issue(civil, 'ar', now)).number).toBe('A-003');
  });

  it('never gives the same number twice when citizens tap at the same moment', async () => {
    const store = await openStore(tempDb());
    const now = new Date('2026-11-26T09:00:00Z');
    const tickets = await Promise.all(Array.from({ length: 25 }, () => store.issue(civil, 'ar', now)));
    const numbers = tickets.map((t) => t.number).sort();
    expect(new Set(numbers).size).toBe(25);
    expect(numbers[0]).toBe('A-001');
    expect(numbers[24]).toBe('A-025');
  });

  it('starts again at 001 at midnight in Casablanca, not at midnight UTC', async () => {
    const store = await openStore(tempDb());
    // 23:30 UTC on the 26th is 00:30 on the 27th in Casablanca (UTC+1).
    await store.issue(civil, 'ar', new Date('2026-11-26T22:30:00Z'));
    expect((await store.issue(civil, 'ar', new Date('2026-11-26T23:30:00Z'))).number).toBe('A-001');
  });

  it('estimates people ahead and the wait from the queue model', async () => {
    const store = await openStore(tempDb());
    const t0 = new Date('2026-11-26T09:00:00Z');
    const first = await store.issue(taxes, 'fr', t0);
    expect(first).toMatchObject({ waitingAhead: 0, estimatedWaitMinutes: 0 });
    await store.issue(taxes, 'fr', t0);
    const third = await store.issue(taxes, 'fr', t0);
    // One counter, 8 minutes each: the third citizen waits for two others.
    expect(third).toMatchObject({ waitingAhead: 2, estimatedWaitMinutes: 16 });
    // The third is called at +16 min and done at +24: at +20 one is still ahead, at +25 none.
    expect(await store.load(taxes, new Date(t0.getTime() + 20 * 60_000))).toEqual({ waiting: 1, estimatedWaitMinutes: 4 });
    expect(await store.load(taxes, new Date(t0.getTime() + 25 * 60_000))).toEqual({ waiting: 0, estimatedWaitMinutes: 0 });
  });

  it('keeps a ticket whose print failed, with the reason', async () => {
    const store = await openStore(tempDb());
    const now = new Date('2026-11-26T09:00:00Z');
    const t = await store.issue(civil, 'ar', now);
    await store.markPrintFailed(t.id, 'paper-out');
    expect(await store.printState('A-001', '2026-11-26')).toEqual({ state: 'failed', failure: 'paper-out' });
  });
});
