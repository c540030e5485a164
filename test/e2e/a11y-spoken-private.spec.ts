// Speak mode never says a PIN or a card number (EN 301 549 5.1.3.8): the card number typed
// on screen gives a tone per key, the PIN stays on the terminal, and the spoken receipt leaves
// the masked card out. Everything else of the payment is said.
import type { Page } from '@playwright/test';
import { MOCK_DEFAULT_PAN } from '../../hardware/payment/mock-payment-terminal.js';
import { expectLanguage, kioskTest } from './support/kiosk-fixture.js';
import { speakTap, spokenLog, switchSpeakModeOn, type SpokenEntry } from './support/spoken-log.js';

const PAYMENT_TERMINAL = { driver: 'mock', insertCardMs: 600, enterPinMs: 600, approveAfterMs: 300, removeCardMs: 300, timeoutMs: 5000 } as const;
const test = kioskTest({ idle: { warningAfterSeconds: 120, resetAfterWarningSeconds: 30, resultScreenSeconds: 60 }, paymentTerminal: PAYMENT_TERMINAL });
const { expect } = test;

// Two of the office's due notices, one per language: each can be paid once.
const NOTICES = { fr: 'TSC-2026-000123', ar: 'TSC-2026-000456' } as const;
const shot = (page: Page, name: string, lang: string) => page.screenshot({ path: `test-results/screenshots/a11y-spoken-${name}-${lang}.png` });
const withDigit = (entries: readonly SpokenEntry[]) => entries.filter((entry) => /[0-9٠-٩]/.test(entry.text));

async function startSpoken(page: Page, lang: 'fr' | 'ar'): Promise<void> {
  await switchSpeakModeOn(page);
  await speakTap(page.getByTestId(`lang-${lang}`));
  await expect(page.getByTestId('home-screen')).toBeVisible();
  await expectLanguage(page, lang);
}

for (const lang of ['fr', 'ar'] as const) {
  test(`${lang}: a tax notice paid by card in speak mode; no digit of the PIN or card is said`, async ({ kioskPage: page, kiosk }) => {
    await startSpoken(page, lang);
    await speakTap(page.getByTestId('tile-tax'));
    await expect(page.getByTestId('tax-scan-step')).toBeVisible();
    await expect.poll(async () => (await spokenLog(page)).map((entry) => entry.key)).toContain('speech.tax.scan');
    await kiosk.scanner.write(`${NOTICES[lang]}\r\n`);
    await expect(page.getByTestId('tax-notice')).toBeVisible();
    await expect.poll(async () => (await spokenLog(page)).map((entry) => entry.key)).toContain('speech.tax.notice');

    const before = (await spokenLog(page)).length;
    await speakTap(page.getByTestId('tax-pay'));
    await expect(page.getByTestId('payment-step')).toHaveAttribute('data-step', 'enter-pin');
    await shot(page, 'tax-paying', lang);
    await expect(page.getByTestId('tax-paid')).toBeVisible({ timeout: 15_000 });
    await shot(page, 'tax-paid', lang);
    await expect.poll(async () => (await spokenLog(page)).map((entry) => entry.key)).toContain('speech.tax.next');

    const log = (await spokenLog(page)).slice(before);
    const keys = log.map((entry) => entry.key);
    // The terminal's instructions are said, the PIN one included, and the receipt after them.
    expect(keys).toContain('speech.tax.paying');
    expect(keys).toContain('tax.paying.steps.enter-pin');
    expect(keys).toContain('speech.receipt.reference');
    // The receipt is announced (its number, the day and time) before it prints, so before the
    // result screen's prompt.
    const announced = keys.indexOf('speech.printing.tax-payment');
    expect(announced).toBeGreaterThan(-1);
    expect(announced).toBeLessThan(keys.indexOf('speech.receipt.reference'));
    // The Pay button says its own amount when tapped; what the kiosk says on its own while
    // the card is in the terminal holds no digit at all.
    const whilePaying = log.slice(0, announced).filter((entry) => entry.kind !== 'label');
    expect(withDigit(whilePaying)).toEqual([]);
    const cardTail = MOCK_DEFAULT_PAN.slice(-4);
    expect(log.filter((entry) => entry.text.includes(cardTail) || entry.text.includes('*'))).toEqual([]);
  });

  test(`${lang}: a card number typed in speak mode gives tones, never its characters`, async ({ kioskPage: page }) => {
    await startSpoken(page, lang);
    await speakTap(page.getByTestId('tile-civil-status'));
    await speakTap(page.getByTestId('privacy-accept'));
    await speakTap(page.getByTestId('civil-identity-type'));
    await expect(page.getByTestId('civil-card-number')).toBeVisible();
    await expect.poll(async () => (await spokenLog(page)).map((entry) => entry.key)).toContain('speech.civil.card-number');

    const before = (await spokenLog(page)).length;
    // Masked keys act on the first tap: one tap per character, as without speak mode.
    for (const key of ['b', 'k', '1', '2', '3', '4', '5', '6']) await page.getByTestId(`key-${key}`).tap();
    await expect(page.getByTestId('keyboard-display')).toContainText('3456');
    await shot(page, 'card-number', lang);
    const typing = (await spokenLog(page)).slice(before);
    expect(typing.filter((entry) => entry.source === 'tone')).toHaveLength(8);
    expect(typing.filter((entry) => entry.source !== 'tone')).toEqual([]);
    expect(withDigit(typing)).toEqual([]);
  });
}
