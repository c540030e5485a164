// The faults a kiosk meets between it and its office, end to end through the built kiosk: a
// fault proxy sits between the kiosk (office.backendUrl = the proxy) and the real office
// backend, and spoils the first request of one kind at a time: a 500 page after the office
// committed, a garbled answer, a gateway's HTML 403, an answer that never comes, the socket
// cut after the request was read. Then a kill -9 of the kiosk during an outbox delivery. Each
// case: nothing lost, nothing doubled (the office holds the request once under its idempotency
// key, the printer gave one receipt), and a card payment is never both paid and refunded.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { OFFICE_SERVER_MIGRATIONS } from '../../main/office-server/office-server-migrations.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';
import { type Fault, type FaultProxy, startFaultProxy } from '../helpers/office-fault-proxy.js';
import { withKioskDatabase } from './support/journal-file.js';
import { type KioskOptions, type KioskUnderTest, startKiosk } from './support/kiosk-under-test.js';
import { type OfficeBackend, startOfficeBackend } from './support/office-backend.js';
import { submitWasteReport } from './support/report-journey.js';

const FAULTS: readonly Fault[] = ['html-500-after', 'garbage-after', 'html-403-before', 'hang-after', 'drop-before'];
const NOTICE_CENTIMES = 45_000;
const KIOSK: KioskOptions = {
  defaultLanguage: 'fr',
  idle: { warningAfterSeconds: 120, resetAfterWarningSeconds: 30, resultScreenSeconds: 60 },
  paymentTerminal: { driver: 'mock', insertCardMs: 100, enterPinMs: 100, approveAfterMs: 100, removeCardMs: 100, timeoutMs: 2500 },
  officeRequestTimeoutMs: 1500,
  outboxMaxRetryDelayMs: 500,
};

let backend: OfficeBackend;
let proxy: FaultProxy;
let kiosk: KioskUnderTest;
/** The next request on `route` gets `fault`, once; everything else passes. */
let armed: { method: string; pathEnd: string; fault: Fault } | undefined;

test.beforeAll(async () => {
  // Due notices of its own for the payment cases, beside the backend's seeded ones.
  const dbPath = join(mkdtempSync(join(tmpdir(), 'borne-office-faults-')), 'office.sqlite');
  const seed = await SqliteDatabase.open(dbPath, OFFICE_SERVER_MIGRATIONS);
  for (const [i] of FAULTS.entries()) {
    await seed.run("INSERT INTO tax_notices (reference, year, due_date, status, lines) VALUES (?, 2026, '2026-12-31', 'due', ?)", [
      noticeOf(i),
      JSON.stringify([{ code: 'tsc', label: 'Taxe de services communaux', amount: { currency: 'MAD', centimes: NOTICE_CENTIMES } }]),
    ]);
  }
  await seed.close();
  backend = await startOfficeBackend({ dbPath });
  proxy = await startFaultProxy(backend.url);
  proxy.setPlan(({ method, path }) => {
    if (armed && method === armed.method && path.endsWith(armed.pathEnd)) {
      const { fault } = armed;
      armed = undefined;
      return fault;
    }
    return 'pass';
  });
  kiosk = await startKiosk({ ...KIOSK, officeUrl: proxy.url });
});

test.afterAll(async () => {
  await kiosk?.stop();
  await proxy?.close();
  await backend?.stop();
});

function noticeOf(i: number): string {
  return `TSC-2026-${String(900 + i).padStart(6, '0')}`;
}

async function lastOutboxItem(k: KioskUnderTest): Promise<{ key: string; state: string }> {
  return withKioskDatabase(k.dataDir, async (db) => {
    const row = await db.get<{ idempotency_key: string; state: string }>('SELECT idempotency_key, state FROM office_outbox ORDER BY id DESC LIMIT 1');
    return { key: row?.idempotency_key ?? '', state: row?.state ?? 'none' };
  });
}

async function sendReport(page: Page): Promise<string> {
  await submitWasteReport(page, 'fr', ['s', 'a', 'c']);
  await expect(page.getByTestId('report-result')).toBeVisible({ timeout: 20_000 });
  return (await page.getByTestId('report-reference').innerText()).trim();
}

async function sendCivilStatus(page: Page): Promise<string> {
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-civil-status').tap();
  await page.getByTestId('privacy-accept').tap();
  await kiosk.idReader.writeMrz(MRZ_SPECIMENS['mar-cnie-td1'].lines, 'crlf');
  await page.getByTestId('identity-this-is-me').tap();
  await page.getByTestId('doc-birth-extract').tap();
  await page.getByTestId('civil-options-next').tap();
  await page.getByTestId('civil-confirm').tap();
  await expect(page.getByTestId('civil-result')).toBeVisible({ timeout: 20_000 });
  return (await page.getByTestId('civil-reference').innerText()).trim();
}

const SUBMISSIONS = [
  { procedure: 'civil-status', pathEnd: '/v1/civil-status-requests', send: sendCivilStatus },
  { procedure: 'report', pathEnd: '/v1/reports', send: sendReport },
] as const;

for (const s of SUBMISSIONS) {
  for (const fault of FAULTS) {
    test(`${s.procedure}, office ${fault}: held once by the office, one receipt`, async ({ page }) => {
      await page.goto(kiosk.kioskUrl);
      const jobsBefore = kiosk.printer.jobs.length;
      armed = { method: 'POST', pathEnd: s.pathEnd, fault };
      const reference = await s.send(page);
      expect(armed, 'the fault was met').toBeUndefined();
      // The spoiled answer gave the office no say: the citizen holds a "waiting to be sent" receipt.
      expect(reference).toMatch(/^KE2E-\d{4}-\d{6}$/);
      await page.getByTestId('done-button').tap();

      // The outbox delivers it once the faulty answer is behind it, under the same key.
      await expect.poll(async () => (await lastOutboxItem(kiosk)).state, { timeout: 20_000 }).toBe('delivered');
      const { key } = await lastOutboxItem(kiosk);
      await expect.poll(() => backend.countRequests({ procedure: s.procedure, kioskReference: reference })).toBe(1);
      expect(await backend.countByIdempotencyKey(key)).toBe(1);
      expect(kiosk.printer.jobs.length).toBe(jobsBefore + 1);
      expect(kiosk.printer.jobs.at(-1)!.decoded.qrPayloads).toEqual([`BORNE/R/${reference}`]);
    });
  }
}

for (const [i, fault] of FAULTS.entries()) {
  test(`tax payment, office ${fault}: paid once, never refunded, one receipt`, async ({ page }) => {
    await page.goto(kiosk.kioskUrl);
    await page.getByTestId('lang-fr').tap();
    await page.getByTestId('tile-tax').tap();
    await kiosk.scanner.write(`${noticeOf(i)}\r\n`);
    await expect(page.getByTestId('tax-notice')).toBeVisible();
    const jobsBefore = kiosk.printer.jobs.length;
    armed = { method: 'POST', pathEnd: '/payments', fault };
    await page.getByTestId('tax-pay').tap();
    await expect(page.getByTestId('tax-paid')).toBeVisible({ timeout: 30_000 });
    expect(armed, 'the fault was met').toBeUndefined();
    const trackingNumber = (await page.getByTestId('tax-tracking-number').innerText()).trim();
    await page.getByTestId('done-button').tap();

    const row = await withKioskDatabase(kiosk.dataDir, (db) =>
      db.get<{ idempotency_key: string; state: string }>('SELECT idempotency_key, state FROM payment_incidents WHERE reference = ?', [noticeOf(i)]),
    );
    expect(row?.state).toBe('confirmed');
    expect(await backend.countPayments(row?.idempotency_key ?? '')).toBe(1);
    // Never given back: the simulated acquirer has reversed nothing.
    const acquirer = join(kiosk.dataDir, 'mock-acquirer.json');
    expect(existsSync(acquirer) ? (JSON.parse(readFileSync(acquirer, 'utf8')) as { reversed: string[] }).reversed : []).toEqual([]);
    await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
    expect(kiosk.printer.jobs.at(-1)!.decoded.qrPayloads).toEqual([`BORNE/R/${trackingNumber}`]);
  });
}

test('kill -9 of the kiosk while the outbox delivers: restarted on the same data, delivered once, printed once', async ({ page }) => {
  test.slow();
  await page.goto(kiosk.kioskUrl);
  // The office is away when the citizen sends: a pending receipt.
  await backend.stop();
  const jobsBefore = kiosk.printer.jobs.length;
  const reference = await sendReport(page);
  await expect(page.getByTestId('report-pending')).toBeVisible();
  await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
  const { key } = await lastOutboxItem(kiosk);
  await page.getByTestId('done-button').tap();

  // Back, but the answer to the next delivery never comes: the office commits, the kiosk waits...
  armed = { method: 'POST', pathEnd: '/v1/reports', fault: 'hang-after' };
  await backend.restart();
  await expect.poll(() => backend.countByIdempotencyKey(key), { timeout: 20_000 }).toBe(1);
  // ...and dies mid-delivery.
  const dataDir = kiosk.dataDir;
  await kiosk.stop({ kill: true });
  expect((await lastOutboxItem({ ...kiosk, dataDir })).state).toBe('pending');

  kiosk = await startKiosk({ ...KIOSK, officeUrl: proxy.url, dataDir });
  await expect.poll(async () => (await lastOutboxItem(kiosk)).state, { timeout: 20_000 }).toBe('delivered');
  expect(await backend.countByIdempotencyKey(key)).toBe(1);
  expect(await backend.countRequests({ procedure: 'report', kioskReference: reference })).toBe(1);
  // The restarted kiosk printed nothing again: the citizen's receipt was already out.
  expect(kiosk.printer.jobs.length).toBe(0);
  const journal = await withKioskDatabase(dataDir, (db) => db.all<{ state: string }>('SELECT state FROM receipt_journal WHERE number = ?', [reference]));
  expect(journal).toEqual([{ state: 'printed' }]);
});
