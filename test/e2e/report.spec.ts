// A citizen reports a broken street lamp, from the home screen to the printed receipt, in French
// and in Arabic; pictures move on when tapped, the kiosk's own arrondissement comes chosen, and
// an over-long description gets a plain message with nothing typed lost.
import type { Page } from '@playwright/test';
import { expectLanguage, kioskTest, officeDay } from './support/kiosk-fixture.js';
import { checkScreen } from './support/screen-checks.js';

const test = kioskTest({ idle: { warningAfterSeconds: 120, resetAfterWarningSeconds: 30, resultScreenSeconds: 60 } });
const { expect } = test;

const shot = (page: Page, name: string, lang: string) => page.screenshot({ path: `test-results/screenshots/${name}-${lang}.png` });

async function typeOn(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) await page.getByTestId(key === ' ' ? 'key-space' : `key-${key}`).tap();
}

/** Today + 60 days at the office, as the receipt's legal answer deadline. */
function deadlineDay(): { day: string; year: string } {
  const at = new Date(`${officeDay()}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + 60);
  return { day: String(at.getUTCDate()), year: String(at.getUTCFullYear()) };
}

async function openReport(page: Page, lang: 'fr' | 'ar'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).tap();
  await expectLanguage(page, lang);
  await page.getByTestId('tile-report').tap();
  await expect(page.getByTestId('privacy-notice')).toBeVisible();
  await page.getByTestId('privacy-accept').tap();
  await expect(page.getByTestId('report-kind-step')).toBeVisible();
}

const TEXT = {
  fr: { landmark: ['r', 'u', 'e', ' ', 'a', 'm', 'a', 'l'], description: ['l', 'a', 'm', 'p', 'e', ' ', 'c', 'a', 's', 's', 'é', 'e'] },
  ar: { landmark: ['ش', 'ا', 'ر', 'ع', ' ', 'أ', 'م', 'ل'], description: ['ا', 'ل', 'م', 'ص', 'ب', 'ا', 'ح', ' ', 'م', 'ع', 'ط', 'ل'] },
} as const;

for (const lang of ['fr', 'ar'] as const) {
  test(`reports a broken street lamp in ${lang}: the printed QR is the number on screen`, async ({ kioskPage: page, kiosk }) => {
    const jobsBefore = kiosk.printer.jobs.length;
    await openReport(page, lang);
    await checkScreen(page);
    await shot(page, 'report-kind', lang);
    await page.getByTestId('report-kind-complaint').tap();

    await expect(page.getByTestId('report-category-step')).toBeVisible();
    await checkScreen(page);
    await shot(page, 'report-category', lang);
    await page.getByTestId('report-category-lighting').tap();

    // The kiosk's own arrondissement (Sidi Moumen) comes chosen: its neighbourhoods are next.
    await expect(page.getByTestId('report-neighbourhood-step')).toContainText(lang === 'fr' ? 'Sidi Moumen' : 'سيدي مومن');
    await checkScreen(page);
    await shot(page, 'report-neighbourhood', lang);
    // Another one is a tap away, all sixteen on one screen, the kiosk's own marked.
    await page.getByTestId('report-other-arrondissement').tap();
    await expect(page.getByTestId('report-arrondissement-step')).toBeVisible();
    const arrondissements = page.getByTestId('report-arrondissements').getByRole('button');
    await expect(arrondissements).toHaveCount(16);
    for (const button of await arrondissements.all()) await expect(button).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('choices-next')).toHaveCount(0);
    await expect(page.getByTestId('place-sidi-moumen')).toHaveAttribute('aria-pressed', 'true');
    await checkScreen(page);
    await shot(page, 'report-arrondissement', lang);
    await page.getByTestId('place-sidi-moumen').tap();
    await page.getByTestId('place-attacharouk').tap();

    await expect(page.getByTestId('report-landmark-step')).toBeVisible();
    await typeOn(page, TEXT[lang].landmark);
    await checkScreen(page);
    await shot(page, 'report-landmark', lang);
    await page.getByTestId('report-landmark-next').tap();

    await expect(page.getByTestId('report-description-step')).toBeVisible();
    await typeOn(page, TEXT[lang].description);
    await expect(page.getByTestId('report-description-left')).toContainText(String(1000 - TEXT[lang].description.length));
    await checkScreen(page);
    await shot(page, 'report-description', lang);
    await page.getByTestId('report-description-next').tap();

    await expect(page.getByTestId('report-contact-step')).toBeVisible();
    await checkScreen(page);
    await shot(page, 'report-contact', lang);
    // Choosing news by SMS is the consent, in the tile's own words: no second question.
    await expect(page.getByTestId('report-sms-yes')).toHaveAttribute('aria-pressed', 'false');
    await page.getByTestId('report-sms-yes').tap();
    await expect(page.getByTestId('report-phone-step')).toBeVisible();
    await typeOn(page, [...'0612345678']);
    // The number shows in full while typed, to be checked; it is masked from the summary on.
    await expect(page.getByTestId('keyboard-display')).toHaveText('0612345678');
    await checkScreen(page);
    await shot(page, 'report-phone', lang);
    await page.getByTestId('report-phone-next').tap();

    await expect(page.getByTestId('report-summary-step')).toBeVisible();
    await expect(page.getByTestId('report-summary-place')).toContainText(lang === 'fr' ? 'Sidi Moumen' : 'سيدي مومن');
    await expect(page.getByTestId('report-summary-contact')).toContainText('5678');
    await expect(page.getByTestId('report-summary-contact')).not.toContainText('0612345678');
    await checkScreen(page);
    await shot(page, 'report-summary', lang);
    await page.getByTestId('report-submit').tap();

    await expect(page.getByTestId('report-result')).toBeVisible();
    await expect(page.getByTestId('report-pending')).toHaveCount(0);
    await expect(page.getByTestId('print-failed')).toHaveCount(0);
    const reference = (await page.getByTestId('report-reference').innerText()).trim();
    expect(reference).toMatch(/^[A-Z]{2}-\d{4}-\d{6}$/);
    const { day, year } = deadlineDay();
    await expect(page.getByTestId('report-deadline')).toContainText(year);
    await expect(page.getByTestId('report-deadline')).toContainText(day);
    // Nothing is left to undo: no Back, and Finish ends the visit.
    await expect(page.getByTestId('back-button')).toHaveCount(0);
    await checkScreen(page);
    await shot(page, 'report-result', lang);

    await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
    const job = kiosk.printer.jobs.at(-1)!;
    expect(job.decoded.qrPayloads).toEqual([`BORNE/R/${reference}`]);
    expect(job.decoded.cuts).toBe(1);
    await page.getByTestId('done-button').tap();
    await expect(page.getByTestId('attract-screen')).toBeVisible();
  });
}

test('a tapped picture moves on, and Back keeps every choice for a tap on it to move on again', async ({ kioskPage: page }) => {
  await openReport(page, 'fr');
  // No Next button that could only say "choose one first".
  await expect(page.getByTestId('report-next')).toHaveCount(0);
  await page.getByTestId('report-kind-observation').tap();
  await expect(page.getByTestId('report-category-step')).toBeVisible();
  await expect(page.getByTestId('report-next')).toHaveCount(0);

  // The app's Back goes one step back with the earlier choice still marked.
  await page.getByTestId('back-button').tap();
  await expect(page.getByTestId('report-kind-observation')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('report-kind-observation').tap();
  await page.getByTestId('report-category-noise').tap();
  await expect(page.getByTestId('report-neighbourhood-step')).toBeVisible();
  await page.getByTestId('back-button').tap();
  await expect(page.getByTestId('report-category-noise')).toHaveAttribute('aria-pressed', 'true');
});

test('an over-long description stops at 1000 characters, says so, and Back warns before erasing it', async ({ kioskPage: page }) => {
  await openReport(page, 'ar');
  await page.getByTestId('report-kind-suggestion').tap();
  await page.getByTestId('report-category-green-spaces').tap();
  await page.getByTestId('report-other-arrondissement').tap();
  await page.getByTestId('place-anfa').tap();
  await page.getByTestId('place-racine').tap();
  await page.getByTestId('report-landmark-next').tap();
  await expect(page.getByTestId('report-description-step')).toBeVisible();
  // A thousand taps through the page (one per task, so React renders between them), then the
  // 1001st by touch: the keyboard refuses it and says why. A message-channel task rather than
  // setTimeout(0), which browsers hold back 4 ms once nested: 4 s of the test's time otherwise.
  await page.evaluate(async () => {
    const key = document.querySelector<HTMLButtonElement>('[data-testid="key-ب"]');
    const channel = new MessageChannel();
    const nextTask = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(null); });
    for (let i = 0; i < 1000 && key; i++) {
      key.click();
      await nextTask();
    }
  });
  await expect(page.getByTestId('report-description-left')).toHaveText('النص مكتمل: لا يمكنك إضافة أي شيء.');
  await page.getByTestId('key-ب').tap();
  await expect(page.getByTestId('keyboard-notice')).toContainText('1000');
  await checkScreen(page);
  await shot(page, 'report-description-full', 'ar');

  await page.getByTestId('report-description-next').tap();
  await page.getByTestId('report-sms-no').tap();
  await expect(page.getByTestId('report-summary-description')).toContainText('ببب');

  // Home asks too, and staying keeps the summary as it was.
  await page.getByTestId('home-button').tap();
  await expect(page.getByTestId('discard-dialog')).toBeVisible();
  await page.getByTestId('discard-stay').tap();
  await expect(page.getByTestId('report-summary-description')).toContainText('ببب');

  // Back all the way to the first step, then once more: the kiosk asks before erasing.
  for (let i = 0; i < 7; i++) await page.getByTestId('back-button').tap();
  await expect(page.getByTestId('report-kind-step')).toBeVisible();
  await page.getByTestId('back-button').tap();
  await expect(page.getByTestId('discard-dialog')).toBeVisible();
  await checkScreen(page);
  await shot(page, 'report-discard', 'ar');
  await page.getByTestId('discard-stay').tap();
  await expect(page.getByTestId('report-kind-step')).toBeVisible();
  await page.getByTestId('back-button').tap();
  await page.getByTestId('discard-leave').tap();
  await expect(page.getByTestId('home-screen')).toBeVisible();
});
