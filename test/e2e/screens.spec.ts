// Every screen of the ticket journey in the four languages: large text, large targets,
// nothing off screen; the screenshots land in test-results/screenshots/ for a human look.
import { expectLanguage, kioskTest, LANGS } from './support/kiosk-fixture.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest({ idle: { warningAfterSeconds: 30, resetAfterWarningSeconds: 20, resultScreenSeconds: 60 } });
const { expect } = test;

const shot = (lang: string, screen: string) => ({ path: `test-results/screenshots/${lang}-${screen}.png` });

for (const lang of LANGS) {
  test(`every screen in ${lang} is legible and fits`, async ({ page, kiosk }) => {
    await page.clock.install();
    await page.goto(kiosk.kioskUrl);
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    // The attract screen is always in the default language (Arabic), whatever comes next.
    await expectLanguage(page, 'ar');
    await checkScreen(page);
    if (lang === 'ar') await page.screenshot(shot(lang, '1-attract'));

    await page.getByTestId(`lang-${lang}`).tap();
    await expect(page.getByTestId('home-screen')).toBeVisible();
    await expectLanguage(page, lang);
    await checkScreen(page);
    await page.screenshot(shot(lang, '2-home'));

    await page.getByTestId('tile-ticket').tap();
    await expect(page.getByTestId('ticket-service-screen')).toBeVisible();
    await checkScreen(page);
    await page.screenshot(shot(lang, '3-services'));

    await page.getByTestId('service-certified-copies').tap();
    await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
    await checkScreen(page);
    await page.screenshot(shot(lang, '4-ticket'));
    await page.getByTestId('done-button').tap();

    await kiosk.printer.setState('paper-out');
    await page.getByTestId(`lang-${lang}`).tap();
    await page.getByTestId('tile-ticket').tap();
    await page.getByTestId('service-certified-copies').tap();
    await expect(page.getByTestId('print-failed')).toBeVisible();
    await checkScreen(page);
    await page.screenshot(shot(lang, '5-print-failed'));
    await kiosk.printer.setState('ready');
    await page.getByTestId('done-button').tap();

    await page.getByTestId(`lang-${lang}`).tap();
    // The idle clock starts once the home screen is up, after the session has started.
    await expect(page.getByTestId('home-screen')).toBeVisible();
    await page.clock.runFor(31_000);
    await expect(page.getByTestId('idle-warning')).toBeVisible();
    await checkScreen(page);
    await page.screenshot(shot(lang, '6-idle-warning'));
  });
}

test('the home screen also fits a portrait screen', async ({ kioskPage: page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.getByTestId('lang-ar').tap();
  await page.getByTestId('tile-ticket').tap();
  await checkScreen(page);
  await page.screenshot(shot('ar', '7-services-portrait'));
});
