// The procedures done by ear, with speak mode on: each step of a civil-status request, a street
// report and a tracking look-up says its prompt in turn; errors are said; the receipt's
// essentials are said; no digit of a typed card number or birth date is ever said (a tone per
// key); and the name read from the card never goes to the loudspeaker (no headset here).
import type { Page } from '@playwright/test';
import { MRZ_SPECIMENS } from '../../hardware/simulators/mrz-specimens.js';
import { expectLanguage, kioskTest, type Lang } from './support/kiosk-fixture.js';
import { expectSaidBeforePrinted, keysFrom, speakTap, spokenLog, switchSpeakModeOn, timeSpokenLog, type SpokenEntry } from './support/spoken-log.js';

const test = kioskTest({ idle: { warningAfterSeconds: 120, resetAfterWarningSeconds: 30, resultScreenSeconds: 60 } });
const { expect } = test;

const CNIE = MRZ_SPECIMENS['mar-cnie-td1'].lines;
const shot = (page: Page, name: string, lang: Lang) => page.screenshot({ path: `test-results/screenshots/a11y-spoken-${name}-${lang}.png` });
const keysOf = (log: readonly SpokenEntry[]) => log.map((entry) => entry.key);
const saidKey = async (page: Page, key: string) => expect.poll(async () => keysOf(await spokenLog(page))).toContain(key);

async function startSpoken(page: Page, lang: Lang): Promise<void> {
  await switchSpeakModeOn(page);
  await speakTap(page.getByTestId(`lang-${lang}`));
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await expectLanguage(page, lang);
}

/** Keys tapped one by one: a masked or private key acts on its first tap, any other on its second. */
async function typeBySpeech(page: Page, keys: Iterable<string>): Promise<void> {
  for (const key of keys) await speakTap(page.getByTestId(key === ' ' ? 'key-space' : `key-${key}`));
}

test('fr: a civil-status document by ear, identity never said aloud', async ({ kioskPage: page, kiosk }) => {
  await startSpoken(page, 'fr');
  await speakTap(page.getByTestId('tile-civil-status'));
  await expect(page.getByTestId('privacy-notice')).toBeVisible();
  await speakTap(page.getByTestId('privacy-accept'));
  await expect(page.getByTestId('civil-identity')).toBeVisible();

  // A card with a wrong check digit: the problem is said, as an error.
  await kiosk.idReader.writeMrz(MRZ_SPECIMENS['bad-check-digit'].lines, 'crlf');
  await expect(page.getByTestId('identity-issue')).toHaveAttribute('data-issue', 'checksum');
  await expect.poll(async () => (await spokenLog(page)).filter((entry) => entry.kind === 'error').map((entry) => entry.key)).toContain(
    'civil-status.identity.issues.checksum.title',
  );
  await shot(page, 'civil-checksum', 'fr');

  // Typed instead: each key of the card number and the birth date gives a tone.
  await speakTap(page.getByTestId('civil-identity-type'));
  await expect(page.getByTestId('civil-card-number')).toBeVisible();
  const tonesBefore = (await spokenLog(page)).filter((entry) => entry.kind === 'tone').length;
  await typeBySpeech(page, 'bk123456');
  await speakTap(page.getByTestId('key-done'));
  await expect(page.getByTestId('civil-birth-date')).toBeVisible();
  await typeBySpeech(page, '14061985');
  await shot(page, 'civil-birth-date', 'fr');
  await speakTap(page.getByTestId('key-done'));
  await expect(page.getByTestId('identity-confirm')).toBeVisible();
  expect((await spokenLog(page)).filter((entry) => entry.kind === 'tone').length - tonesBefore).toBe(16);
  await saidKey(page, 'speech.civil.confirm-identity');

  // Not me: the card in the reader instead; its holder is shown, not said.
  await speakTap(page.getByTestId('identity-not-me'));
  await expect(page.getByTestId('civil-identity')).toBeVisible();
  await kiosk.idReader.writeMrz(CNIE, 'crlf');
  await expect(page.getByTestId('identity-name')).toHaveText('FATIMA ZAHRA BENALI');
  await shot(page, 'civil-confirm', 'fr');
  await speakTap(page.getByTestId('identity-this-is-me'));
  await expect(page.getByTestId('civil-document-choice')).toBeVisible();
  await speakTap(page.getByTestId('doc-birth-extract'));
  await expect(page.getByTestId('civil-options')).toBeVisible();
  await speakTap(page.getByTestId('civil-options-next'));
  await expect(page.getByTestId('civil-summary')).toBeVisible();

  const jobsBefore = kiosk.printer.jobs.length;
  await timeSpokenLog(page);
  await speakTap(page.getByTestId('civil-confirm'));
  await expect(page.getByTestId('civil-result')).toBeVisible();
  await shot(page, 'civil-result', 'fr');
  const reference = (await page.getByTestId('civil-reference').innerText()).trim();
  const counter = (await page.getByTestId('civil-counter').innerText()).trim();
  const collection = (await page.getByTestId('civil-collection-date').innerText()).trim();
  await saidKey(page, 'speech.civil.next');
  await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);

  const log = await spokenLog(page);
  // 'submitting' lasts as long as the office takes to answer: it may be cut by the receipt.
  const prompts = keysFrom(log, 'speech.civil.privacy').filter((key) => /^speech\.(civil|receipt)\./.test(key) && key !== 'speech.civil.submitting');
  expect(prompts).toEqual([
    'speech.civil.privacy',
    'speech.civil.identity',
    'speech.civil.card-number',
    'speech.civil.birth-date',
    'speech.civil.identity-read',
    'speech.civil.confirm-identity',
    'speech.civil.identity',
    'speech.civil.identity-read',
    'speech.civil.confirm-identity',
    'speech.civil.document',
    'speech.civil.options',
    'speech.civil.summary',
    'speech.receipt.reference',
    'speech.receipt.line',
    'speech.receipt.line',
    'speech.receipt.line',
    'speech.receipt.line',
    'speech.receipt.printed',
    'speech.civil.next',
  ]);
  const receipt = log.filter((entry) => entry.kind === 'receipt').map((entry) => entry.text).join(' ');
  for (const essential of [reference, counter, collection]) expect(receipt).toContain(essential);
  // The same essentials were said before the paper reached the printer.
  const announced = log.find((entry) => entry.key === 'speech.printing.civil-status')!;
  expect(announced).toMatchObject({ kind: 'receipt', language: 'fr' });
  for (const essential of [reference, counter, collection]) expect(announced.text).toContain(essential);
  await expectSaidBeforePrinted(page, 'speech.printing.civil-status', kiosk.printer.jobs.at(-1)!.at);

  // Nothing personal or typed reached the loudspeaker: no name, no digit of the card or the date.
  const everything = log.map((entry) => entry.text).join(' | ');
  for (const secret of ['FATIMA', 'BENALI', 'BK123456', '123456', '1985', '14/06', '14 juin']) expect(everything).not.toContain(secret);
  expect(log.filter((entry) => /^\s*[0-9٠-٩]\s*$/.test(entry.text))).toEqual([]);

  // The QR code is not a control: a tap on it says what it is, and still leaves the screen as it was.
  await page.locator('.ticket-qr').tap();
  await expect.poll(async () => (await spokenLog(page)).at(-1)).toMatchObject({ kind: 'label', text: `Code QR de la demande ${reference}` });
  await expect(page.getByTestId('civil-result')).toBeVisible();
});

test('ar: a street report typed by ear, then tracked by its number; an unknown number is said as an error', async ({ kioskPage: page, kiosk }) => {
  await startSpoken(page, 'ar');
  await speakTap(page.getByTestId('tile-report'));
  await expect(page.getByTestId('privacy-notice')).toBeVisible();
  await speakTap(page.getByTestId('privacy-accept'));
  await expect(page.getByTestId('report-kind-step')).toBeVisible();
  await speakTap(page.getByTestId('report-kind-complaint'));
  await expect(page.getByTestId('report-category-step')).toBeVisible();
  await speakTap(page.getByTestId('report-category-lighting'));
  // The kiosk's own arrondissement comes chosen: its neighbourhoods are next.
  await expect(page.getByTestId('report-neighbourhood-step')).toBeVisible();
  await speakTap(page.getByTestId('place-attacharouk'));
  await expect(page.getByTestId('report-landmark-step')).toBeVisible();
  await speakTap(page.getByTestId('report-landmark-next'));
  await expect(page.getByTestId('report-description-step')).toBeVisible();
  await typeBySpeech(page, ['ض', 'و', 'ء']);
  await shot(page, 'report-description', 'ar');
  await speakTap(page.getByTestId('report-description-next'));
  await expect(page.getByTestId('report-contact-step')).toBeVisible();
  await speakTap(page.getByTestId('report-sms-no'));
  await expect(page.getByTestId('report-summary-step')).toBeVisible();

  const jobsBefore = kiosk.printer.jobs.length;
  await timeSpokenLog(page);
  await speakTap(page.getByTestId('report-submit'));
  await expect(page.getByTestId('report-result')).toBeVisible();
  await shot(page, 'report-result', 'ar');
  const reference = (await page.getByTestId('report-reference').innerText()).trim();
  const deadline = (await page.getByTestId('report-deadline').innerText()).trim();
  await saidKey(page, 'speech.report.next');
  await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
  let log = await spokenLog(page);
  expect(keysFrom(log, 'speech.report.privacy').filter((key) => /^speech\.report\./.test(key) && key !== 'speech.report.submitting')).toEqual([
    'speech.report.privacy',
    'speech.report.kind',
    'speech.report.category',
    'speech.report.neighbourhood',
    'speech.report.landmark',
    'speech.report.description',
    'speech.report.contact',
    'speech.report.summary',
    'speech.report.next',
  ]);
  const receipt = log.filter((entry) => entry.kind === 'receipt');
  expect(receipt.every((entry) => entry.language === 'ar')).toBe(true);
  expect(receipt.map((entry) => entry.text).join(' ')).toContain(reference);
  expect(receipt.map((entry) => entry.text).join(' ')).toContain(deadline);
  const announced = log.find((entry) => entry.key === 'speech.printing.report')!;
  expect(announced).toMatchObject({ kind: 'receipt', language: 'ar' });
  for (const essential of [reference, deadline]) expect(announced.text).toContain(essential);
  await expectSaidBeforePrinted(page, 'speech.printing.report', kiosk.printer.jobs.at(-1)!.at);
  await speakTap(page.getByTestId('done-button'));
  await expect(page.getByTestId('attract-screen')).toBeVisible();

  // The same citizen comes back to track it: speak mode again, the number typed.
  await startSpoken(page, 'ar');
  await speakTap(page.getByTestId('tile-tracking'));
  await expect(page.getByTestId('tracking-scan-step')).toBeVisible();
  await speakTap(page.getByTestId('tracking-type'));
  await expect(page.getByTestId('tracking-type-step')).toBeVisible();
  await typeBySpeech(page, reference.toLowerCase());
  await speakTap(page.getByTestId('tracking-lookup'));
  await expect(page.getByTestId('tracking-status-step')).toBeVisible();
  await saidKey(page, 'speech.tracking.status');
  await shot(page, 'tracking-status', 'ar');

  await speakTap(page.getByTestId('tracking-another'));
  await expect(page.getByTestId('tracking-scan-step')).toBeVisible();
  await speakTap(page.getByTestId('tracking-type'));
  // The last number typed is kept for correcting: cleared for another one.
  await speakTap(page.getByTestId('key-clear'));
  await typeBySpeech(page, 'rc-2026-999999');
  await speakTap(page.getByTestId('tracking-lookup'));
  await expect(page.getByTestId('tracking-problem')).toBeVisible();
  await expect.poll(async () => (await spokenLog(page)).filter((entry) => entry.kind === 'error').map((entry) => entry.key)).toContain(
    'tracking.problems.not-found.title',
  );
  await shot(page, 'tracking-not-found', 'ar');
  log = await spokenLog(page);
  expect(keysFrom(log, 'speech.tracking.scan').filter((key) => /^speech\.tracking\./.test(key) && key !== 'speech.tracking.looking-up')).toEqual([
    'speech.tracking.scan',
    'speech.tracking.type',
    'speech.tracking.status',
    'speech.tracking.scan',
    'speech.tracking.type',
    // The step comes back with the problem on it: the error first, then what to do.
    'speech.tracking.type',
  ]);
  const keys = keysOf(log);
  const notFound = keys.lastIndexOf('tracking.problems.not-found.title');
  expect(notFound).toBeGreaterThan(keys.lastIndexOf('speech.tracking.status'));
  expect(notFound).toBeLessThan(keys.lastIndexOf('speech.tracking.type'));
});
