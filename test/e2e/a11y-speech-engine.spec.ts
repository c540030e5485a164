// Speak mode for a citizen who cannot read: switched on by its pictogram on the attract
// screen, every control heard before it acts, the prompt repeated on request, and a fresh
// start (speak mode off, default volume) for the next citizen.
import type { Page } from '@playwright/test';
import { expect, kioskTest } from './support/kiosk-fixture.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest();

interface LogEntry {
  kind: string;
  key: string | null;
  text: string;
  language: string;
  source: string;
}

const speechLog = (page: Page) => page.evaluate(() => (window.__borneSpeech?.log ?? []) as LogEntry[]);

async function tapTwice(page: Page, testId: string): Promise<void> {
  const control = page.getByTestId(testId);
  await control.click();
  await expect(control).toHaveAttribute('data-speech-armed', '');
  await control.click();
}

test('speak mode: switched on without reading, tap to hear, tap again to act', async ({ kioskPage: page }) => {
  const toggle = page.getByTestId('speak-mode');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.screenshot({ path: 'test-results/screenshots/a11y-speech-attract-ar.png' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-speak', 'on');

  // The first tap on a language says it and starts nothing.
  await page.getByTestId('lang-fr').click();
  await expect(page.getByTestId('lang-fr')).toHaveAttribute('data-speech-armed', '');
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await page.getByTestId('lang-fr').click();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await expect(page.getByTestId('speech-repeat')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/a11y-speech-home-fr.png' });
  await checkScreen(page);

  await page.evaluate(() => window.__borneSpeech?.clear());
  await page.getByTestId('tile-tax').click();
  // The tile's label first (a pictogram's spoken description may follow it).
  await expect.poll(async () => (await speechLog(page)).find((entry) => entry.kind === 'label')).toEqual({
    kind: 'label',
    key: 'home.tiles.payTaxes.title',
    text: 'Payer les taxes locales',
    language: 'fr',
    source: 'clip',
  });
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await page.getByTestId('tile-tax').click();
  await expect(page.getByTestId('tax-flow')).toBeVisible();
});

test('Repeat says the prompt again', async ({ kioskPage: page }) => {
  await page.getByTestId('speak-mode').click();
  const prompts = (await speechLog(page)).filter((entry) => entry.kind === 'prompt');
  const lastPrompt = prompts.at(-1);
  expect(lastPrompt).toBeDefined();
  await tapTwice(page, 'start-button');
  await expect(page.getByTestId('home-screen')).toBeVisible();
  const before = (await speechLog(page)).filter((entry) => entry.kind === 'prompt').at(-1);
  await page.getByTestId('speech-repeat').click();
  await expect.poll(async () => (await speechLog(page)).filter((entry) => entry.kind === 'prompt').at(-1)).toEqual(before);
  const log = await speechLog(page);
  expect(log.at(-1)).toEqual(before);
});

test('the volume and speak mode are back to default for the next citizen', async ({ kioskPage: page }) => {
  await page.getByTestId('speak-mode').click();
  await tapTwice(page, 'lang-ar');
  await expect(page.getByTestId('home-screen')).toBeVisible();
  const down = page.getByTestId('speech-volume-down');
  const defaultVolume = await down.getAttribute('data-volume');
  await down.click();
  await down.click();
  await expect(down).not.toHaveAttribute('data-volume', defaultVolume ?? '');
  await expect(page.getByTestId('speech-voice')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/a11y-speech-home-ar.png' });
  await checkScreen(page);

  // The citizen leaves: Back from the home screen ends the session.
  await tapTwice(page, 'back-button');
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-speak', 'off');
  await expect(page.getByTestId('speak-mode')).toHaveAttribute('aria-pressed', 'false');

  // The next citizen starts without speech, then asks for it: the volume is the default one.
  await page.getByTestId('lang-fr').click();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await expect(page.getByTestId('speech-repeat')).toHaveCount(0);
  await page.getByTestId('speak-mode').click();
  await expect(page.getByTestId('speech-volume-down')).toHaveAttribute('data-volume', defaultVolume ?? '');
});
