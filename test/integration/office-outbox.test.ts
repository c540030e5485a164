import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeClient } from '../../main/office/office-client.js';
import { Outbox } from '../../main/office/outbox.js';
import { OUTBOX_MIGRATIONS } from '../../main/office/outbox-migrations.js';
import { type OfficeServer, startOfficeServer } from '../../main/office-server/office-server.js';
import { KIOSK_MIGRATIONS } from '../../main/storage/kiosk-migrations.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';
import { TEST_OFFICE_TOKEN } from '../helpers/office-token.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = join(ROOT, 'test/unit/office/fixtures/outbox-child.ts');
const FAST = { baseMs: 50, capMs: 400 };

const cleanup: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'borne-outbox-'));
}

async function server(dbPath: string, port = 0, responseDelayMs = 0): Promise<OfficeServer> {
  const s = await startOfficeServer({ token: TEST_OFFICE_TOKEN, port, dbPath, responseDelayMs });
  let closed = false;
  const close = s.close.bind(s);
  s.close = async () => {
    if (closed) return;
    closed = true;
    await close();
  };
  cleanup.push(() => s.close());
  return s;
}

async function open(path: string): Promise<SqliteDatabase> {
  // The kiosk's database with the outbox appended, as the kiosk will run it.
  const db = await SqliteDatabase.open(path, [...KIOSK_MIGRATIONS, ...OUTBOX_MIGRATIONS]);
  cleanup.push(() => db.close());
  return db;
}

/** How many times the office recorded each key, read from the office server's own database. */
async function recordedKeys(officeDb: string): Promise<Map<string, number>> {
  const db = await SqliteDatabase.open(officeDb, []);
  try {
    const rows = await db.all<{ idempotency_key: string; n: number }>('SELECT idempotency_key, COUNT(*) AS n FROM office_requests GROUP BY idempotency_key');
    return new Map(rows.map((r) => [r.idempotency_key, r.n]));
  } finally {
    await db.close();
  }
}

async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function report(i: number): unknown {
  return {
    kind: 'complaint',
    category: 'roads',
    place: { arrondissementId: 'hay-mohammadi', neighbourhoodId: 'n1' },
    description: `Nid de poule ${i}`,
    kioskReference: `KHM01-2026-${String(i + 1).padStart(6, '0')}`,
  };
}
function civil(i: number): unknown {
  return { document: 'birth-extract', copies: 1 + (i % 3), documentLanguage: 'fr', identity: { method: 'card-number', cardNumber: `BE${100000 + i}`, birthDate: '1980-01-01' } };
}

function runChild(args: string[]): { child: ChildProcess; lines: string[]; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buf = '';
  child.stdout?.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop() ?? '';
    lines.push(...parts);
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  cleanup.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return { child, lines, exited };
}

describe('office outbox', () => {
  it('keeps submissions while the backend is down and delivers each exactly once when it returns', async () => {
    const dir = tempDir();
    const office = await server(join(dir, 'office.sqlite'));
    const { port, url } = office;
    await office.close(); // the backend is down
    const db = await open(join(dir, 'kiosk.sqlite'));
    const outbox = new Outbox({ db, client: new OfficeClient({ baseUrl: url, token: TEST_OFFICE_TOKEN, timeoutMs: 2000 }), backoff: FAST });
    const keys = [randomUUID(), randomUUID(), randomUUID()];
    await outbox.enqueue({ kind: 'report', idempotencyKey: keys[0] ?? '', body: report(0) });
    await outbox.enqueue({ kind: 'civil-status-request', idempotencyKey: keys[1] ?? '', body: civil(1) });
    await outbox.enqueue({ kind: 'report', idempotencyKey: keys[2] ?? '', body: report(2) });
    outbox.start();
    cleanup.push(() => outbox.stop());
    await until(async () => ((await outbox.get(keys[0] ?? ''))?.attempts ?? 0) >= 2, 5000, 'failed attempts');
    expect(await outbox.stats()).toMatchObject({ depth: 3, delivered: 0 });
    expect((await outbox.get(keys[0] ?? ''))?.lastError).toMatch(/unreachable/);

    await server(join(dir, 'office.sqlite'), port); // back, same address
    await until(async () => (await outbox.stats()).depth === 0, 10_000, 'the outbox to drain');
    const recorded = await recordedKeys(join(dir, 'office.sqlite'));
    expect([...recorded.entries()].sort()).toEqual(keys.map((k) => [k, 1]).sort());
    const first = await outbox.get(keys[1] ?? '');
    expect(first).toMatchObject({ state: 'delivered', response: { trackingNumber: expect.stringMatching(/^AR-\d{4}-000001$/) } });
    // The number printed on the receipt while the backend was down still finds the request.
    const tracked = await new OfficeClient({ baseUrl: url, token: TEST_OFFICE_TOKEN }).getRequestStatus('KHM01-2026-000003');
    const third = (await outbox.get(keys[2] ?? ''))?.response as { trackingNumber?: string } | undefined;
    expect(third?.trackingNumber).toMatch(/^RC-\d{4}-\d{6}$/);
    expect(tracked).toMatchObject({ ok: true, value: { procedure: 'report', trackingNumber: third?.trackingNumber } });
    const stored = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM office_outbox WHERE body IS NOT NULL');
    expect(stored?.n).toBe(0); // the citizen's data is gone once delivered
  });

  it('resumes after the kiosk process is killed with SIGKILL mid-delivery, and the office records it once', async () => {
    const dir = tempDir();
    const officeDb = join(dir, 'office.sqlite');
    const kioskDb = join(dir, 'kiosk.sqlite');
    // The office records the first report but answers only after 5 s: the kiosk dies before.
    const slow = await server(officeDb, 0, 5000);
    const first = runChild(['enqueue', kioskDb, slow.url, '3']);
    await until(async () => first.lines.some((l) => l.startsWith('enqueued ')), 15_000, 'the child to enqueue');
    const keys = (first.lines.find((l) => l.startsWith('enqueued ')) ?? '').slice('enqueued '.length).split(',');
    expect(keys).toHaveLength(3);
    await until(async () => (await recordedKeys(officeDb)).size === 1, 10_000, 'the office to record the first report');
    first.child.kill('SIGKILL');
    await first.exited;
    await slow.close();
    const killed = await open(kioskDb);
    const before = await killed.all<{ state: string }>('SELECT state FROM office_outbox');
    expect(before.map((r) => r.state)).toEqual(['pending', 'pending', 'pending']);

    const office = await server(officeDb);
    const second = runChild(['drain', kioskDb, office.url]);
    expect(await second.exited).toBe(0);
    expect(second.lines.at(-1)).toMatch(/^drained .*"depth":0/);
    const recorded = await recordedKeys(officeDb);
    expect([...recorded.entries()].sort()).toEqual(keys.map((k) => [k, 1]).sort());
    const rows = await killed.all<{ state: string; response: string }>('SELECT state, response FROM office_outbox ORDER BY id');
    expect(rows.map((r) => r.state)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(rows.map((r) => (JSON.parse(r.response) as { trackingNumber: string }).trackingNumber)).toEqual(
      ['000001', '000002', '000003'].map((n) => expect.stringMatching(new RegExp(`^RC-\\d{4}-${n}$`))),
    );
  });

  it('drains 50 queued submissions, each recorded once', async () => {
    const dir = tempDir();
    const office = await server(join(dir, 'office.sqlite'));
    const db = await open(join(dir, 'kiosk.sqlite'));
    const outbox = new Outbox({ db, client: new OfficeClient({ baseUrl: office.url, token: TEST_OFFICE_TOKEN }), backoff: FAST });
    const keys = Array.from({ length: 50 }, () => randomUUID());
    for (const [i, key] of keys.entries()) {
      await outbox.enqueue(i % 2 ? { kind: 'report', idempotencyKey: key, body: report(i) } : { kind: 'civil-status-request', idempotencyKey: key, body: civil(i) });
    }
    expect((await outbox.stats()).depth).toBe(50);
    // Two drains at once share one pass instead of sending twice.
    const [a, b] = await Promise.all([outbox.drain(), outbox.drain()]);
    expect(a).toBe(b);
    expect(a.delivered).toBe(50);
    expect(await outbox.stats()).toMatchObject({ depth: 0, delivered: 50, oldestPendingAgeMs: null });
    const recorded = await recordedKeys(join(dir, 'office.sqlite'));
    expect(recorded.size).toBe(50);
    expect([...recorded.values()].every((n) => n === 1)).toBe(true);
  });
});
