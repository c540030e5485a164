// The clerk's and the technician's screens speak the kiosk's language: walked in French and in
// Arabic (badge and PIN, every tab), with a printer that stops, a self-test run and a refused
// configuration, every visible text node must come from that language's locale files, be a
// number or date as Intl writes it, or be data (see support/screen-language.ts). The driver's
// English is allowed only in the technical detail line marked lang="en" dir="ltr".
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { WALK_IDLE, walkCivilStatus, walkStartAndTicket, type Walk } from './support/a11y-walk-citizen.js';
import { walkStaff, tabTo } from './support/a11y-walk-staff.js';
import { walkTechnician } from './support/a11y-walk-tech.js';
import { startKiosk, type KioskUnderTest } from './support/kiosk-under-test.js';
import { createLanguageCheck, normalise, visibleTextNodes } from './support/screen-language.js';
import { signInTechnician } from './support/technician-sign-in.js';

// What the kiosk under test was configured with and shows as it is: the device ids (each under
// its translated kind, and as the logs' device filter), and the names of the dev dock's demo
// accounts (a person's name is not translated).
const CONFIGURED = ['id-reader', 'barcode-scanner', 'badge-reader', 'printer', 'payment-terminal', 'Demo clerk', 'Demo technician'];
const STAFF_IDLE_SECONDS = 120;

// The locales the screens format with (dateLocaleOf in renderer/i18n/kiosk-i18n.ts, which this
// spec cannot import: it bundles the locale JSON through Vite).
const languageCheck = createLanguageCheck({ ar: 'ar-MA', fr: 'fr-MA', zgh: 'zgh', en: 'en-GB' }, CONFIGURED);

async function runSelfTestAndRefuseConfig(page: Page, kiosk: KioskUnderTest, visit: (screen: string) => Promise<void>): Promise<void> {
  // A printer gone: the device card, the printer tab and the self-test all report it.
  await kiosk.printer.stop();
  await signInTechnician(page, kiosk.badgeReader);
  await expect(page.locator('[data-testid="tech-device"][data-device="printer"]')).not.toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await visit('tech-devices-printer-gone');
  await tabTo(page, 'tech-tab-printer', 'tech-printer-reply');
  await page.getByTestId('tech-printer-test').tap();
  await expect(page.getByTestId('tech-printer-test-result')).toBeVisible({ timeout: 15_000 });
  await visit('tech-printer-gone');
  await tabTo(page, 'tech-tab-selftest', 'self-test-run');
  await page.getByTestId('self-test-run').tap();
  await expect(page.getByTestId('self-test-overall')).toHaveAttribute('data-verdict', 'fail', { timeout: 30_000 });
  await visit('tech-selftest-result');
  await tabTo(page, 'tech-tab-config', 'config-idReader-path-input');
  await page.getByTestId('config-idReader-baudRate-edit').tap();
  await page.getByTestId('config-key-clear').tap();
  for (const key of '1234') await page.locator(`[data-testid="config-keys"] [data-key="${key}"]`).tap();
  await page.getByTestId('config-key-done').tap();
  await page.getByTestId('config-apply').tap();
  await expect(page.getByTestId('config-result')).toHaveAttribute('data-kind', 'refused');
  await visit('tech-config-refused');
  await page.getByTestId('staff-signout').tap();
}

for (const lang of ['fr', 'ar'] as const) {
  test(`every staff and technician screen in ${lang} shows only ${lang} words, numbers and data`, async ({ page }, testInfo) => {
    test.setTimeout(300_000);
    const kiosk = await startKiosk({ defaultLanguage: lang, idle: WALK_IDLE, staffIdleSeconds: STAFF_IDLE_SECONDS });
    const foreign: string[] = [];
    const screens: string[] = [];
    const thin: string[] = [];
    const visit = async (screen: string): Promise<void> => {
      screens.push(screen);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const nodes = await visibleTextNodes(page);
      // A screen caught while still empty would pass for nothing.
      if (nodes.length < 10) thin.push(`${screen}: ${nodes.length} text nodes`);
      for (const node of languageCheck.foreign(nodes)) {
        foreign.push(`${lang}/${screen} [${node.where}]: "${normalise(node.text)}"`);
      }
    };
    try {
      await page.clock.install();
      await page.goto(kiosk.kioskUrl);
      // A ticket left waiting for paper and a civil-status receipt: the pending tab and the journal have rows.
      const citizen: Walk = { page, kiosk, lang, visit: async () => {} };
      await walkStartAndTicket(citizen);
      await walkCivilStatus(citizen);
      const walk: Walk = { page, kiosk, lang, visit };
      await walkStaff(walk, STAFF_IDLE_SECONDS);
      await walkTechnician(walk);
      await runSelfTestAndRefuseConfig(page, kiosk, visit);
      expect(screens.length).toBeGreaterThan(20);
      expect(thin, 'screens with almost no text').toEqual([]);
      expect(foreign, `text not in the ${lang} locale files`).toEqual([]);
    } catch (error) {
      await testInfo.attach('browser-shell-output', { body: kiosk.output(), contentType: 'text/plain' });
      throw error;
    } finally {
      // The whole list, for whoever fixes the screens: the assertion message may be cut.
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/staff-tech-language-${lang}.txt`, foreign.join('\n'));
      await kiosk.stop();
    }
  });
}
