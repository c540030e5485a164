// The kiosk knows its printer before a citizen starts: the driver polls the (virtual, TCP)
// printer, and the home screen says in plain words when no paper can come out, and what to
// do instead. Every tile keeps working; the notice goes by itself once the paper is back.
import { kioskTest, expectLanguage } from './support/kiosk-fixture.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest();
const { expect } = test;

const PAPER_OUT = { fr: 'plus de papier', ar: 'نفد الورق' } as const;
const ADVICE = { fr: 'prenez-le en photo', ar: 'التقط له صورة' } as const;

for (const lang of ['fr', 'ar'] as const) {
  test(`out of paper: the home screen tells the citizen before they start (${lang})`, async ({ kioskPage: page, kiosk }) => {
    await kiosk.printer.setState('ready');
    await page.getByTestId(`lang-${lang}`).tap();
    await expectLanguage(page, lang);
    await expect(page.getByTestId('home-screen')).toBeVisible();
    await expect(page.getByTestId('printer-notice')).toHaveCount(0);

    await kiosk.printer.setState('paper-out');
    const notice = page.getByTestId('printer-notice');
    // Within a poll or two (the e2e kiosk polls every second), with nobody touching the screen.
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(PAPER_OUT[lang]);
    await expect(notice).toContainText(ADVICE[lang]);
    await checkScreen(page);
    // The notice takes no tile off the screen.
    for (const tile of ['tile-ticket', 'tile-civil-status', 'tile-legalisation', 'tile-report', 'tile-tax', 'tile-tracking']) {
      await expect(page.getByTestId(tile)).toBeInViewport({ ratio: 1 });
    }
    await page.screenshot({ path: `test-results/screenshots/printer-notice-${lang}.png` });

    // The tiles still work: a ticket is given, its number and QR code on the screen.
    await page.getByTestId('tile-ticket').tap();
    await page.getByTestId('service-civil-status').tap();
    await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
    await expect(page.getByTestId('print-failed')).toBeVisible();
    await expect(page.getByTestId('ticket-number')).toHaveText(/^[A-Z]-\d{3}$/);
    await page.getByTestId('done-button').tap();
    await expect(page.getByTestId('attract-screen')).toBeVisible();

    await page.getByTestId(`lang-${lang}`).tap();
    await expect(notice).toBeVisible();
    await kiosk.printer.setState('ready');
    await expect(notice).toHaveCount(0);
    await expect(page.getByTestId('tile-ticket')).toBeEnabled();
  });
}

test('a printer switched off is told too, and the notice goes when it is back (fr)', async ({ kioskPage: page, kiosk }) => {
  await kiosk.printer.setState('unreachable');
  await page.getByTestId('lang-fr').tap();
  const notice = page.getByTestId('printer-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('ne fonctionne pas');
  await expect(notice).toContainText('prenez-le en photo');
  await kiosk.printer.setState('ready');
  await expect(notice).toHaveCount(0);
});

test('paper near end prints as usual: no notice for the citizen', async ({ kioskPage: page, kiosk }) => {
  await kiosk.printer.setState('paper-near-end');
  await page.getByTestId('lang-fr').tap();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  // Let the poll see the low roll, then take a ticket that prints.
  const asked = kiosk.printer.statusRequests;
  await expect.poll(() => kiosk.printer.statusRequests).toBeGreaterThan(asked + 3);
  await expect(page.getByTestId('printer-notice')).toHaveCount(0);
  const before = kiosk.printer.jobs.length;
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-civil-status').tap();
  await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
  await expect(page.getByTestId('print-failed')).toHaveCount(0);
  await expect.poll(() => kiosk.printer.jobs.length).toBe(before + 1);
  await kiosk.printer.setState('ready');
});
