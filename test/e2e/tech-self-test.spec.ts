// The technician's self-test and Screen tab through the browser shell, against the real parts:
// the virtual printer on TCP stopped (the report lists it as failed, is not printed, and the
// JSON file in the export folder says "fail"), then back (the receipt comes out and decodes);
// the touch grid counts hits and misses; screenshots in French and Arabic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { kioskTest } from './support/kiosk-fixture.js';
import { signInTechnician } from './support/technician-sign-in.js';
import { startKiosk } from './support/kiosk-under-test.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest({ defaultLanguage: 'fr' });
const { expect } = test;

const target = (page: Page, index: number) => page.locator(`[data-testid="touch-target"][data-target-index="${index}"]`);
const check = (page: Page, id: string) => page.locator(`[data-testid="self-test-check"][data-id="${id}"]`);

/** A touch in the gap between the first two targets of the first row. */
async function tapGap(page: Page): Promise<void> {
  const a = await target(page, 0).boundingBox();
  const b = await target(page, 1).boundingBox();
  if (!a || !b) throw new Error('touch targets not laid out');
  const [left, right] = a.x < b.x ? [a, b] : [b, a];
  await page.touchscreen.tap((left.x + left.width + right.x) / 2, left.y + left.height / 2);
}

function savedReport(dir: string, fileName: string): { overall: string; technician: string; checks: Array<{ id: string; verdict: string; detail: string }> } {
  return JSON.parse(readFileSync(join(dir, fileName), 'utf8')) as ReturnType<typeof savedReport>;
}

test('the self-test lists a stopped printer as failed, saves the report unprinted, then prints it once the printer is back', async ({ kioskPage: page, kiosk }) => {
  test.setTimeout(120_000);
  await signInTechnician(page, kiosk.badgeReader);

  // The Screen tab first: its touch and audio results go with the run.
  await page.getByTestId('tech-tab-screen').tap();
  await expect(page.getByTestId('tech-screen')).toBeVisible();
  await target(page, 0).tap();
  await target(page, 1).tap();
  await target(page, 0).tap();
  await tapGap(page);
  await expect(page.getByTestId('touch-hits')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('touch-misses')).toHaveAttribute('data-value', '1');
  await expect(target(page, 0)).toHaveAttribute('data-hits', '2');
  await page.getByTestId('touch-reset').tap();
  await expect(page.getByTestId('touch-hits')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('touch-misses')).toHaveAttribute('data-value', '0');
  for (const i of [0, 5, 23]) await target(page, i).tap();
  await tapGap(page);
  await expect(page.getByTestId('touch-hits')).toHaveAttribute('data-value', '3');
  await expect(page.getByTestId('touch-misses')).toHaveAttribute('data-value', '1');
  await page.getByTestId('audio-heard').tap();
  await expect(page.getByTestId('audio-result')).toHaveAttribute('data-value', 'heard');
  await expect(page.getByTestId('screen-size')).toContainText('1920');
  await checkScreen(page);
  await page.screenshot({ path: 'test-results/screenshots/tech-fr-screen-test.png' });

  await kiosk.printer.stop();
  await page.getByTestId('tech-tab-selftest').tap();
  await page.getByTestId('self-test-run').tap();
  await expect(page.getByTestId('self-test-overall')).toHaveAttribute('data-verdict', 'fail', { timeout: 30_000 });
  await expect(check(page, 'printer-status')).toHaveAttribute('data-verdict', 'fail');
  await expect(check(page, 'device:printer')).toHaveAttribute('data-verdict', 'fail');
  await expect(check(page, 'database')).toHaveAttribute('data-verdict', 'pass');
  await expect(check(page, 'audio')).toHaveAttribute('data-verdict', 'pass');
  const printed = page.getByTestId('self-test-printed');
  await expect(printed).toHaveAttribute('data-kind', 'not-printed');
  await expect(printed).toHaveAttribute('data-reason', 'printer-failed');
  await expect(printed).toContainText('Non imprimé');
  const saved = page.getByTestId('self-test-saved');
  await expect(saved).toHaveAttribute('data-kind', 'saved');
  const fileName = (await saved.getAttribute('data-file')) ?? '';
  await expect(saved).toContainText(fileName);
  const report = savedReport(kiosk.exportDir, fileName);
  expect(report.overall).toBe('fail');
  expect(report.checks.find((c) => c.id === 'printer-status')?.verdict).toBe('fail');
  expect(report.checks.find((c) => c.id === 'touch')?.detail).toContain('3 of 24 targets touched, 1 touches between targets');
  expect(report.technician).not.toContain('1234567890');
  expect(JSON.stringify(report)).not.toContain('1234567890');
  expect(kiosk.printer.jobs).toHaveLength(0);
  await checkScreen(page);
  await page.screenshot({ path: 'test-results/screenshots/tech-fr-self-test-printer-failed.png' });

  // Switched on again at the same address.
  await kiosk.printer.setState('unreachable');
  await kiosk.printer.setState('ready');
  await page.getByTestId('self-test-run').tap();
  await expect(printed).toHaveAttribute('data-kind', 'printed', { timeout: 30_000 });
  await expect(check(page, 'printer-status')).toHaveAttribute('data-verdict', 'pass');
  const receipt = await kiosk.printer.waitForJob();
  expect(receipt.decoded.images[0]?.width).toBe(576);
  expect(receipt.decoded.cuts).toBe(1);
  await page.getByTestId('staff-signout').tap();
});

test('the Arabic self-test and screen tabs are right-to-left and fit', async ({ page }) => {
  test.setTimeout(120_000);
  const kiosk = await startKiosk({ defaultLanguage: 'ar' });
  try {
    await page.goto(kiosk.kioskUrl);
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await signInTechnician(page, kiosk.badgeReader);
    await page.getByTestId('tech-tab-screen').tap();
    await target(page, 0).tap();
    await tapGap(page);
    await expect(page.getByTestId('touch-misses')).toHaveAttribute('data-value', '1');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="tech-screen"]')!).direction)).toBe('rtl');
    await checkScreen(page);
    await page.screenshot({ path: 'test-results/screenshots/tech-ar-screen-test.png' });

    await kiosk.printer.stop();
    await page.getByTestId('tech-tab-selftest').tap();
    await page.getByTestId('self-test-run').tap();
    await expect(check(page, 'printer-status')).toHaveAttribute('data-verdict', 'fail', { timeout: 30_000 });
    await expect(page.getByTestId('self-test-printed')).toContainText('لم يُطبع');
    await checkScreen(page);
    await page.screenshot({ path: 'test-results/screenshots/tech-ar-self-test-printer-failed.png' });
  } finally {
    await kiosk.stop();
  }
});
