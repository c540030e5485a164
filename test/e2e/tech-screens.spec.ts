// Screenshots of the technician screens in Arabic and French, each checked for legibility and
// fit: test-results/screenshots/tech-<lang>-*.png, for a human look. Behaviour is tested in
// tech-mode.spec.ts. Each language gets a kiosk whose default it is, as the PIN screen opens
// in the attract screen's language.
import { writeFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { startKiosk } from './support/kiosk-under-test.js';
import { checkScreen } from './support/screen-checks.js';

const TECHNICIAN_BADGE = '1234567890';
const TECHNICIAN_PIN = '1357';

async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).tap();
}

for (const lang of ['ar', 'fr'] as const) {
  test(`technician screens in ${lang} are legible and fit`, async ({ page }) => {
    test.setTimeout(180_000);
    const shot = async (name: string) => {
      await checkScreen(page);
      await page.screenshot({ path: `test-results/screenshots/tech-${lang}-${name}.png` });
    };
    const kiosk = await startKiosk({ defaultLanguage: lang });
    try {
      await page.goto(kiosk.kioskUrl);
      await expect(page.getByTestId('attract-screen')).toBeVisible();
      // The invisible zone must cover none of the citizen's buttons.
      const overlapping = await page.evaluate(() => {
        const zone = document.querySelector('[data-testid="tech-corner"]')?.getBoundingClientRect();
        if (!zone) return ['no zone'];
        return Array.from(document.querySelectorAll('[data-testid="attract-screen"] button'))
          .filter((button) => {
            const r = button.getBoundingClientRect();
            return r.left < zone.right && r.right > zone.left && r.top < zone.bottom && r.bottom > zone.top;
          })
          .map((button) => button.getAttribute('data-testid') ?? button.textContent ?? '');
      });
      expect(overlapping).toEqual([]);

      // The hidden gesture: five taps in the top corner on the reading side.
      for (let tap = 0; tap < 5; tap += 1) await page.getByTestId('tech-corner').tap();
      await expect(page.getByTestId('tech-pin-title')).toBeVisible();
      await typePin(page, '13');
      await shot('1-gesture-pin');
      await page.getByTestId('pin-cancel').tap();
      await expect(page.getByTestId('attract-screen')).toBeVisible();

      await holdBadge(kiosk.badgeReader, TECHNICIAN_BADGE);
      await expect(page.getByTestId('staff-pin-screen')).toBeVisible();
      await typePin(page, TECHNICIAN_PIN);
      await page.getByTestId('pin-ok').tap();
      await expect(page.getByTestId('staff-home')).toBeVisible();

      await page.getByTestId('tech-tab-devices').tap();
      await expect(page.getByTestId('tech-device').first()).toBeVisible();
      await shot('2-devices');

      await page.getByTestId('tech-tab-ports').tap();
      await expect(page.getByTestId('tech-configured-port').first()).toBeVisible();
      await shot('3-ports');

      await page.getByTestId('tech-tab-network').tap();
      await expect(page.getByTestId('tech-office-state')).toBeVisible();
      await shot('4-network');

      await page.getByTestId('tech-tab-software').tap();
      await expect(page.getByTestId('tech-software-kiosk')).toBeVisible();
      await shot('5-software');

      await page.getByTestId('tech-tab-printer').tap();
      await expect(page.getByTestId('tech-printer-bit').first()).toBeVisible();
      await shot('6-printer');
      await page.getByTestId('tech-printer-test').tap();
      await expect(page.getByTestId('tech-printer-test-result')).toHaveAttribute('data-ok', 'true');
      writeFileSync(`test-results/screenshots/tech-test-page-printout-${lang}.png`, (await kiosk.printer.waitForJob()).decoded.images[0]!.png);

      await page.getByTestId('tech-tab-logs').tap();
      await expect(page.getByTestId('tech-log-entry').first()).toBeVisible();
      await shot('7-logs');

      await page.getByTestId('staff-signout').tap();
      await expect(page.getByTestId('attract-screen')).toBeVisible();
    } finally {
      await kiosk.stop();
    }
  });
}
