// A scanner cable pulled out and pushed back while a technician watches the Devices tab: the
// card goes offline with plain words, comes back ready by itself once the pseudo-terminal is
// recreated at the same path, and a citizen's scan is then read. While it is out, citizens
// are still served by what works (typing a number instead of scanning).
import type { Page } from '@playwright/test';
import { test, expect } from '@playwright/test';
import { holdBadge } from '../../hardware/simulators/badge-holder.js';
import { startKiosk, type KioskUnderTest } from './support/kiosk-under-test.js';
import { checkScreen } from './support/screen-checks.js';

let kiosk: KioskUnderTest;

test.beforeAll(async () => {
  kiosk = await startKiosk({ defaultLanguage: 'fr' });
});

test.afterAll(async () => {
  await kiosk?.stop();
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && kiosk) {
    await testInfo.attach('browser-shell-output', { body: kiosk.output(), contentType: 'text/plain' });
  }
});

async function signInAsTechnician(page: Page): Promise<void> {
  await page.goto(kiosk.kioskUrl);
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await holdBadge(kiosk.badgeReader, '1234567890');
  for (const digit of '1357') await page.getByTestId(`pin-key-${digit}`).tap();
  await page.getByTestId('pin-ok').tap();
  await expect(page.getByTestId('staff-home')).toBeVisible();
  await page.getByTestId('tech-tab-devices').tap();
  await expect(page.getByTestId('tech-devices')).toBeVisible();
}

const scannerCard = (page: Page) => page.locator('[data-testid="tech-device"][data-device="barcode-scanner"]');

test('a scanner unplugged and plugged back is shown offline, then ready by itself, and reads again', async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsTechnician(page);
  const card = scannerCard(page);
  await expect(card).toHaveAttribute('data-state', 'ready');
  await expect(card.getByTestId('tech-device-reason')).toHaveCount(0);

  await kiosk.scanner.unplug();
  await expect(card).toHaveAttribute('data-state', 'offline');
  await expect(card.getByTestId('tech-device-detail')).toContainText('unplugged');
  await expect(card.getByTestId('tech-device-detail')).toContainText('waiting for it to come back');
  // The cause in the technician's own language, above the driver's words.
  await expect(card.getByTestId('tech-device-reason')).toHaveAttribute('data-reason', 'unplugged');
  await expect(card.getByTestId('tech-device-reason')).toContainText('Débranché');
  await checkScreen(page);
  await page.screenshot({ path: 'test-results/screenshots/tech-hot-plug-offline-fr.png' });
  await page.getByTestId('lang-ar').tap();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(card).toHaveAttribute('data-state', 'offline');
  await checkScreen(page);
  await page.screenshot({ path: 'test-results/screenshots/tech-hot-plug-offline-ar.png' });
  await page.getByTestId('lang-fr').tap();

  // Nobody touches the kiosk: the port is reopened by itself and the tab refreshes by itself.
  await kiosk.scanner.replug();
  await expect(card).toHaveAttribute('data-state', 'ready');
  await expect(card.getByTestId('tech-device-detail')).toHaveText('reconnected');
  await page.getByTestId('staff-signout').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();

  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-tracking').tap();
  await expect(page.getByTestId('tracking-scan-step')).toBeVisible();
  await kiosk.scanner.write('RC-2026-999999\r\n');
  await expect(page.getByTestId('tracking-problem')).toContainText('Aucune demande ne porte ce numéro.');
});

test('while the scanner is out, a citizen still tracks a request by typing its number', async ({ page }) => {
  await kiosk.scanner.unplug();
  try {
    await page.goto(kiosk.kioskUrl);
    await page.getByTestId('lang-fr').tap();
    await page.getByTestId('tile-tracking').tap();
    await page.getByTestId('tracking-type').tap();
    for (const key of 'rc-2026-999999') await page.getByTestId(`key-${key}`).tap();
    await page.getByTestId('tracking-lookup').tap();
    await expect(page.getByTestId('tracking-problem')).toContainText('Aucune demande ne porte ce numéro.');
  } finally {
    await kiosk.scanner.replug();
  }
});
