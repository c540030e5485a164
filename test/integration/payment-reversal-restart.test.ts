// A card payment left uncertain (the office unreachable after the card was approved), then a
// real restart of the kiosk runtime on the same data folder, with the mock payment terminal:
// when the office comes back and says it holds no such payment (void), the restarted kiosk
// gives the charge back by the transaction's saved reference, exactly once.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { kioskConfigSchema } from '../../main/config/config-schema.js';
import { type OfficeServer, startOfficeServer } from '../../main/office-server/office-server.js';
import { type KioskRuntime, startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';
import { type FaultProxy, startFaultProxy } from '../helpers/office-fault-proxy.js';
import { TEST_OFFICE_TOKEN } from '../helpers/office-token.js';

const dir = mkdtempSync(join(tmpdir(), 'borne-reversal-restart-'));
const dataDir = join(dir, 'data');
let office: OfficeServer;
let proxy: FaultProxy;
const runtimes: KioskRuntime[] = [];

afterAll(async () => {
  for (const rt of runtimes) await rt.close().catch(() => undefined);
  await proxy?.close();
  await office?.close();
});

async function startRuntime(): Promise<KioskRuntime> {
  const config = kioskConfigSchema.parse({
    office: { name: 'Arrondissement Sidi Moumen', backendUrl: proxy.url, token: TEST_OFFICE_TOKEN, requestTimeoutMs: 500 },
    kiosk: { id: 'it-kiosk', referenceCode: 'KIT' },
    hardware: {
      idReader: { driver: 'mock' },
      barcodeScanner: { driver: 'mock' },
      printer: { driver: 'mock', paperWidthMm: 80 },
      paymentTerminal: { driver: 'mock', insertCardMs: 0, enterPinMs: 0, approveAfterMs: 0, removeCardMs: 0 },
    },
  });
  const rt = await startKioskRuntime({ config, dataDir, logger: pino({ level: 'silent' }) });
  runtimes.push(rt);
  return rt;
}

async function call(rt: KioskRuntime, channel: string, payload: unknown): Promise<Record<string, unknown>> {
  const r = await rt.router.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
  return r.value as Record<string, unknown>;
}

interface Row {
  idempotency_key: string;
  state: string;
  check_number: string;
}

async function paymentRows(): Promise<{ rows: Row[]; audits: number }> {
  const db = await SqliteDatabase.open(join(dataDir, 'kiosk.sqlite'), []);
  try {
    const rows = await db.all<Row>('SELECT idempotency_key, state, check_number FROM payment_incidents');
    const audit = await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM staff_audit WHERE action = 'payment-incident-settled'");
    return { rows, audits: audit?.n ?? 0 };
  } finally {
    await db.close();
  }
}

function reversalsAtTheAcquirer(): number {
  const state = JSON.parse(readFileSync(join(dataDir, 'mock-acquirer.json'), 'utf8')) as { reversed: string[] };
  return state.reversed.length;
}

describe('reversal after a kiosk restart', () => {
  it('an uncertain payment, a restart, the office says void: refunded exactly once', async () => {
    office = await startOfficeServer({ token: TEST_OFFICE_TOKEN, dbPath: join(dir, 'office.sqlite') });
    proxy = await startFaultProxy(office.url);
    // The notice is found; then the payment and every question about it are lost on the way.
    let officeAnswersPayments = false;
    proxy.setPlan(({ path }) => (officeAnswersPayments || path.startsWith('/v1/tax-notices/') && !path.endsWith('/payments') ? 'pass' : 'drop-before'));

    const first = await startRuntime();
    const { sessionId } = (await call(first, 'session.start', { language: 'fr' })) as { sessionId: string };
    expect(await call(first, 'tax.lookup', { sessionId, reference: 'TSC-2026-000123' })).toMatchObject({ ok: true });
    const paid = await call(first, 'tax.pay', { sessionId, reference: 'TSC-2026-000123' });
    expect(paid).toMatchObject({ outcome: 'not-confirmed', reversed: false, checking: true });
    await first.close();
    runtimes.length = 0;
    expect((await paymentRows()).rows).toMatchObject([{ state: 'checking' }]);

    // A real restart on the same data folder: a new process knows nothing of the approval.
    officeAnswersPayments = true;
    const second = await startRuntime();
    const deadline = Date.now() + 20_000;
    while ((await paymentRows()).rows[0]?.state === 'checking' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const { rows, audits } = await paymentRows();
    expect(rows).toMatchObject([{ state: 'reversed', check_number: paid.checkNumber }]);
    expect(await office.store.countPayments(rows[0]?.idempotency_key ?? '')).toBe(0);
    expect(reversalsAtTheAcquirer()).toBe(1);
    expect(audits).toBe(1);

    // Another restart: nothing reversed again, nothing audited again.
    await second.close();
    runtimes.length = 0;
    const third = await startRuntime();
    await new Promise((r) => setTimeout(r, 300));
    await third.close();
    runtimes.length = 0;
    expect(reversalsAtTheAcquirer()).toBe(1);
    expect((await paymentRows()).audits).toBe(1);
  }, 60_000);
});
