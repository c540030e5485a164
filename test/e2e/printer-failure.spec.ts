// The printer is out of paper or switched off: the citizen still gets a number, on screen,
// with plain words telling them to go to the counter, and the kiosk keeps the ticket.
import { kioskTest } from './support/kiosk-fixture.js';

const test = kioskTest();
const { expect } = test;

for (const [state, lang] of [
  ['paper-out', 'fr'],
  ['unreachable', 'ar'],
  ['cover-open', 'en'],
] as const) {
  test(`a printer that is ${state} is told plainly and the number is shown (${lang})`, async ({ kioskPage: page, kiosk }) => {
    await kiosk.printer.setState(state);
    const printedBefore = kiosk.printer.jobs.filter((j) => j.decoded.images.length > 0).length;
    await page.getByTestId(`lang-${lang}`).tap();
    await page.getByTestId('tile-ticket').tap();
    await page.getByTestId('service-legalisation').tap();

    await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
    const failure = page.getByTestId('print-failed');
    await expect(failure).toBeVisible();
    const number = (await page.getByTestId('ticket-number').innerText()).trim();
    expect(number).toMatch(/^B-\d{3}$/);
    // The message names the counter the citizen should go to.
    await expect(failure).toContainText('3');
    expect(kiosk.printer.jobs.filter((j) => j.decoded.images.length > 0).length).toBe(printedBefore);

    await kiosk.printer.setState('ready');
  });
}

test('after the paper is back the next ticket prints and continues the sequence', async ({ kioskPage: page, kiosk }) => {
  await kiosk.printer.setState('ready');
  await page.getByTestId('lang-fr').tap();
  await page.getByTestId('tile-ticket').tap();
  await page.getByTestId('service-legalisation').tap();
  await expect(page.getByTestId('print-failed')).toHaveCount(0);
  const number = (await page.getByTestId('ticket-number').innerText()).trim();
  // Three failed tickets before this one kept their numbers: none was handed out twice.
  expect(number).toBe('B-004');
  await expect.poll(() => kiosk.printer.jobs.filter((j) => j.decoded.images.length > 0).length).toBeGreaterThan(0);
  const job = kiosk.printer.jobs.at(-1)!;
  expect(job.decoded.qrPayloads.some((p) => p.endsWith('/B-004'))).toBe(true);
});
