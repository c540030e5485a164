// The office network is down when a citizen sends a report: the receipt says "waiting to be
// sent" with the kiosk's own K… number; when the office comes back the report reaches it
// exactly once, under the same number, and tracking that number shows its status.
import { test as base, expect, type Page } from '@playwright/test';
import { startKiosk, type KioskUnderTest } from './support/kiosk-under-test.js';
import { startOfficeBackend, type OfficeBackend } from './support/office-backend.js';
import { checkScreen } from './support/screen-checks.js';
import { submitWasteReport } from './support/report-journey.js';

let backend: OfficeBackend;
let kiosk: KioskUnderTest;
const test = base;

test.beforeAll(async () => {
  backend = await startOfficeBackend();
  kiosk = await startKiosk({
    idle: { warningAfterSeconds: 120, resetAfterWarningSeconds: 30, resultScreenSeconds: 60 },
    officeUrl: backend.url,
    officeRequestTimeoutMs: 1500,
    outboxMaxRetryDelayMs: 500,
  });
});

test.afterAll(async () => {
  await kiosk?.stop();
  await backend?.stop();
});

const shot = (page: Page, name: string, lang: string) => page.screenshot({ path: `test-results/screenshots/${name}-${lang}.png` });


for (const lang of ['fr', 'ar'] as const) {
  test(`${lang}: a report sent while the office is down is delivered once when it is back`, async ({ page }) => {
    test.slow();
    await page.goto(kiosk.kioskUrl);
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await backend.stop();
    const postsBefore = backend.requestCount('POST /v1/reports');
    const jobsBefore = kiosk.printer.jobs.length;
    await submitWasteReport(page, lang, lang === 'fr' ? ['s', 'a', 'c', 's'] : ['ك', 'ي', 'س']);

    await expect(page.getByTestId('report-result')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('report-pending')).toBeVisible();
    const reference = (await page.getByTestId('report-reference').innerText()).trim();
    expect(reference).toMatch(/^KE2E-\d{4}-\d{6}$/);
    await checkScreen(page);
    await shot(page, 'report-pending', lang);
    await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
    expect(kiosk.printer.jobs.at(-1)!.decoded.qrPayloads).toEqual([`BORNE/R/${reference}`]);
    await page.getByTestId('done-button').tap();

    // Still down: tracking the receipt says it is waiting on this kiosk.
    await page.getByTestId(`lang-${lang}`).tap();
    await page.getByTestId('tile-tracking').tap();
    await kiosk.scanner.write(`BORNE/R/${reference}\r\n`);
    await expect(page.getByTestId('tracking-status')).toHaveAttribute('data-status', 'pending-transmission');
    await checkScreen(page);
    await shot(page, 'tracking-pending', lang);
    await page.getByTestId('done-button').tap();

    await backend.restart();
    await expect.poll(() => backend.countRequests({ procedure: 'report', kioskReference: reference }), { timeout: 20_000 }).toBe(1);
    // A few more retry periods: nothing is delivered twice.
    await page.waitForTimeout(2000);
    expect(await backend.countRequests({ procedure: 'report', kioskReference: reference })).toBe(1);
    expect(backend.requestCount('POST /v1/reports') - postsBefore).toBeGreaterThanOrEqual(1);

    // The number on the paper now tracks the request at the office.
    await page.getByTestId(`lang-${lang}`).tap();
    await page.getByTestId('tile-tracking').tap();
    await kiosk.scanner.write(`BORNE/R/${reference}\r\n`);
    await expect(page.getByTestId('tracking-reference')).toHaveText(reference);
    await expect(page.getByTestId('tracking-status')).toHaveAttribute('data-status', 'received');
  });
}
