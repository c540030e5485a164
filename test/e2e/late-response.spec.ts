// A slow office and a citizen who wants to leave. The rule: while a request is on its way,
// Back and Home are held (a notice says why) for at most the office timeout, after which the
// request waits in the outbox and its receipt says so; the receipt always prints with its result
// on screen, never later behind another screen. A visit that ends another way meanwhile (the
// page reloads after a crash) prints nothing: the next citizen sees nothing of it and the
// printer stays quiet, unlike the convenience-store kiosks in Japan that handed residents other
// people's certificates.
import { test as base, expect, type Page } from '@playwright/test';
import { checkScreen } from './support/screen-checks.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { startOfficeBackend, type OfficeBackend } from './support/office-backend.js';
import { startKiosk, type KioskUnderTest } from './support/kiosk-under-test.js';
import { OFFICE_SERVER_MIGRATIONS } from '../../main/office-server/office-server-migrations.js';
import { SqliteDatabase } from '../../main/storage/sqlite-database.js';

const RESPONSE_DELAY_MS = 6000;
const CIVIL_ROUTE = 'POST /v1/civil-status-requests';

let office: OfficeBackend | undefined;
let kiosk: KioskUnderTest | undefined;

const test = base.extend<{ office: OfficeBackend; kiosk: KioskUnderTest }>({
  office: async ({}, use) => use(office!),
  kiosk: async ({}, use) => use(kiosk!),
});

test.beforeAll(async () => {
  office = await startOfficeBackend({ responseDelayMs: RESPONSE_DELAY_MS });
  kiosk = await startKiosk({
    officeUrl: office.url,
    // Longer than the delay: the answer does come back, late, rather than the outbox taking over.
    officeRequestTimeoutMs: 15_000,
    idle: { warningAfterSeconds: 30, resetAfterWarningSeconds: 20, resultScreenSeconds: 8 },
  });
});

test.afterAll(async () => {
  await kiosk?.stop();
  await office?.stop();
});

/** From the attract screen to the request on its way to the (slow) office. */
async function submitRequest(page: Page, k: KioskUnderTest): Promise<void> {
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-civil-status').tap();
  await page.getByTestId('privacy-accept').tap();
  await expect(page.getByTestId('civil-identity')).toBeVisible();
  await k.idReader.writeMrz(MRZ_SPECIMENS['mar-cnie-td1'].lines, 'crlf');
  await page.getByTestId('identity-this-is-me').tap();
  await page.getByTestId('doc-death-extract').tap();
  await page.getByTestId('civil-options-next').tap();
  await page.getByTestId('civil-confirm').tap();
  await expect(page.getByTestId('civil-submitting')).toBeVisible();
}

/**
 * The next citizen starts the same procedure before the office answers the previous one:
 * a fresh notice, and the late answer must not land on their screen.
 */
async function nextCitizenStarts(page: Page): Promise<void> {
  await page.getByTestId('lang-fr').tap();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await page.getByTestId('tile-civil-status').tap();
  await expect(page.getByTestId('privacy-notice')).toBeVisible();
  await page.getByTestId('privacy-accept').tap();
  await expect(page.getByTestId('civil-identity')).toBeVisible();
}

async function expectNothingOfThePreviousCitizen(page: Page): Promise<void> {
  await expect(page.getByTestId('civil-identity')).toBeVisible();
  await expect(page.getByTestId('identity-confirm')).toHaveCount(0);
  await expect(page.getByTestId('civil-result')).toHaveCount(0);
  await expect(page.getByText('BENALI')).toHaveCount(0);
}

/** The office's newest civil-status request (the reload leaves the test no number to ask by). */
async function newestCivilStatusRequest(o: OfficeBackend): Promise<{ kioskReference: string; status: string } | undefined> {
  const db = await SqliteDatabase.open(o.dbPath, OFFICE_SERVER_MIGRATIONS);
  try {
    return await db.get<{ kioskReference: string; status: string }>(
      "SELECT kiosk_reference AS kioskReference, status FROM office_requests WHERE procedure = 'civil-status' ORDER BY created_at DESC, tracking_number DESC LIMIT 1",
    );
  } finally {
    await db.close();
  }
}

async function waitPastTheAnswer(o: OfficeBackend, answersBefore: number): Promise<void> {
  // The office has answered (late), and the kiosk has had time to act on it wrongly.
  await expect.poll(() => o.requestCount(CIVIL_ROUTE), { timeout: RESPONSE_DELAY_MS + 8000 }).toBeGreaterThan(answersBefore);
  await new Promise((r) => setTimeout(r, 1500));
}

test('Home while the office is slow: Back and Home are held and say why; the answer shows and prints with its result', async ({ page, kiosk: k, office: o }) => {
  await page.goto(k.kioskUrl);
  const jobsBefore = k.printer.jobs.length;
  await submitRequest(page, k);

  await expect(page.getByTestId('home-button')).toBeDisabled();
  await expect(page.getByTestId('back-button')).toBeDisabled();
  await expect(page.getByTestId('nav-held-notice')).toBeVisible();
  await expect(page.getByTestId('civil-submitting')).toContainText('15');
  // The citizen presses Home and Back anyway (a finger does not wait for a button to be enabled).
  await page.getByTestId('home-button').tap({ force: true });
  await page.getByTestId('back-button').tap({ force: true });
  await expect(page.getByTestId('civil-submitting')).toBeVisible();
  await expect(page.getByTestId('home-screen')).toHaveCount(0);
  expect(k.printer.jobs.length, 'nothing printed before the answer').toBe(jobsBefore);

  // The answer comes with its result on screen, and the receipt is the one the screen shows.
  await expect(page.getByTestId('civil-result')).toBeVisible({ timeout: RESPONSE_DELAY_MS + 8000 });
  const reference = (await page.getByTestId('civil-reference').innerText()).trim();
  await expect.poll(() => k.printer.jobs.length).toBe(jobsBefore + 1);
  expect(k.printer.jobs.at(-1)!.decoded.qrPayloads[0]).toMatch(new RegExp(`/${reference}$`));
  // What the screen said is what the office holds: the request, under that number.
  expect(await o.requestStatus(reference)).toBeDefined();
  await expect(page.getByTestId('nav-held-notice')).toHaveCount(0);
  await expect(page.getByTestId('home-button')).toBeEnabled();
  await page.getByTestId('done-button').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
});

test('a reload while the office is slow ends the visit: the request is withdrawn at the office, the late answer prints nothing, the next citizen sees nothing', async ({ page, kiosk: k, office: o }) => {
  await page.goto(k.kioskUrl);
  const jobsBefore = k.printer.jobs.length;
  const answersBefore = o.requestCount(CIVIL_ROUTE);
  await submitRequest(page, k);

  // What the Electron shell does after a renderer crash, or a Chromium kiosk window on reload.
  await page.reload();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  expect(o.requestCount(CIVIL_ROUTE), 'the office has not answered yet').toBe(answersBefore);
  await waitPastTheAnswer(o, answersBefore);
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  expect(k.printer.jobs.length, 'no receipt for a visit that ended').toBe(jobsBefore);

  // The citizen was told nothing and holds no receipt: the office must not process it.
  await expect.poll(async () => (await newestCivilStatusRequest(o))?.status, { timeout: 10_000 }).toBe('withdrawn');
  const withdrawn = await newestCivilStatusRequest(o);
  expect(withdrawn?.kioskReference).toMatch(/^KE2E-/);
  expect((await o.requestStatus(withdrawn!.kioskReference))?.status).toBe('withdrawn');

  await nextCitizenStarts(page);
  await expectNothingOfThePreviousCitizen(page);
  expect(k.printer.jobs.length).toBe(jobsBefore);
});

test('a report while the office is slow: the same hold, and its receipt prints with its result', async ({ page, kiosk: k, office: o }) => {
  await page.goto(k.kioskUrl);
  const jobsBefore = k.printer.jobs.length;
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-report').tap();
  await page.getByTestId('privacy-accept').tap();
  await page.getByTestId('report-kind-complaint').tap();
  await page.getByTestId('report-category-lighting').tap();
  // The kiosk's own arrondissement, Sidi Moumen, comes chosen.
  await page.getByTestId('place-attacharouk').tap();
  for (const key of 'rue') await page.getByTestId(`key-${key}`).tap();
  await page.getByTestId('report-landmark-next').tap();
  for (const key of 'lampe') await page.getByTestId(`key-${key}`).tap();
  await page.getByTestId('report-description-next').tap();
  await page.getByTestId('report-sms-no').tap();
  await expect(page.getByTestId('report-summary-step')).toBeVisible();
  await page.getByTestId('report-submit').tap();

  await expect(page.getByTestId('nav-held-notice')).toBeVisible();
  await expect(page.getByTestId('home-button')).toBeDisabled();
  await page.getByTestId('home-button').tap({ force: true });
  await expect(page.getByTestId('home-screen')).toHaveCount(0);
  await expect(page.getByTestId('report-result')).toBeVisible({ timeout: RESPONSE_DELAY_MS + 8000 });
  const reference = (await page.getByTestId('report-reference').innerText()).trim();
  await expect.poll(() => k.printer.jobs.length).toBe(jobsBefore + 1);
  expect(k.printer.jobs.at(-1)!.decoded.qrPayloads[0]).toMatch(new RegExp(`/${reference}$`));
  expect(await o.requestStatus(reference)).toBeDefined();
  await page.getByTestId('done-button').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
});

test('with nobody leaving, the slow answer is shown and printed', async ({ page, kiosk: k }) => {
  await page.goto(k.kioskUrl);
  const jobsBefore = k.printer.jobs.length;
  await submitRequest(page, k);
  await expect(page.getByTestId('civil-result')).toBeVisible({ timeout: RESPONSE_DELAY_MS + 8000 });
  await expect(page.getByTestId('civil-pending')).toHaveCount(0);
  await expect.poll(() => k.printer.jobs.length).toBe(jobsBefore + 1);
});

for (const lang of ['fr', 'ar'] as const) {
  test(`office down: the receipt says the request waits to be sent, in ${lang}`, async ({ page, kiosk: k, office: o }) => {
    await o.stop();
    try {
      await page.goto(k.kioskUrl);
      const jobsBefore = k.printer.jobs.length;
      await page.getByTestId(`lang-${lang}`).tap();
      await page.getByTestId('tile-civil-status').tap();
      await page.getByTestId('privacy-accept').tap();
      await k.idReader.writeMrz(MRZ_SPECIMENS['mar-cnie-td1'].lines, 'crlf');
      await page.getByTestId('identity-this-is-me').tap();
      await page.getByTestId('doc-birth-full-copy').tap();
      await page.getByTestId('civil-options-next').tap();
      await page.getByTestId('civil-confirm').tap();
      await expect(page.getByTestId('civil-result')).toBeVisible({ timeout: 20_000 });
      await expect(page.getByTestId('civil-pending')).toBeVisible();
      const reference = (await page.getByTestId('civil-reference').innerText()).trim();
      expect(reference).toMatch(/^KE2E/);
      await page.screenshot({ path: `test-results/screenshots/civil-result-pending-${lang}.png` });
      await checkScreen(page);
      await expect.poll(() => k.printer.jobs.length).toBe(jobsBefore + 1);
      expect(k.printer.jobs.at(-1)!.decoded.qrPayloads[0]).toMatch(new RegExp(`/${reference}$`));
      await page.getByTestId('done-button').tap();
    } finally {
      await o.restart();
    }
  });
}
