// One screen, audited as a citizen would meet it in each theme: axe, target size and spacing,
// and in Arabic the left-to-right leak check. Findings are collected, not thrown, so one run
// lists every problem of every screen.
import { expect, type Page } from '@playwright/test';
import { describeAxe, runAxe } from './a11y-axe.js';
import { checkRtlLeaks } from './a11y-rtl.js';
import { checkTargets } from './a11y-targets.js';

export const THEMES = ['standard', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

export interface A11yAudit {
  /** Audit the screen now on display, in both themes; `screen` names it in the findings. */
  visit(screen: string): Promise<void>;
  /** Every finding so far, "lang/theme/screen: problem". */
  readonly findings: string[];
  /** Names of the screens audited, in order. */
  readonly screens: string[];
  /** Screens whose high-contrast theme was set by a tap on the contrast button. */
  readonly tappedTheme: string[];
  /** How long each screen's audit took, for keeping the whole audit within its budget. */
  readonly durations: string[];
}

/**
 * The theme as a citizen sets it: a tap on the contrast button (attract screen, journey top
 * bar). Where no such button can be touched (under a modal, on staff screens) the attribute on
 * <html> that the CSS keys off is set the same way the display store sets it.
 * Returns how it was set, so the audit can show that the tap path was taken.
 */
export async function setTheme(page: Page, theme: Theme): Promise<'tap' | 'attribute' | 'already'> {
  const current = await page.evaluate(() => document.documentElement.dataset.theme ?? 'standard');
  if (current === theme) return 'already';
  const button = page.locator('[data-testid="display-contrast"]:visible').first();
  // No waiting for a button the screen does not have: a locator action would wait for one
  // until the staff PIN screen gives up (60 s) and the attract screen brings one back.
  const touchable = (await button.count()) > 0 && await button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  }).catch(() => false);
  if (touchable) {
    await button.tap();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    return 'tap';
  }
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
  }, theme);
  return 'attribute';
}

export function createAudit(page: Page, lang: string, options: { screenshots: boolean }): A11yAudit {
  const findings: string[] = [];
  const screens: string[] = [];
  const durations: string[] = [];
  const tappedTheme: string[] = [];
  return {
    tappedTheme,
    findings,
    screens,
    durations,
    async visit(screen) {
      screens.push(screen);
      const started = Date.now();
      // The web fonts are in before axe measures text and contrast.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const before = await page.evaluate(() => document.documentElement.dataset.theme ?? 'standard');
      for (const theme of THEMES) {
        if ((await setTheme(page, theme)) === 'tap') tappedTheme.push(screen);
        const where = `${lang}/${theme}/${screen}`;
        const first = theme === THEMES[0];
        const problems = [...describeAxe(await runAxe(page, first ? 'all' : 'colour')), ...(await checkTargets(page))];
        if (first && lang === 'ar') problems.push(...(await checkRtlLeaks(page)));
        findings.push(...problems.map((p) => `${where}: ${p}`));
        // One picture per screen, and the high-contrast one in Arabic: a human look, not a check.
        if (options.screenshots && (first || lang === 'ar')) await page.screenshot({ path: `test-results/screenshots/a11y-${lang}-${theme}-${screen}.png` });
      }
      await setTheme(page, before === 'high-contrast' ? 'high-contrast' : 'standard');
      durations.push(`${screen} ${Date.now() - started} ms`);
    },
  };
}
