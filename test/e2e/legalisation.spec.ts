// Legalisation and certified copies cannot be done at the kiosk: it says what to bring and
// prints a ticket for that counter, with the same list on the paper.
import type { Page } from '@playwright/test';
import { expectLanguage, kioskTest, officeDay, type Lang } from './support/kiosk-fixture.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest();
const { expect } = test;

const shot = async (page: Page, name: string, lang: Lang) => {
  await page.screenshot({ path: `test-results/screenshots/${name}-${lang}.png` });
  await checkScreen(page);
};

for (const lang of ['fr', 'ar'] as const) {
  test(`signature legalisation: checklist, then a ticket for its counter, in ${lang}`, async ({ kioskPage: page, kiosk }) => {
    await page.getByTestId(`lang-${lang}`).tap();
    await expectLanguage(page, lang);
    await page.getByTestId('tile-legalisation').tap();
    await expect(page.getByTestId('legal-choice')).toBeVisible();
    await shot(page, 'legal-choice', lang);

    await page.getByTestId('legal-legalisation').tap();
    const checklist = page.getByTestId('legal-checklist');
    await expect(checklist).toBeVisible();
    await expect(checklist.locator('.legal-checklist-item')).toHaveCount(2);
    await expect(page.getByTestId('legal-item-unsigned-document')).toBeVisible();
    await expect(page.getByTestId('legal-item-original-cnie')).toBeVisible();
    await shot(page, 'legal-checklist', lang);

    const jobsBefore = kiosk.printer.jobs.length;
    await page.getByTestId('legal-take-ticket').tap();
    await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
    const number = (await page.getByTestId('ticket-number').innerText()).trim();
    expect(number).toMatch(/^[A-Z]{1,2}-\d{3,4}$/);
    await shot(page, 'legal-ticket', lang);

    await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
    const job = kiosk.printer.jobs.at(-1)!;
    expect(job.decoded.qrPayloads).toContain(`BORNE/T/${officeDay()}/${number}`);
    expect(job.decoded.cuts).toBe(1);
    await page.getByTestId('done-button').tap();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
  });
}

test('certified copies list three things and print a longer ticket than a counter with no list', async ({ kioskPage: page, kiosk }) => {
  await page.getByTestId('lang-fr').tap();
  // A plain ticket first, for the length of a ticket without a checklist.
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-local-taxes').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  await expect.poll(() => kiosk.printer.jobs.length).toBeGreaterThan(0);
  const plainHeight = kiosk.printer.jobs.at(-1)!.decoded.images.reduce((sum, image) => sum + image.height, 0);
  await page.getByTestId('done-button').tap();

  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-legalisation').tap();
  await page.getByTestId('legal-certified-copies').tap();
  await expect(page.getByTestId('legal-checklist')).toHaveAttribute('data-service', 'certified-copies');
  await expect(page.locator('.legal-checklist-item')).toHaveCount(3);
  // Back returns to the choice, and the other service can be picked.
  await page.getByTestId('back-button').tap();
  await expect(page.getByTestId('legal-choice')).toBeVisible();
  await page.getByTestId('legal-certified-copies').tap();

  const jobsBefore = kiosk.printer.jobs.length;
  await page.getByTestId('legal-take-ticket').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
  const listedHeight = kiosk.printer.jobs.at(-1)!.decoded.images.reduce((sum, image) => sum + image.height, 0);
  expect(listedHeight).toBeGreaterThan(plainHeight);
});
