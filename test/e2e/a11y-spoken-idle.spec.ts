// Time limits in speak mode (WCAG 2.2.1): the warning is said, comes after the doubled delay,
// gives at least 20 s (here 2 × 20), and one tap extends it — ten times in a row and more.
import { expectLanguage, kioskTest } from './support/kiosk-fixture.js';
import { speakTap, spokenLog, switchSpeakModeOn } from './support/spoken-log.js';

const IDLE = { warningAfterSeconds: 10, resetAfterWarningSeconds: 20, resultScreenSeconds: 8 };
const test = kioskTest({ idle: IDLE });
const { expect } = test;

test.beforeEach(async ({ page }) => {
  // The page's clock only: timers run on demand, the kiosk and its WebSocket stay real.
  await page.clock.install();
});

test('the spoken idle warning, doubled in speak mode, extended ten times with one tap each', async ({ kioskPage: page }) => {
  await switchSpeakModeOn(page);
  await speakTap(page.getByTestId('lang-ar'));
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await expectLanguage(page, 'ar');
  const warning = page.getByTestId('idle-warning');

  for (let extension = 1; extension <= 10; extension += 1) {
    // 10 s configured, 20 s in speak mode: nothing yet at 12 s (the page clock also runs in
    // real time between steps, hence the margin).
    await page.clock.runFor(12_000);
    await expect(warning, `no warning yet (${extension})`).toHaveCount(0);
    await page.clock.runFor(9_000);
    await expect(warning, `warning ${extension}`).toBeVisible();
    // 20 s configured, doubled: about 40 s left when it shows.
    await expect(warning).toContainText(/\b(3[4-9]|40)\b/);
    if (extension === 1) await page.screenshot({ path: 'test-results/screenshots/a11y-spoken-idle-warning-ar.png' });
    await page.getByTestId('idle-continue').tap();
    await page.clock.runFor(500);
    await expect(warning, `extension ${extension}`).toHaveCount(0);
    await expect(page.getByTestId('home-screen')).toBeVisible();
  }

  const warnings = (await spokenLog(page)).filter((entry) => entry.key === 'speech.idle.warning');
  expect(warnings).toHaveLength(10);
  expect(warnings.every((entry) => entry.kind === 'warning' && entry.language === 'ar')).toBe(true);
  expect(warnings[0]!.text).toMatch(/\b(3[4-9]|40)\b/);

  // Without a tap the session ends when the doubled countdown runs out, and not before.
  await page.clock.runFor(21_000);
  await expect(warning).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await page.clock.runFor(12_000);
  await expect(page.getByTestId('attract-screen')).toBeVisible();
});
