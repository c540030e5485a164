// The screens that wait for the citizen to use a device point to where that device is on this
// kiosk (kiosk.devicePlacement): here a card reader mounted on the kiosk's left, which an
// Arabic screen must not turn into "right". The pointer is a picture, not a button, yet a tap on
// it says the instruction again, then where the reader is.
import type { Locator, Page } from '@playwright/test';
import { runAxe } from './support/a11y-axe.js';
import { expectLanguage, kioskTest } from './support/kiosk-fixture.js';
import { checkScreen } from './support/screen-checks.js';
import { keysFrom, speakTap, spokenLog, switchSpeakModeOn } from './support/spoken-log.js';

const test = kioskTest({
  devicePlacement: { idReader: { side: 'left', position: 'middle' }, printerSlot: { side: 'below-screen', position: 'middle' } },
});
const { expect } = test;

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the arrow is drawn relative to the device it points away from, in screen pixels. */
async function arrowOffset(guidance: Locator): Promise<{ dx: number; dy: number }> {
  const arrow = await centreOf(guidance.getByTestId('device-guidance-arrow'));
  const device = await centreOf(guidance.locator('.device-guidance-glyph'));
  return { dx: arrow.x - device.x, dy: arrow.y - device.y };
}

async function openIdentityStep(page: Page, lang: 'ar' | 'fr', tap: (target: Locator) => Promise<void>): Promise<void> {
  await tap(page.getByTestId(`lang-${lang}`));
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await expectLanguage(page, lang);
  await tap(page.getByTestId('tile-civil-status'));
  await tap(page.getByTestId('privacy-accept'));
  await expect(page.getByTestId('civil-identity')).toBeVisible();
}

for (const lang of ['ar', 'fr'] as const) {
  test(`${lang}: the ID card screen points to the reader on the kiosk's left, drawn as a picture, not a button`, async ({ kioskPage: page }) => {
    await openIdentityStep(page, lang, (target) => target.tap());
    const guidance = page.getByTestId('device-guidance');
    await expect(guidance).toHaveAttribute('data-device', 'idReader');
    await expect(guidance).toHaveAttribute('data-direction', 'left');
    // Physically left of the card pictogram, whichever way the page is written.
    const { dx, dy } = await arrowOffset(guidance);
    expect(dx, 'arrow left of the reader pictogram').toBeLessThan(-40);
    expect(Math.abs(dy)).toBeLessThan(12);

    // A named picture: no button role, no border, no shadow, no fill, yet a finger-sized target.
    await expect(page.getByRole('img', { name: lang === 'ar' ? 'قارئ البطاقات على يسار الشاشة' : 'Lecteur de cartes à gauche de l’écran' })).toBeVisible();
    const look = await guidance.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        tag: element.tagName,
        role: element.getAttribute('role'),
        borders: [style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth, style.borderLeftWidth],
        shadow: style.boxShadow,
        background: style.backgroundColor,
        insideButton: element.closest('button, [role="button"]') !== null,
      };
    });
    expect(look).toEqual({ tag: 'DIV', role: 'img', borders: ['0px', '0px', '0px', '0px'], shadow: 'none', background: 'rgba(0, 0, 0, 0)', insideButton: false });
    const box = await guidance.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(64);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(64);
    await checkScreen(page);
    expect(await runAxe(page), 'axe findings').toEqual([]);
  });
}

test('ar: a tap on the reader picture says the instruction again, then where the reader is', async ({ kioskPage: page }) => {
  await switchSpeakModeOn(page);
  await openIdentityStep(page, 'ar', speakTap);
  await expect.poll(async () => (await spokenLog(page)).map((entry) => entry.key)).toContain('speech.civil.identity');
  await page.evaluate(() => window.__borneSpeech?.clear());

  await page.getByTestId('device-guidance').tap();
  await expect.poll(async () => keysFrom(await spokenLog(page), 'civil-status.identity.insertTitle')).toEqual([
    'civil-status.identity.insertTitle',
    'guidance.devices.idReader',
    'guidance.where.left.middle',
  ]);
  const said = await spokenLog(page);
  expect(said.every((entry) => entry.kind === 'label')).toBe(true);
  expect(said.map((entry) => entry.text).join(' ')).toContain('على يسار الشاشة');
  // A picture, so nothing was armed and nothing happened but the words: still on the same step.
  await expect(page.locator('[data-speech-armed]')).toHaveCount(0);
  await expect(page.getByTestId('civil-identity')).toBeVisible();

  // Tapped again, it says it again (a picture has no second, acting tap).
  await page.evaluate(() => window.__borneSpeech?.clear());
  await page.getByTestId('device-guidance').tap();
  await expect.poll(async () => (await spokenLog(page)).map((entry) => entry.key)).toEqual([
    'civil-status.identity.insertTitle',
    'guidance.devices.idReader',
    'guidance.where.left.middle',
  ]);
});

test('fr: the ticket screen points down to the printer slot while the ticket comes out', async ({ kioskPage: page }) => {
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-civil-status').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  const guidance = page.getByTestId('device-guidance');
  await expect(guidance).toHaveAttribute('data-device', 'printerSlot');
  await expect(guidance).toHaveAttribute('data-direction', 'down');
  const { dx, dy } = await arrowOffset(guidance);
  expect(dy, 'arrow below the printer pictogram').toBeGreaterThan(30);
  expect(Math.abs(dx)).toBeLessThan(12);
  await expect(page.getByRole('img', { name: 'Sortie de l’imprimante sous l’écran, au milieu' })).toBeVisible();
});
