// Display settings a citizen can change without reading: text size, high contrast, low
// reach. Each must change what the citizen sees on every screen, still fit the screen, and
// be gone for the next citizen.
import type { Page } from '@playwright/test';
import { expectLanguage, kioskTest } from './support/kiosk-fixture.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest({
  idle: { warningAfterSeconds: 120, resetAfterWarningSeconds: 30, resultScreenSeconds: 60 },
  // A slow approval keeps the payment step's activity indicator on screen for the motion test.
  paymentTerminal: { driver: 'mock', insertCardMs: 200, enterPinMs: 200, approveAfterMs: 30_000, removeCardMs: 100 },
});
const { expect } = test;

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/a11y-${name}.png` });

const displayAttributes = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    return [root.dataset['theme'], root.dataset['textSize'], root.dataset['layout']];
  });

const bodyColours = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, text: style.color };
  });

/** The smallest font size of the body text and of the home tiles' hints. */
const smallestBodyText = (page: Page) =>
  page.evaluate(() =>
    Math.min(
      ...[document.body, ...Array.from(document.querySelectorAll('.tile-hint, .flow-hint, p'))].map((el) =>
        parseFloat(getComputedStyle(el).fontSize),
      ),
    ),
  );

/** Visible buttons whose top edge is in the upper 45 % of the screen. */
const buttonsUpHigh = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('button'))
      .filter((button) => {
        const box = button.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.top < innerHeight * 0.45;
      })
      .map((button) => button.dataset['testid'] ?? button.textContent?.trim() ?? '?'),
  );

test('the contrast button switches the whole page to white on black and back', async ({ kioskPage: page }) => {
  expect(await displayAttributes(page)).toEqual(['standard', 'standard', 'standard']);
  const before = await bodyColours(page);
  await page.getByTestId('display-contrast').tap();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  await expect(page.getByTestId('display-contrast')).toHaveAttribute('aria-pressed', 'true');
  const after = await bodyColours(page);
  expect(after).toEqual({ background: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)' });
  expect(after.background).not.toBe(before.background);
  expect(after.text).not.toBe(before.text);
  await checkScreen(page);
  await shot(page, 'attract-high-contrast-ar');

  for (const lang of ['ar', 'fr'] as const) {
    await page.getByTestId(`lang-${lang}`).tap();
    await expectLanguage(page, lang);
    await expect(page.getByTestId('home-screen')).toBeVisible();
    await checkScreen(page);
    await shot(page, `home-high-contrast-${lang}`);
    await page.getByTestId('tile-ticket').tap();
    await checkScreen(page);
    await shot(page, `services-high-contrast-${lang}`);
    await page.getByTestId('back-button').tap();
    await page.getByTestId('back-button').tap();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    // Leaving ended the session: the next citizen finds the standard theme.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'standard');
    await page.getByTestId('display-contrast').tap();
  }
});

test('the largest text is 32 px or more and every screen still fits', async ({ kioskPage: page }) => {
  for (const lang of ['ar', 'fr'] as const) {
    await page.getByTestId('display-text-size').tap();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    await page.getByTestId('display-text-size').tap();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
    await page.getByTestId(`lang-${lang}`).tap();
    await expect(page.getByTestId('home-screen')).toBeVisible();
    expect(await smallestBodyText(page)).toBeGreaterThanOrEqual(32);
    await checkScreen(page);
    await shot(page, `home-largest-${lang}`);

    await page.getByTestId('tile-ticket').tap();
    await expect(page.getByTestId('ticket-service-screen')).toBeVisible();
    await checkScreen(page);
    await shot(page, `services-largest-${lang}`);

    await page.getByTestId('home-button').tap();
    await page.getByTestId('tile-tracking').tap();
    await expect(page.getByTestId('tracking-scan-step')).toBeVisible();
    expect(await smallestBodyText(page)).toBeGreaterThanOrEqual(32);
    await checkScreen(page);
    await shot(page, `tracking-largest-${lang}`);

    // The worded keys (Shift, Space, Delete, Clear all, Done) keep their words inside the key.
    await page.getByTestId('tracking-type').tap();
    await expect(page.getByTestId('tracking-type-step')).toBeVisible();
    const letters = await keyboardLayout(page);
    expect(letters).toMatchObject({ spilled: [], typedOnScreen: true });
    expectRoomyKeys(letters);
    await checkScreen(page);
    await shot(page, `keyboard-letters-largest-${lang}`);
    await page.getByTestId('home-button').tap();
    await page.getByTestId('back-button').tap();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
  }
});

test('low reach brings every control below 45 % of the screen height', async ({ kioskPage: page }) => {
  for (const lang of ['ar', 'fr'] as const) {
    await page.getByTestId('display-low-reach').tap();
    await expect(page.locator('html')).toHaveAttribute('data-layout', 'low-reach');
    expect(await buttonsUpHigh(page)).toEqual([]);
    await checkScreen(page);
    await shot(page, `attract-low-reach-${lang}`);

    await page.getByTestId(`lang-${lang}`).tap();
    await expect(page.getByTestId('home-screen')).toBeVisible();
    expect(await buttonsUpHigh(page)).toEqual([]);
    await checkScreen(page);
    await shot(page, `home-low-reach-${lang}`);

    await page.getByTestId('tile-ticket').tap();
    await expect(page.getByTestId('ticket-service-screen')).toBeVisible();
    expect(await buttonsUpHigh(page)).toEqual([]);
    await checkScreen(page);
    await shot(page, `services-low-reach-${lang}`);

    await page.getByTestId('home-button').tap();
    await page.getByTestId('tile-tracking').tap();
    await expect(page.getByTestId('tracking-scan-step')).toBeVisible();
    expect(await buttonsUpHigh(page)).toEqual([]);
    await checkScreen(page);
    await shot(page, `tracking-low-reach-${lang}`);
    await page.getByTestId('home-button').tap();
    await page.getByTestId('back-button').tap();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
  }
});

/** What a seated citizen meets on a typing step: key rows, gaps, labels that spill, the typed text. */
const keyboardLayout = (page: Page) =>
  page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll('.keyboard-row')).map((row) => row.getBoundingClientRect());
    const keys = Array.from(document.querySelectorAll('.keyboard-key'));
    const spilled = keys
      .filter((key) => {
        const box = key.getBoundingClientRect();
        return Array.from(key.children).some((part) => {
          const inner = part.getBoundingClientRect();
          return inner.top < box.top || inner.bottom > box.bottom || inner.left < box.left || inner.right > box.right;
        });
      })
      .map((key) => key.getAttribute('data-testid') ?? '?');
    const typed = document.querySelector('[data-testid="keyboard-display"]')!.getBoundingClientRect();
    return {
      rows: rows.length,
      lowestRowHeight: Math.min(...rows.map((row) => row.height)),
      smallestGap: Math.min(...rows.slice(1).map((row, i) => Math.round(row.top - rows[i]!.bottom))),
      spilled,
      typedOnScreen: typed.top >= 0 && typed.bottom <= innerHeight && typed.height > 0,
    };
  });

/** Rows of keys a finger can hit: 64 px tall at the least, 8 px apart. */
function expectRoomyKeys(layout: { lowestRowHeight: number; smallestGap: number }): void {
  expect(layout.lowestRowHeight).toBeGreaterThanOrEqual(64);
  expect(layout.smallestGap).toBeGreaterThanOrEqual(8);
}

test('low reach brings the keys of the letter and digit keyboards down too, in the largest text', async ({ kioskPage: page }) => {
  for (const lang of ['ar', 'fr'] as const) {
    await page.getByTestId('display-low-reach').tap();
    await page.getByTestId('display-text-size').tap();
    await page.getByTestId('display-text-size').tap();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
    await page.getByTestId(`lang-${lang}`).tap();

    // Letters (six rows on the Arabic screen): the tracking number.
    await page.getByTestId('tile-tracking').tap();
    await page.getByTestId('tracking-type').tap();
    await expect(page.getByTestId('tracking-type-step')).toBeVisible();
    for (const key of ['t', 's', 'c', '-', '2']) await page.getByTestId(`key-${key}`).tap();
    await expect(page.getByTestId('keyboard-display')).toHaveText('TSC-2');
    expect(await buttonsUpHigh(page)).toEqual([]);
    const letters = await keyboardLayout(page);
    expect(letters.rows).toBeGreaterThanOrEqual(5);
    expect(letters).toMatchObject({ spilled: [], typedOnScreen: true });
    expectRoomyKeys(letters);
    await checkScreen(page);
    await shot(page, `keyboard-letters-low-reach-${lang}`);

    // Digits: the birth date after a typed card number.
    await page.getByTestId('home-button').tap();
    await page.getByTestId('tile-civil-status').tap();
    await page.getByTestId('privacy-accept').tap();
    await page.getByTestId('civil-identity-type').tap();
    for (const key of ['b', 'k', '1', '2', '3', '4', '5', '6']) await page.getByTestId(`key-${key}`).tap();
    expect(await buttonsUpHigh(page)).toEqual([]);
    await page.getByTestId('key-done').tap();
    await expect(page.getByTestId('civil-birth-date')).toBeVisible();
    for (const key of '3102') await page.getByTestId(`key-${key}`).tap();
    await expect(page.getByTestId('keyboard-display')).toContainText('31');
    expect(await buttonsUpHigh(page)).toEqual([]);
    const digits = await keyboardLayout(page);
    expect(digits).toMatchObject({ spilled: [], typedOnScreen: true });
    expectRoomyKeys(digits);
    await checkScreen(page);
    await shot(page, `keyboard-digits-low-reach-${lang}`);

    await page.getByTestId('home-button').tap();
    await page.getByTestId('back-button').tap();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
  }
});

test('the next citizen gets the standard display back when the session ends', async ({ kioskPage: page }) => {
  await page.getByTestId('lang-fr').tap();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  // Chosen from the top bar this time, in the middle of the journey.
  await page.getByTestId('display-text-size').tap();
  await page.getByTestId('display-contrast').tap();
  await page.getByTestId('display-low-reach').tap();
  expect(await displayAttributes(page)).toEqual(['high-contrast', 'large', 'low-reach']);
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-certified-copies').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  expect(await displayAttributes(page)).toEqual(['high-contrast', 'large', 'low-reach']);
  await page.getByTestId('done-button').tap();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  expect(await displayAttributes(page)).toEqual(['standard', 'standard', 'standard']);
  await expect(page.getByTestId('display-contrast')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('display-low-reach')).toHaveAttribute('aria-pressed', 'false');
});

test('with reduced motion the activity indicator stands still', async ({ kioskPage: page, kiosk }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-tax').tap();
  await kiosk.scanner.write('TSC-2026-000123\r\n');
  await page.getByTestId('tax-pay').tap();
  await expect(page.getByTestId('payment-step')).toHaveAttribute('data-step', 'processing');
  const spinner = page.locator('.spinner');
  await expect(spinner).toBeVisible();
  const running = () => spinner.evaluate((el) => el.getAnimations().filter((a) => a.playState === 'running').length);
  expect(await running()).toBe(0);
  // The same indicator turns for a citizen who has not asked for less motion.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await running()).toBe(1);
});
