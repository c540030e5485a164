// The office speaks the citizen's language on screen too: its name in the top bar follows the
// language chosen, and a ticket's QR code opens the office's status page when it has one.
import { kioskTest, officeDay } from './support/kiosk-fixture.js';

const NAMES = { ar: 'مقاطعة سيدي مومن', fr: 'Arrondissement Sidi Moumen', en: 'Sidi Moumen District Office' };
const STATUS_PAGE = 'https://bureau.casablanca.ma/suivi/{reference}';
const test = kioskTest({ officeName: NAMES, publicStatusUrl: STATUS_PAGE });
const { expect } = test;

test('names the office in the language on screen, Arabic on a Tamazight screen that has no name of its own', async ({ kioskPage: page }) => {
  await expect(page.getByTestId('attract-screen')).toContainText(NAMES.ar);
  await page.getByTestId('lang-fr').tap();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  const name = page.locator('.top-bar .office-name');
  await expect(name).toHaveText(NAMES.fr);
  for (const [lang, expected] of [['ar', NAMES.ar], ['zgh', NAMES.ar], ['en', NAMES.en], ['fr', NAMES.fr]] as const) {
    await page.locator('.top-bar').getByTestId(`lang-${lang}`).tap();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(name).toHaveText(expected);
  }
});

test('prints a ticket whose QR code opens the office status page for that ticket', async ({ kioskPage: page, kiosk }) => {
  const jobsBefore = kiosk.printer.jobs.length;
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-civil-status').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  const number = (await page.getByTestId('ticket-number').innerText()).trim();
  await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
  expect(kiosk.printer.jobs.at(-1)!.decoded.qrPayloads).toEqual([`https://bureau.casablanca.ma/suivi/${officeDay()}_${number}`]);
});
