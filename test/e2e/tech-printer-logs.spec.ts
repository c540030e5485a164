// The technician's printer and log screens against the real parts: the status bits are the
// virtual printer's own replies over TCP, the test page comes out of it and decodes, the
// paper counter follows; the log viewer filters what the kiosk wrote and exports it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { kioskTest } from './support/kiosk-fixture.js';
import { signInTechnician } from './support/technician-sign-in.js';
import type { KioskUnderTest } from './support/kiosk-under-test.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest({ defaultLanguage: 'fr' });
const { expect } = test;

function kioskLog(kiosk: KioskUnderTest): string {
  const path = join(kiosk.dataDir, 'logs', 'kiosk.log');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

const bit = (page: Page, name: string) => page.locator(`[data-testid="tech-printer-bit"][data-name="${name}"]`);

test('the printer screen reads the printer itself, prints a test page that decodes, and counts the paper', async ({ kioskPage: page, kiosk }) => {
  await signInTechnician(page, kiosk.badgeReader);
  await page.getByTestId('tech-tab-printer').tap();
  await expect(page.getByTestId('tech-printer')).toBeVisible();
  await expect(bit(page, 'paper-near-end')).toHaveAttribute('data-set', 'false');

  await kiosk.printer.setState('paper-near-end');
  await page.getByTestId('tech-printer-refresh').tap();
  await expect(bit(page, 'paper-near-end')).toHaveAttribute('data-set', 'true');
  await checkScreen(page);
  await page.screenshot({ path: 'test-results/screenshots/tech-fr-printer-near-end.png' });
  await kiosk.printer.setState('ready');

  const receipts = page.getByTestId('tech-paper-receipts');
  const before = Number(await receipts.getAttribute('data-value'));
  const jobs = kiosk.printer.jobs.length;
  await page.getByTestId('tech-printer-test').tap();
  await expect(page.getByTestId('tech-printer-test-result')).toHaveAttribute('data-ok', 'true');
  const page1 = await kiosk.printer.waitForJob();
  expect(kiosk.printer.jobs.length).toBe(jobs + 1);
  expect(page1.decoded.images[0]?.width).toBe(576);
  expect(page1.decoded.qrPayloads.length).toBeGreaterThan(0);
  expect(page1.decoded.cuts).toBe(1);
  await expect(receipts).toHaveAttribute('data-value', String(before + 1));
  expect(Number(await page.getByTestId('tech-paper-length').getAttribute('data-value'))).toBeGreaterThan(0);

  await page.getByTestId('tech-printer-new-roll').tap();
  await expect(receipts).toHaveAttribute('data-value', '0');
  await page.getByTestId('staff-signout').tap();
});

test('the log viewer filters by level and device and exports the logs to a file', async ({ kioskPage: page, kiosk }) => {
  // Something worth a warning: the printer loses its paper (the kiosk's poll notices), and gets it back.
  await kiosk.printer.setState('paper-out');
  await expect.poll(() => kioskLog(kiosk)).toMatch(/"level":40[^\n]*"device":"printer"[^\n]*"state":"fault"/);
  await kiosk.printer.setState('ready');
  await signInTechnician(page, kiosk.badgeReader);
  await page.getByTestId('tech-tab-logs').tap();
  await expect(page.getByTestId('tech-logs')).toBeVisible();
  const entries = page.getByTestId('tech-log-entry');
  await expect(entries.first()).toBeVisible();

  // The list is replaced when the viewer's answer arrives: poll until the filtered one is shown.
  const shown = (attribute: string) => entries.evaluateAll((els, a) => [...new Set(els.map((e) => e.getAttribute(a)))].sort(), attribute);
  await page.getByTestId('tech-logs-level-warn').tap();
  await expect.poll(() => shown('data-level')).toEqual(['warn']);
  await page.getByTestId('tech-logs-device-printer').tap();
  await expect.poll(() => shown('data-device')).toEqual(['printer']);
  await expect.poll(() => shown('data-level')).toEqual(['warn']);
  await checkScreen(page);
  await page.screenshot({ path: 'test-results/screenshots/tech-fr-logs-filtered.png' });

  await page.getByTestId('tech-logs-export').tap();
  await expect(page.getByTestId('tech-logs-export-result')).toHaveAttribute('data-kind', 'written');
  // The configured export folder (staff.exportDir), where a USB drive would be mounted.
  const dir = kiosk.exportDir;
  expect(existsSync(dir)).toBe(true);
  const files = readdirSync(dir).filter((f) => f.startsWith('kiosk-logs-'));
  expect(files).toHaveLength(1);
  const exported = readFileSync(join(dir, files[0]!), 'utf8');
  expect(exported).toContain('device status');
  // The technician's own badge never reaches the logs.
  expect(exported).not.toContain('1234567890');
  await page.getByTestId('staff-signout').tap();
});
