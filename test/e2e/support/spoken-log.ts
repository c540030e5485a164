// Reading what the kiosk said through the speech engine's test hook (window.__borneSpeech),
// and tapping as a citizen does in speak mode: the first tap says the control, the second acts.
import { expect, type Locator, type Page } from '@playwright/test';

export interface SpokenEntry {
  kind: string;
  key: string | null;
  text: string;
  language: string;
  source: 'clip' | 'synthesis' | 'tone' | 'none';
}

export async function spokenLog(page: Page): Promise<SpokenEntry[]> {
  return page.evaluate(() => (window.__borneSpeech?.log ?? []).map((entry) => ({ ...entry })));
}

/** Speak mode on from the attract screen, without reading: the big speaking-head button. */
export async function switchSpeakModeOn(page: Page): Promise<void> {
  await page.getByTestId('speak-mode').tap();
  await expect(page.locator('html')).toHaveAttribute('data-speak', 'on');
}

/**
 * First tap: the control says its label and is armed; second tap: it acts. Controls the engine
 * lets act at once (the language buttons of the attract screen) need only the one.
 */
export async function speakTap(control: Locator): Promise<void> {
  await control.tap();
  // The engine arms in the tap's own click handler: by now the mark is there or never will be.
  if ((await control.count()) > 0 && (await control.getAttribute('data-speech-armed')) !== null) await control.tap();
}

/** The keys of the log, in order, from the first occurrence of `from` on. */
export function keysFrom(log: readonly SpokenEntry[], from: string): string[] {
  const keys = log.map((entry) => entry.key ?? '');
  const start = keys.indexOf(from);
  return start < 0 ? [] : keys.slice(start);
}

declare global {
  interface Window {
    __borneSpokenAt?: Array<{ key: string | null; at: number }>;
  }
}

/**
 * From now on, notes when each utterance was decided (Date.now(): the same machine clock as
 * the virtual printer's job times), so a spec can tell whether the receipt was said before the
 * paper reached the printer.
 */
export async function timeSpokenLog(page: Page): Promise<void> {
  await page.evaluate(() => {
    const hook = window.__borneSpeech;
    if (!hook) throw new Error('the speech engine has not installed its test hook');
    const times: Array<{ key: string | null; at: number }> = [];
    window.__borneSpokenAt = times;
    const push = hook.log.push.bind(hook.log);
    hook.log.push = (...entries) => {
      for (const entry of entries) times.push({ key: entry.key, at: Date.now() });
      return push(...entries);
    };
  });
}

/** When `key` was first said since timeSpokenLog (epoch ms), or null. */
export async function spokenAt(page: Page, key: string): Promise<number | null> {
  return page.evaluate((wanted) => window.__borneSpokenAt?.find((entry) => entry.key === wanted)?.at ?? null, key);
}

/**
 * The utterance `key` was decided before the paper reached the printer (`printedAt`, the
 * virtual printer's job time): an order between two recorded moments of one clock.
 */
export async function expectSaidBeforePrinted(page: Page, key: string, printedAt: Date): Promise<void> {
  const saidAt = await spokenAt(page, key);
  expect(saidAt, `${key} was said`).not.toBeNull();
  expect(saidAt ?? Number.POSITIVE_INFINITY, `${key} said before the paper`).toBeLessThanOrEqual(printedAt.getTime());
}
