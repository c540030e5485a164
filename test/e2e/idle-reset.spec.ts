// A citizen walks away mid-journey: a warning comes at least 20 s before the reset, one tap
// continues, and otherwise the kiosk wipes the session and returns to the default language.
import { expectLanguage, kioskTest } from './support/kiosk-fixture.js';

const test = kioskTest({ idle: { warningAfterSeconds: 30, resetAfterWarningSeconds: 20, resultScreenSeconds: 8 } });
const { expect } = test;

test.beforeEach(async ({ page }) => {
  // The page's clock only: timers run on demand, the kiosk and its WebSocket stay real.
  await page.clock.install();
});

test('warns before the reset, and one tap on Continue keeps the journey', async ({ kioskPage: page }) => {
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-ticket').tap();
  await expect(page.getByTestId('ticket-service-screen')).toBeVisible();

  await page.clock.runFor(29_000);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.runFor(2_000);
  const warning = page.getByTestId('idle-warning');
  await expect(warning).toBeVisible();
  // Shown about a second after it appeared, the countdown still has 19 or 20 s to go.
  await expect(warning).toContainText(/\b(19|20)\b/);

  await page.getByTestId('idle-continue').tap();
  await expect(warning).toHaveCount(0);
  await expect(page.getByTestId('ticket-service-screen')).toBeVisible();
  await expectLanguage(page, 'fr');
});

test('without a tap the session is wiped and the attract screen returns in Arabic', async ({ kioskPage: page }) => {
  await page.getByTestId('lang-en').tap();
  await page.getByTestId('tile-ticket').tap();
  await expect(page.getByTestId('ticket-service-screen')).toBeVisible();

  await page.clock.runFor(30_500);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  // Still on the journey 19 s into the 20 s countdown.
  await page.clock.runFor(19_000);
  await expect(page.getByTestId('ticket-service-screen')).toBeVisible();
  await page.clock.runFor(2_000);

  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await expectLanguage(page, 'ar');
  // The next citizen starts from the home screen in the default language, with nothing kept.
  await page.getByTestId('start-button').tap();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await expectLanguage(page, 'ar');
});

test('the attract screen itself never times out', async ({ kioskPage: page }) => {
  await page.clock.runFor(120_000);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(page.getByTestId('attract-screen')).toBeVisible();
});
