// One screen, audited as a citizen would meet it on every screen an office may have: on each
// of the four viewports, with the display settings the schedule gives that run (text size,
// theme, low reach): axe, target size and spacing, the layout checks (nothing outside the
// screen, no text cut, no page scrolling, scroll cues, text size on citizen screens), and in
// Arabic the left-to-right leak check. Findings are collected, not thrown, so one run lists
// every problem of every screen, each naming the language, viewport, settings and screen.
import { expect, type Page } from '@playwright/test';
import { describeAxe, runAxe } from './a11y-axe.js';
import { checkRtlLeaks } from './a11y-rtl.js';
import { checkTargets } from './a11y-targets.js';
import { runsFor, type AuditRun } from './audit-schedule.js';
import { checkLayout, KIOSK_VIEWPORTS, MIN_CITIZEN_TEXT_PX } from './layout-checks.js';
import type { Theme } from './audit-schedule.js';

export interface A11yAudit {
  /** Audit the screen now on display, on every viewport; `screen` names it in the findings. */
  visit(screen: string): Promise<void>;
  /** Every finding so far, "lang/viewport/settings/screen: problem". */
  readonly findings: string[];
  /** Names of the screens audited, in order. */
  readonly screens: string[];
  /** Screens whose high-contrast theme was set by a tap on the contrast button. */
  readonly tappedTheme: string[];
  /** How long each screen's audit took, for keeping the whole audit within its budget. */
  readonly durations: string[];
  /** Every run so far: the screen, viewport and settings it was audited with. */
  readonly runs: AuditRun[];
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
    // The button toggles the display store's theme; where the audit set the attribute itself
    // (a screen without the button), the store still holds the other value: one more tap.
    const now = await page.evaluate(() => document.documentElement.dataset.theme ?? 'standard');
    if (now !== theme) await button.tap();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    return 'tap';
  }
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
  }, theme);
  return 'attribute';
}

export interface AuditOptions {
  /** Pictures of every screen in portrait and in 1920x1080 (ar and fr: a human look, not a check). */
  readonly screenshots: boolean;
  /** The language's place in LANGS: it offsets the schedule so each language meets other settings. */
  readonly langIndex: number;
}

/** Staff and technician screens are read by trained users at arm's length: no 24 px floor. */
const isCitizenScreen = (screen: string): boolean => !/^(staff|tech)-/.test(screen);

async function applyRun(page: Page, run: AuditRun): Promise<boolean> {
  const viewport = KIOSK_VIEWPORTS.find((v) => v.name === run.viewport)!;
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  // The theme first: a tap on the contrast button makes the display store write all three attributes.
  const tapped = (await setTheme(page, run.theme)) === 'tap';
  await page.evaluate(({ textSize, layout }) => {
    document.documentElement.dataset.textSize = textSize;
    document.documentElement.dataset.layout = layout;
  }, run);
  // Two frames: the resize and the attributes are laid out and painted before anything is
  // measured; then a moment of real time for what React renders from a ResizeObserver (a
  // scroll cue appearing), which lands in a task after those frames; then one more frame.
  const frames = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await frames();
  await page.waitForTimeout(60);
  await frames();
  return tapped;
}

export function createAudit(page: Page, lang: string, options: AuditOptions): A11yAudit {
  const findings: string[] = [];
  const screens: string[] = [];
  const durations: string[] = [];
  const tappedTheme: string[] = [];
  const runs: AuditRun[] = [];
  return {
    tappedTheme,
    findings,
    screens,
    durations,
    runs,
    async visit(screen) {
      const started = Date.now();
      // The web fonts are in before axe measures text and contrast.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const before = await page.evaluate(() => ({ ...document.documentElement.dataset }));
      const size = page.viewportSize();
      const screenRuns = runsFor(lang, options.langIndex, screen, screens.length);
      screens.push(screen);
      for (const run of screenRuns) {
        if (await applyRun(page, run)) tappedTheme.push(screen);
        runs.push(run);
        const where = `${lang}/${run.viewport}/${run.textSize}+${run.theme}+${run.layout}/${screen}`;
        const problems = [
          ...describeAxe(await runAxe(page, 'all')),
          ...(await checkTargets(page)),
          ...(await checkLayout(page, { minTextPx: isCitizenScreen(screen) ? MIN_CITIZEN_TEXT_PX : 0 })),
        ];
        if (lang === 'ar' && run === screenRuns[0]) problems.push(...(await checkRtlLeaks(page)));
        findings.push(...problems.map((p) => `${where}: ${p}`));
        if (options.screenshots && (run.viewport === '1080x1920' || run.viewport === '1920x1080')) {
          await page.screenshot({ path: `test-results/screenshots/a11y-${lang}-${screen}-${run.viewport}.png` });
        }
      }
      // Back to how the walk left the screen, so its next tap lands where it expects.
      if (size) await page.setViewportSize(size);
      await setTheme(page, before.theme === 'high-contrast' ? 'high-contrast' : 'standard');
      await page.evaluate((data) => {
        document.documentElement.dataset.textSize = data.textSize ?? 'standard';
        document.documentElement.dataset.layout = data.layout ?? 'standard';
      }, before);
      durations.push(`${screen} ${Date.now() - started} ms`);
    },
  };
}
