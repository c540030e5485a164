// The clerk's and the technician's screens on the four screens a district office may have
// (upright 1080 x 1920, 1920 x 1080, 5:4 1280 x 1024 and 1366 x 768), in both themes and at
// the standard and largest text sizes the attract screen may leave set: nothing outside the
// screen, no text cut or spilling, a page that never scrolls, a cue on every box that does,
// targets of 64 px kept 8 px apart. Each screen is reached through real taps, then the screen
// is resized under it, as a kiosk's screen is what it is when the clerk arrives.
import { test, expect, type Page } from '@playwright/test';
import { startKiosk, type KioskUnderTest } from './support/kiosk-under-test.js';
import { WALK_IDLE, WALK_PAYMENT, walkStartAndTicket, type Walk } from './support/a11y-walk-citizen.js';
import { walkTax } from './support/a11y-walk-procedures.js';
import { presentBadge, typePin, walkStaff } from './support/a11y-walk-staff.js';
import { walkTechnician } from './support/a11y-walk-tech.js';
import { checkLayout, KIOSK_VIEWPORTS } from './support/layout-checks.js';
import { checkTargets } from './support/a11y-targets.js';

const THEMES = ['standard', 'high-contrast'] as const;
const TEXT_SIZES = ['standard', 'largest'] as const;
const STAFF_IDLE_SECONDS = 120;

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The screen on display, in every theme, text size and viewport; the page's own settings put back after. */
function layoutVisit(page: Page, findings: string[]) {
  return async (screen: string): Promise<void> => {
    if (!screen.startsWith('staff') && !screen.startsWith('tech')) return;
    const viewport = page.viewportSize();
    const before = await page.evaluate(() => [document.documentElement.dataset['theme'] ?? '', document.documentElement.dataset['textSize'] ?? '']);
    for (const theme of THEMES) {
      for (const size of TEXT_SIZES) {
        await page.evaluate(([th, sz]) => Object.assign(document.documentElement.dataset, { theme: th, textSize: sz }), [theme, size]);
        for (const vp of KIOSK_VIEWPORTS) {
          await page.setViewportSize({ width: vp.width, height: vp.height });
          await settle(page);
          const problems = [...(await checkLayout(page)), ...(await checkTargets(page))];
          findings.push(...problems.map((p) => `${screen} ${vp.name} ${theme} ${size}: ${p}`));
        }
      }
    }
    await page.evaluate(([th, sz]) => Object.assign(document.documentElement.dataset, { theme: th, textSize: sz }), before);
    if (viewport) await page.setViewportSize(viewport);
  };
}

async function signInClerk(page: Page, kiosk: KioskUnderTest): Promise<void> {
  await presentBadge(page, kiosk, '0F00A1B2C3');
  await typePin(page, '2468');
  await page.getByTestId('pin-ok').tap();
  await expect(page.getByTestId('staff-home')).toBeVisible();
}

for (const lang of ['ar', 'fr'] as const) {
  test(`staff and technician screens in ${lang} fit every office screen`, async ({ page }) => {
    // About 2 s a screen for its sixteen layouts, on a machine shared with other test runs.
    test.setTimeout(300_000);
    const kiosk = await startKiosk({ defaultLanguage: lang, idle: WALK_IDLE, paymentTerminal: WALK_PAYMENT, staffIdleSeconds: STAFF_IDLE_SECONDS });
    const findings: string[] = [];
    try {
      await page.clock.install();
      await page.goto(kiosk.kioskUrl);
      const walk: Walk = { page, kiosk, lang, visit: layoutVisit(page, findings) };
      // Receipts in the journal and a ticket waiting for paper, as the staff walk expects.
      await walkStartAndTicket(walk);
      await walkTax(walk);
      await walkStaff(walk, STAFF_IDLE_SECONDS);

      // The journal's number keyboard, and the cue of a list that goes on below the fold.
      await signInClerk(page, kiosk);
      await page.getByTestId('journal-number-field').tap();
      await expect(page.getByTestId('journal-number-editor')).toBeVisible();
      await walk.visit('staff-journal-keyboard');
      await page.getByTestId('key-done').tap();
      await expect(page.getByTestId('journal-row').first()).toBeVisible();
      await page.setViewportSize({ width: 1366, height: 768 });
      const content = page.locator('main.staff-content');
      const cue = page.getByTestId('staff-scroll-cue');
      await expect(cue).toHaveAttribute('data-scroll-cue', 'below');
      // Scrolled to the end, there is nothing more below: the cue says so by going.
      await content.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(cue).toHaveAttribute('data-scroll-cue', 'above');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.getByTestId('staff-signout').tap();
      await expect(page.getByTestId('attract-screen')).toBeVisible();

      await walkTechnician(walk);
      expect(findings, `layout findings in ${lang}`).toEqual([]);
    } finally {
      await kiosk.stop();
    }
  });
}
