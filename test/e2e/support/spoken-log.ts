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
