// A queue ticket taken with speak mode on, as a citizen who cannot read would: every screen
// says what it is and what to do, each control speaks before it acts, and the ticket's
// essentials (number, counter, time) are said before it prints, and again on the result screen.
import type { Page } from '@playwright/test';
import { expectLanguage, kioskTest } from './support/kiosk-fixture.js';
import { expectSaidBeforePrinted, keysFrom, speakTap, spokenLog, switchSpeakModeOn, timeSpokenLog } from './support/spoken-log.js';

const test = kioskTest({ idle: { warningAfterSeconds: 120, resetAfterWarningSeconds: 30, resultScreenSeconds: 60 } });
const { expect } = test;

const shot = (page: Page, name: string, lang: string) => page.screenshot({ path: `test-results/screenshots/a11y-spoken-${name}-${lang}.png` });

for (const lang of ['fr', 'ar'] as const) {
  test(`${lang}: a queue ticket taken by ear, each screen prompting in turn`, async ({ kioskPage: page, kiosk }) => {
    await switchSpeakModeOn(page);
    await expect.poll(async () => (await spokenLog(page)).map((entry) => entry.key)).toContain('speech.attract.prompt');
    await shot(page, 'attract', lang);

    await speakTap(page.getByTestId(`lang-${lang}`));
    await expect(page.getByTestId('home-screen')).toBeVisible();
    await expectLanguage(page, lang);
    await shot(page, 'home', lang);

    await speakTap(page.getByTestId('tile-ticket'));
    await expect(page.getByTestId('service-civil-status')).toBeVisible();
    await shot(page, 'ticket-services', lang);

    const jobsBefore = kiosk.printer.jobs.length;
    await timeSpokenLog(page);
    await speakTap(page.getByTestId('service-civil-status'));
    await expect(page.getByTestId('ticket-result-screen')).toBeVisible();
    const number = (await page.getByTestId('ticket-number').innerText()).trim();
    await shot(page, 'ticket-result', lang);
    await expect.poll(() => kiosk.printer.jobs.length).toBe(jobsBefore + 1);
    expect(kiosk.printer.jobs.at(-1)!.decoded.qrPayloads.join(' ')).toContain(number);

    await expect.poll(async () => (await spokenLog(page)).map((entry) => entry.key)).toContain('speech.ticket.result');
    const log = await spokenLog(page);
    const prompts = keysFrom(log, 'speech.home.prompt').filter((key) =>
      ['speech.home.prompt', 'speech.ticket.services', 'speech.ticket.result'].includes(key),
    );
    expect(prompts).toEqual(['speech.home.prompt', 'speech.ticket.services', 'speech.ticket.result']);
    // In the screen's language, each tile's picture described, and the number as printed.
    const home = log.find((entry) => entry.key === 'speech.home.prompt')!;
    expect(home.language).toBe(lang);
    expect(log.map((entry) => entry.key)).toContain('speech.pictograms.procedures.civilDocuments');
    expect(log.map((entry) => entry.key)).toContain('speech.pictograms.services.civil-status');
    const essentials = log.find((entry) => entry.key === 'speech.ticket.result')!;
    expect(essentials.kind).toBe('receipt');
    expect(essentials.text).toContain(number);
    expect(essentials.language).toBe(lang);
    // Said as main sends the ticket to the printer, not after the paper is out.
    const announced = log.find((entry) => entry.key === 'speech.printing.ticket')!;
    expect(announced.kind).toBe('receipt');
    expect(announced.language).toBe(lang);
    const counter = (await page.getByTestId('ticket-result-screen').locator('.result-facts .fact strong').first().innerText()).trim();
    for (const essential of [number, counter]) expect(announced.text).toContain(essential);
    await expectSaidBeforePrinted(page, 'speech.printing.ticket', kiosk.printer.jobs.at(-1)!.at);

    await speakTap(page.getByTestId('done-button'));
    await expect(page.getByTestId('attract-screen')).toBeVisible();
  });
}
