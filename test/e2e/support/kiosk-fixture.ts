import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { type KioskOptions, type KioskUnderTest, startKiosk } from './kiosk-under-test.js';

export const LANGS = ['ar', 'fr', 'zgh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * One kiosk per spec file, started before its first test like a kiosk switched on in the
 * morning: tickets accumulate across the file's tests as they would across citizens.
 */
export function kioskTest(options: KioskOptions = {}) {
  let kiosk: KioskUnderTest | undefined;
  const test = base.extend<{ kiosk: KioskUnderTest; kioskPage: Page }>({
    kiosk: async ({}, use) => {
      if (!kiosk) throw new Error('kiosk not started');
      await use(kiosk);
    },
    kioskPage: async ({ page, kiosk: k }, use) => {
      await page.goto(k.kioskUrl);
      await expect(page.getByTestId('attract-screen')).toBeVisible();
      await use(page);
    },
  });
  test.beforeAll(async () => {
    kiosk = await startKiosk(options);
  });
  test.afterAll(async () => {
    await kiosk?.stop();
  });
  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus && kiosk) {
      await testInfo.attach('browser-shell-output', { body: kiosk.output(), contentType: 'text/plain' });
      const log = join(kiosk.dataDir, 'logs', 'kiosk.log');
      if (existsSync(log)) await testInfo.attach('kiosk-log', { path: log, contentType: 'text/plain' });
    }
  });
  return test;
}

export function officeDay(at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export async function expectLanguage(page: Page, lang: Lang): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
}

export { expect };
