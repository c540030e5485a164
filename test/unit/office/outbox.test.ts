import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeClient } from '../../../main/office/office-client.js';
import { Outbox } from '../../../main/office/outbox.js';
import { OUTBOX_MIGRATIONS } from '../../../main/office/outbox-migrations.js';
import { SqliteDatabase } from '../../../main/storage/sqlite-database.js';
import { TEST_OFFICE_TOKEN } from '../../helpers/office-token.js';

const receipt = { trackingNumber: 'RC-2026-000007', receivedAt: '2026-11-26T10:00:00.000Z', answerDeadline: '2027-01-25', status: 'received' };
const body = { kind: 'suggestion', category: 'green-spaces', place: { arrondissementId: 'a', neighbourhoodId: 'b' }, description: 'Planter des arbres' };
const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A backend that answers each request with the next (status, body) of a script. */
async function scripted(answers: Array<[number, unknown]>): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    const [status, payload] = answers[Math.min(hits, answers.length - 1)] ?? [500, {}];
    hits += 1;
    res.writeHead(status, { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' });
    res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  cleanup.push(() => new Promise((r) => server.close(r)));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits };
}

async function outboxFor(url: string, clock: { t: number }): Promise<{ outbox: Outbox; db: SqliteDatabase }> {
  const db = await SqliteDatabase.open(join(mkdtempSync(join(tmpdir(), 'borne-outbox-unit-')), 'kiosk.sqlite'), OUTBOX_MIGRATIONS);
  cleanup.push(() => db.close());
  const outbox = new Outbox({ db, client: new OfficeClient({ baseUrl: url, token: TEST_OFFICE_TOKEN, timeoutMs: 2000 }), now: () => clock.t, random: () => 0, backoff: { baseMs: 1000, capMs: 8000 } });
  return { outbox, db };
}

describe('outbox decisions', () => {
  it('refuses an invalid submission before storing anything', async () => {
    const backend = await scripted([[201, receipt]]);
    const { outbox } = await outboxFor(backend.url, { t: 0 });
    await expect(outbox.enqueue({ kind: 'report', idempotencyKey: randomUUID(), body: { ...body, description: 'x'.repeat(1001) } })).rejects.toThrow();
    await expect(outbox.enqueue({ kind: 'report', idempotencyKey: 'not-a-uuid', body })).rejects.toThrow();
    expect((await outbox.stats()).depth).toBe(0);
  });

  it('keeps the first submission when the same key is enqueued twice', async () => {
    const backend = await scripted([[201, receipt]]);
    const { outbox } = await outboxFor(backend.url, { t: 0 });
    const key = randomUUID();
    await outbox.enqueue({ kind: 'report', idempotencyKey: key, body });
    await outbox.enqueue({ kind: 'report', idempotencyKey: key, body: { ...body, description: 'autre' } });
    expect((await outbox.stats()).depth).toBe(1);
    expect(await outbox.sendNow(key)).toMatchObject({ state: 'delivered', response: receipt });
    expect(backend.hits()).toBe(1);
  });

  it('retries a 500 and garbage after growing delays, then delivers', async () => {
    const backend = await scripted([[500, { title: 'boom', status: 500 }], [200, '{"tracking'], [201, receipt]]);
    const clock = { t: 1_000_000 };
    const { outbox } = await outboxFor(backend.url, clock);
    const key = randomUUID();
    await outbox.enqueue({ kind: 'report', idempotencyKey: key, body });
    expect(await outbox.drain()).toMatchObject({ delivered: 0, deferred: 1, nextDueInMs: 500 });
    expect(await outbox.drain()).toMatchObject({ deferred: 0, nextDueInMs: 500 }); // not due yet: no request
    expect(backend.hits()).toBe(1);
    clock.t += 500;
    expect(await outbox.drain()).toMatchObject({ deferred: 1, nextDueInMs: 1000 });
    expect((await outbox.get(key))?.lastError).toBe('garbage 200');
    clock.t += 1000;
    expect(await outbox.drain()).toMatchObject({ delivered: 1, nextDueInMs: null });
    expect(await outbox.get(key)).toMatchObject({ state: 'delivered', attempts: 3 });
    expect(await outbox.stats()).toMatchObject({ depth: 0, delivered: 1 });
  });

  it('marks a submission the backend refuses as rejected with the reason, and stops sending it', async () => {
    const backend = await scripted([[400, { title: 'Invalid request body', status: 400, code: 'invalid-body', detail: 'invalid field(s): place' }]]);
    const clock = { t: 0 };
    const { outbox, db } = await outboxFor(backend.url, clock);
    const key = randomUUID();
    await outbox.enqueue({ kind: 'report', idempotencyKey: key, body });
    expect(await outbox.drain()).toMatchObject({ rejected: 1, nextDueInMs: null });
    clock.t += 3_600_000;
    await outbox.drain();
    expect(backend.hits()).toBe(1);
    expect(await outbox.get(key)).toMatchObject({ state: 'rejected', rejection: 'rejected 400 invalid-body: invalid field(s): place' });
    // The office's own final refusal: nothing left to transmit, so the citizen's text is wiped (law 09-08).
    expect(await db.get('SELECT body FROM office_outbox')).toEqual({ body: null });
    expect(await outbox.stats()).toMatchObject({ depth: 0, rejected: 1 });
  });

  it("a gateway's HTML 403/404, a bare 400, 408, 429 and 5xx keep the item pending with its body until the office accepts it", async () => {
    const html = (status: number) => ({ status, type: 'text/html', payload: `<html><body><h1>${status}</h1>nginx</body></html>` });
    const answers = [
      html(403),
      html(404),
      { status: 400, type: 'text/plain', payload: '' },
      { status: 408, type: 'application/problem+json', payload: JSON.stringify({ title: 'Timeout', status: 408, code: 'internal' }) },
      { status: 429, type: 'text/html', payload: 'slow down' },
      html(502),
      { status: 201, type: 'application/json', payload: JSON.stringify(receipt) },
    ];
    let hits = 0;
    const server: Server = createServer((req, res) => {
      req.resume();
      const a = answers[Math.min(hits, answers.length - 1)]!;
      hits += 1;
      res.writeHead(a.status, { 'content-type': a.type });
      res.end(a.payload);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    cleanup.push(() => new Promise((r) => server.close(r)));
    const clock = { t: 0 };
    const { outbox, db } = await outboxFor(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, clock);
    const key = randomUUID();
    await outbox.enqueue({ kind: 'report', idempotencyKey: key, body });
    for (let i = 0; i < answers.length - 1; i += 1) {
      await outbox.drain();
      expect(await outbox.get(key), `after answer ${i + 1}`).toMatchObject({ state: 'pending' });
      expect(await db.get<{ body: string | null }>('SELECT body FROM office_outbox'), `after answer ${i + 1}`).toMatchObject({ body: expect.stringContaining('Planter') });
      clock.t += 10_000;
    }
    await outbox.drain();
    expect(hits).toBe(answers.length);
    expect(await outbox.get(key)).toMatchObject({ state: 'delivered', response: receipt });
    expect(await db.get('SELECT body FROM office_outbox')).toEqual({ body: null });
  });

  it('tells how old the oldest pending submission is', async () => {
    const clock = { t: 5000 };
    const { outbox } = await outboxFor('http://127.0.0.1:9', clock);
    await outbox.enqueue({ kind: 'report', idempotencyKey: randomUUID(), body });
    clock.t += 2000;
    await outbox.enqueue({ kind: 'report', idempotencyKey: randomUUID(), body });
    clock.t += 1000;
    expect(await outbox.stats()).toEqual({ depth: 2, oldestPendingAgeMs: 3000, delivered: 0, rejected: 0 });
  });

  it('gives the waiting citizen the office answer even when the background pass picked the item up first', async () => {
    const backend = await scripted([[201, receipt]]);
    const { outbox } = await outboxFor(backend.url, { t: 0 });
    outbox.start();
    cleanup.push(() => outbox.stop());
    // Let the first (empty) pass finish so the loop is asleep, as it is on a quiet kiosk.
    await new Promise((r) => setTimeout(r, 50));
    const key = randomUUID();
    await outbox.enqueue({ kind: 'report', idempotencyKey: key, body }); // wakes the loop
    expect(await outbox.sendNow(key)).toMatchObject({ state: 'delivered', response: receipt });
    expect(backend.hits()).toBe(1);
  });
});
