// A citizen picks a language, takes a ticket and leaves with it: the number on the screen is
// the number on the paper (read back from the ESC/POS bytes the printer received).
import { officeTime as wallClock } from '../../main/storage/office-day.js';
import { expectLanguage, kioskTest, LANGS, officeDay } from './support/kiosk-fixture.js';

const test = kioskTest();
const { expect } = test;

for (const lang of LANGS) {
  test(`takes a civil-status ticket in ${lang} and the printed number matches the screen`, async ({ kioskPage: page, kiosk }) => {
    const jobsBefore = kiosk.printer.jobs.length;
    await page.getByTestId(`lang-${lang}`).tap();
    await expect(page.getByTestId('home-screen')).toBeVisible();
    await expectLanguage(page, lang);

    await page.getByTestId('tile-ticket').tap();
    await expect(page.getByTestId('ticket-service-screen')).toBeVisible();
    const tappedAt = new Date();
    await page.getByTestId('service-civil-status').tap();

    await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
    // The time on screen is Casablanca's wall clock, as on the paper.
    const clock = [wallClock(tappedAt, 'Africa/Casablanca'), wallClock(new Date(), 'Africa/Casablanca')];
    await expect(page.getByTestId('ticket-result-screen')).toContainText(new RegExp(clock.join('|')));
    await expect(page.getByTestId('print-failed')).toHaveCount(0);
    const number = (await page.getByTestId('ticket-number').innerText()).trim();
    expect(number).toMatch(/^A-\d{3}$/);

    await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
    const job = kiosk.printer.jobs.at(-1)!;
    expect(job.decoded.qrPayloads).toContain(`BORNE/T/${officeDay()}/${number}`);
    expect(job.decoded.cuts).toBe(1);
    // Nothing is printed after the cut (the printer is only reset for the next job).
    expect(job.decoded.commands.lastIndexOf('cut')).toBeGreaterThan(job.decoded.commands.lastIndexOf('raster'));
    // 80 mm paper: the receipt is drawn 576 dots wide.
    expect(job.decoded.images[0]?.width).toBe(576);
  });
}

test('numbers follow one another and each service has its own prefix', async ({ kioskPage: page }) => {
  const take = async (service: string): Promise<string> => {
    await page.getByTestId('start-button').tap();
    await page.getByTestId('tile-ticket').tap();
    await page.getByTestId(`service-${service}`).tap();
    const number = (await page.getByTestId('ticket-number').innerText()).trim();
    await page.getByTestId('done-button').tap();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    return number;
  };
  const first = await take('local-taxes');
  const second = await take('local-taxes');
  const other = await take('legalisation');
  expect(first).toMatch(/^D-\d{3}$/);
  expect(Number(second.slice(2))).toBe(Number(first.slice(2)) + 1);
  expect(other).toMatch(/^B-\d{3}$/);
});

test('the ticket screen goes back to the attract screen by itself, in the default language', async ({ kioskPage: page }) => {
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-complaints').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  // resultScreenSeconds is 8 in this kiosk's configuration.
  await expect(page.getByTestId('attract-screen')).toBeVisible({ timeout: 15_000 });
  await expectLanguage(page, 'ar');
});
