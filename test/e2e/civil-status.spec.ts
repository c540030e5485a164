// A citizen asks for a civil-status document: the privacy notice, the ID card read from the
// real serial driver (MRZ lines written to a socat pseudo-terminal) or the number typed, the
// document, copies and language, then the receipt: the reference on screen is the one in the
// printed QR code. Each card problem gets its own message.
import type { Page } from '@playwright/test';
import { mrzCheckDigit } from '../../hardware/id-reader/mrz-check-digit.js';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { expectLanguage, kioskTest, type Lang } from './support/kiosk-fixture.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest();
const { expect } = test;

const CNIE = MRZ_SPECIMENS['mar-cnie-td1'].lines;

const shot = async (page: Page, name: string, lang: Lang) => {
  await page.screenshot({ path: `test-results/screenshots/${name}-${lang}.png` });
  await checkScreen(page);
};

/** The CNIE specimen with another expiry date, every check digit recomputed. */
function cnieExpiringOn(yymmdd: string): string[] {
  const [line1, line2, line3] = CNIE as [string, string, string];
  const digit = (text: string) => String(mrzCheckDigit(text));
  const withExpiry = `${line2.slice(0, 8)}${yymmdd}${digit(yymmdd)}${line2.slice(15, 29)}`;
  const composite = line1.slice(5, 30) + withExpiry.slice(0, 7) + withExpiry.slice(8, 15) + withExpiry.slice(18, 29);
  return [line1, `${withExpiry}${digit(composite)}`, line3];
}

async function openCivilStatus(page: Page, lang: Lang, screenshots = false): Promise<void> {
  await page.getByTestId(`lang-${lang}`).tap();
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await expectLanguage(page, lang);
  await page.getByTestId('tile-civil-status').tap();
  await expect(page.getByTestId('privacy-notice')).toBeVisible();
  await expect(page.getByTestId('privacy-notice')).toContainText('Arrondissement Sidi Moumen');
  await expect(page.getByTestId('privacy-notice')).toContainText('09-08');
  await expect(page.getByTestId('privacy-notice')).toContainText('CNDP');
  if (screenshots) await shot(page, 'privacy-notice', lang);
  await page.getByTestId('privacy-accept').tap();
  await expect(page.getByTestId('civil-identity')).toBeVisible();
  if (screenshots) await shot(page, 'civil-identity', lang);
}

for (const lang of ['fr', 'ar'] as const) {
  test(`card in the reader to the printed receipt in ${lang}`, async ({ kioskPage: page, kiosk }) => {
    await openCivilStatus(page, lang, true);
    const jobsBefore = kiosk.printer.jobs.length;

    await kiosk.idReader.writeMrz(CNIE, 'crlf');
    const confirm = page.getByTestId('identity-confirm');
    await expect(confirm).toBeVisible();
    await expect(page.getByTestId('identity-masked-number')).toHaveText(/^•+\s?\w{4}$/);
    await expect(page.getByTestId('identity-name')).toHaveText('FATIMA ZAHRA BENALI');
    await expect(confirm).not.toContainText('BK123456');
    await shot(page, 'civil-identity-confirm', lang);
    await page.getByTestId('identity-this-is-me').tap();

    await expect(page.getByTestId('civil-document-choice')).toBeVisible();
    await shot(page, 'civil-document-choice', lang);
    await page.getByTestId('doc-birth-extract').tap();

    await expect(page.getByTestId('civil-options')).toBeVisible();
    await expect(page.getByTestId('copies-minus')).toBeDisabled();
    await page.getByTestId('copies-plus').tap();
    await page.getByTestId('copies-plus').tap();
    await page.getByTestId('copies-minus').tap();
    await expect(page.getByTestId('copies-value')).toHaveText('2');
    await page.getByTestId('doclang-fr').tap();
    await expect(page.getByTestId('doclang-fr')).toHaveAttribute('aria-pressed', 'true');
    await shot(page, 'civil-options', lang);
    await page.getByTestId('civil-options-next').tap();

    await expect(page.getByTestId('civil-summary')).toBeVisible();
    await expect(page.getByTestId('civil-summary-copies')).toHaveText('2');
    await expect(page.getByTestId('civil-fee')).toHaveText(/\d+[.,]00/);
    await shot(page, 'civil-summary', lang);
    // Back goes one step, and nothing chosen is lost on the way.
    await page.getByTestId('back-button').tap();
    await expect(page.getByTestId('copies-value')).toHaveText('2');
    await page.getByTestId('civil-options-next').tap();
    await page.getByTestId('civil-confirm').tap();

    await expect(page.getByTestId('civil-result')).toBeVisible();
    await expect(page.getByTestId('receipt-printed')).toBeVisible();
    const reference = (await page.getByTestId('civil-reference').innerText()).trim();
    expect(reference.length).toBeGreaterThan(4);
    await expect(page.getByTestId('civil-counter')).not.toBeEmpty();
    await shot(page, 'civil-result', lang);

    await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
    const job = kiosk.printer.jobs.at(-1)!;
    expect(job.decoded.qrPayloads).toHaveLength(1);
    expect(job.decoded.qrPayloads[0]).toMatch(new RegExp(`/${reference.replace(/[-/]/g, '\\$&')}$`));
    expect(job.decoded.cuts).toBe(1);

    await page.getByTestId('done-button').tap();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
  });
}

test('typed card number and birth date, with a wrong date first', async ({ kioskPage: page, kiosk }) => {
  await openCivilStatus(page, 'fr');
  await page.getByTestId('civil-identity-type').tap();
  await expect(page.getByTestId('civil-card-number')).toBeVisible();
  for (const key of ['B', 'K', '1', '2', '3', '4', '5', '6']) await page.getByTestId(`key-${key.toLowerCase()}`).tap();
  // Only the last characters show: a passer-by cannot read the number.
  await expect(page.getByTestId('keyboard-display')).not.toContainText('BK12');
  await expect(page.getByTestId('keyboard-display')).toContainText('3456');
  await page.getByTestId('key-done').tap();

  await expect(page.getByTestId('civil-birth-date')).toBeVisible();
  await checkScreen(page);
  for (const key of '31021985') await page.getByTestId(`key-${key}`).tap();
  await page.getByTestId('key-done').tap();
  // The keypad itself refuses 31 February; nothing was sent and the date is still there.
  await expect(page.getByTestId('keyboard-notice')).not.toBeEmpty();
  await expect(page.getByTestId('keyboard-display')).toContainText('31/02/1985');
  await page.getByTestId('key-clear').tap();
  for (const key of '14061985') await page.getByTestId(`key-${key}`).tap();
  await page.getByTestId('key-done').tap();

  await expect(page.getByTestId('identity-confirm')).toBeVisible();
  await expect(page.getByTestId('identity-masked-number')).toContainText('3456');
  await expect(page.getByTestId('identity-masked-number')).not.toContainText('BK12');
  // "Not me" forgets it; a card put in the reader afterwards is taken instead.
  await page.getByTestId('identity-not-me').tap();
  await expect(page.getByTestId('civil-identity')).toBeVisible();
  await kiosk.idReader.writeMrz(CNIE, 'cr');
  await expect(page.getByTestId('identity-name')).toHaveText('FATIMA ZAHRA BENALI');
});

test('a birth date in the future passes the keypad but gets its own message from main', async ({ kioskPage: page }) => {
  await openCivilStatus(page, 'ar');
  await page.getByTestId('civil-identity-type').tap();
  for (const key of ['b', 'k', '1', '2', '3', '4', '5', '6']) await page.getByTestId(`key-${key}`).tap();
  await page.getByTestId('key-done').tap();
  // A birth date in the future passes the keypad but not main.
  for (const key of '01012090') await page.getByTestId(`key-${key}`).tap();
  await page.getByTestId('key-done').tap();
  await expect(page.getByTestId('identity-issue')).toHaveAttribute('data-issue', 'invalid-birth-date');
  await expect(page.getByTestId('keyboard-display')).toContainText('01/01/2090');
  await shot(page, 'civil-birth-date-problem', 'ar');
});

for (const lang of ['fr', 'ar'] as const) {
  test(`each unreadable card gets its own advice in ${lang}`, async ({ kioskPage: page, kiosk }) => {
    await openCivilStatus(page, lang);
    const issue = page.getByTestId('identity-issue');
    const seen = new Set<string>();

    await kiosk.idReader.writeMrz(MRZ_SPECIMENS['bad-check-digit'].lines, 'crlf');
    await expect(issue).toHaveAttribute('data-issue', 'checksum');
    seen.add(await issue.innerText());
    await shot(page, 'civil-identity-checksum', lang);

    await kiosk.idReader.writeMrz(cnieExpiringOn('200101'), 'crlf');
    await expect(issue).toHaveAttribute('data-issue', 'expired');
    seen.add(await issue.innerText());

    // Two lines of three: the card was pulled out, or a passport went in upside down.
    await kiosk.idReader.writeMrz(CNIE.slice(0, 2), 'crlf');
    await expect(issue).toHaveAttribute('data-issue', 'partial');
    seen.add(await issue.innerText());

    await kiosk.idReader.writeMrz(MRZ_SPECIMENS['icao-td1'].lines, 'crlf');
    await expect(issue).toHaveAttribute('data-issue', /unsupported|expired/);

    expect(seen.size).toBe(3);
    // A good card after the problems is taken at once.
    await kiosk.idReader.writeMrz(CNIE, 'crlf');
    await expect(page.getByTestId('identity-confirm')).toBeVisible();
  });
}

test('a card read before the privacy notice is accepted reaches nothing', async ({ kioskPage: page, kiosk }) => {
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-civil-status').tap();
  await expect(page.getByTestId('privacy-notice')).toBeVisible();
  await kiosk.idReader.writeMrz(CNIE, 'crlf');
  await page.waitForTimeout(800);
  await page.getByTestId('privacy-accept').tap();
  await expect(page.getByTestId('civil-identity')).toBeVisible();
  await expect(page.getByTestId('identity-confirm')).toHaveCount(0);
  // "No thanks" on the notice goes home without asking anything.
  await page.getByTestId('back-button').tap();
  await expect(page.getByTestId('privacy-notice')).toBeVisible();
  await page.getByTestId('privacy-decline').tap();
  await expect(page.getByTestId('home-screen')).toBeVisible();
});

for (const lang of ['zgh', 'en'] as const) {
  test(`the notice and the identity screens fit in ${lang} too`, async ({ kioskPage: page, kiosk }) => {
    await openCivilStatus(page, lang, true);
    await kiosk.idReader.writeMrz(MRZ_SPECIMENS['bad-check-digit'].lines, 'crlf');
    await expect(page.getByTestId('identity-issue')).toHaveAttribute('data-issue', 'checksum');
    await shot(page, 'civil-identity-checksum', lang);
    await kiosk.idReader.writeMrz(CNIE, 'crlf');
    await page.getByTestId('identity-this-is-me').tap();
    await page.getByTestId('doc-marriage-extract').tap();
    await shot(page, 'civil-options', lang);
  });
}

test('on a short screen in the largest text the request scrolls under its cue and Confirm stays in view', async ({ kioskPage: page, kiosk }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCivilStatus(page, 'ar');
  await page.getByTestId('display-text-size').tap();
  await page.getByTestId('display-text-size').tap();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  await kiosk.idReader.writeMrz(CNIE, 'crlf');
  await page.getByTestId('identity-this-is-me').tap();
  await page.getByTestId('doc-birth-extract').tap();
  await page.getByTestId('civil-options-next').tap();

  const summary = page.getByTestId('civil-summary');
  await expect(summary).toBeVisible();
  // The fee, last of the facts, is below the fold: the cue says there is more.
  await expect(summary.locator('[data-scroll-cue="below"]')).toBeVisible();
  await expect(page.getByTestId('civil-fee')).not.toBeInViewport({ ratio: 1 });
  // The way on needs no scrolling, and the page itself never scrolls.
  await expect(page.getByTestId('civil-confirm')).toBeInViewport({ ratio: 1 });
  const pageScrolls = await page.evaluate(() => {
    const area = document.querySelector('.screen-area');
    return area !== null && area.scrollHeight > area.clientHeight + 1;
  });
  expect(pageScrolls).toBe(false);

  // Scrolling the facts to their end brings the fee into view; the cue then points up.
  await summary.locator('.flow-hint').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('civil-fee')).toBeInViewport({ ratio: 1 });
  await expect(summary.locator('[data-scroll-cue="above"]')).toBeVisible();
  await expect(summary.locator('[data-scroll-cue="below"]')).toHaveCount(0);
  await expect(page.getByTestId('civil-confirm')).toBeInViewport({ ratio: 1 });
});
