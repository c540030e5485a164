// The technician's serial console against a real pseudo-terminal: a specimen with one wrong
// check digit goes into the ID reader's pty, the screen shows its bytes masked and the failed
// verdict, and the holder's name is nowhere in the page. Screenshots in Arabic and French.
import { test, expect } from '@playwright/test';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { startKiosk } from './support/kiosk-under-test.js';
import { checkScreen } from './support/screen-checks.js';
import { signInTechnician } from './support/technician-sign-in.js';

// Birth-date check digit wrong; the rest of the card is right.
const SPECIMEN = MRZ_SPECIMENS['bad-check-digit'].lines;
const PERSONAL = ['BENALI', 'FATIMA', 'ZAHRA', 'XA0012345', '850614', 'BK123456'];

for (const lang of ['ar', 'fr'] as const) {
  test(`the serial console shows a card's bytes masked and its failed check digit (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const kiosk = await startKiosk({ defaultLanguage: lang });
    try {
      await page.goto(kiosk.kioskUrl);
      await expect(page.getByTestId('attract-screen')).toBeVisible();
      await signInTechnician(page, kiosk.badgeReader);

      await page.getByTestId('tech-tab-console').tap();
      await expect(page.getByTestId('tech-console')).toBeVisible();
      await page.getByTestId('tech-console-device-id-reader').tap();
      await expect(page.getByTestId('tech-console-state')).toHaveAttribute('data-open', 'true');

      await kiosk.idReader.writeMrz(SPECIMEN, 'crlf');
      await expect(page.locator('[data-testid="tech-console-check"][data-field="birthDate"]')).toHaveAttribute('data-ok', 'false');
      await expect(page.locator('[data-testid="tech-console-check"][data-field="documentNumber"]')).toHaveAttribute('data-ok', 'true');
      await expect(page.getByTestId('tech-console-card')).toHaveAttribute('data-format', 'TD1');
      const texts = await page.getByTestId('tech-console-text').allTextContents();
      const hexes = await page.getByTestId('tech-console-hex').allTextContents();
      expect(texts).toHaveLength(3);
      for (const t of texts) {
        expect(t).toMatch(/^[•<]{30}CRLF$/);
      }
      for (const h of hexes) expect(h).toMatch(/ 0D 0A$/);
      expect(hexes.join(' ')).toContain('3C 3C');

      // Not in what is shown, nor anywhere in the document.
      const shown = await page.evaluate(() => document.body.innerText);
      const html = await page.content();
      for (const word of PERSONAL) {
        expect(shown).not.toContain(word);
        expect(html).not.toContain(word);
      }

      // A wrong baud rate looks like this: bytes outside the MRZ alphabet, shown as they are.
      await kiosk.idReader.write(Buffer.from([0xf0, 0x99, 0xe6, 0x0d]));
      await expect(page.getByTestId('tech-console-hex').filter({ hasText: 'F0 99 E6 0D' })).toBeVisible();

      await checkScreen(page);
      await page.screenshot({ path: `test-results/screenshots/tech-${lang}-console.png`, fullPage: true });

      // Leaving the mode closes the console: the reader serves citizens again.
      await page.getByTestId('staff-signout').tap();
      await expect(page.getByTestId('attract-screen')).toBeVisible();
    } finally {
      await kiosk.stop();
    }
  });
}
