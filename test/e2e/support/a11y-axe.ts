// axe-core through Playwright: the WCAG 2.0-2.2 A and AA rules, plus the AAA contrast rule
// (7:1 body text is the bar of ACCESSIBILITY.md) and the best practices that tell a screen's
// structure (one main landmark, one top heading, headings in order).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

// axe-core itself, evaluated in the page once per page load. @axe-core/playwright's
// AxeBuilder re-injects it and opens a blank page for every analysis: seconds per screen on
// two cores, where one axe.run over a kiosk screen takes a fraction of one.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ALSO = ['color-contrast-enhanced', 'landmark-one-main', 'heading-order', 'page-has-heading-one'];

/**
 * Rules that do not apply to closed functionality. Each is named with its reason:
 * - target-size: replaced by the stricter check of a11y-targets.ts (64 px, 8 px apart);
 * - meta-viewport: pinch zoom is switched off on purpose (EN 301 549 5.5.1: no pinching),
 *   the text sizes of the kiosk's own display settings replace it.
 */
const NOT_APPLICABLE = ['target-size', 'meta-viewport', 'meta-viewport-large'];

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, at most five. */
  targets: string[];
}

/** The rules whose outcome depends on colours: all that a change of theme can change. */
export const COLOUR_RULES = ['color-contrast', 'color-contrast-enhanced', 'link-in-text-block'];

/**
 * 'all' runs every rule; 'colour' only the colour rules, for a second theme on the same
 * screen: a theme swaps colours on <html data-theme>, the structure axe checks is the same.
 */
export async function runAxe(page: Page, scope: 'all' | 'colour' = 'all'): Promise<AxeFinding[]> {
  const rules: Record<string, { enabled: boolean }> = {};
  for (const rule of ALSO) rules[rule] = { enabled: true };
  for (const rule of NOT_APPLICABLE) rules[rule] = { enabled: false };
  // One pass: axe runs the tagged rules plus the ones enabled by name.
  // Only violations get a selector for every node: building selectors for the thousands of
  // passing nodes of a journal or a log was most of axe's time on the staff screens.
  const resultTypes: RunOptions['resultTypes'] = ['violations'];
  const options: RunOptions =
    scope === 'all'
      ? { runOnly: { type: 'tag', values: TAGS }, rules, resultTypes }
      : { runOnly: { type: 'rule', values: COLOUR_RULES }, resultTypes };
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  // Reduced in the page: the passes and inapplicable rules are not carried back to the test.
  return page.evaluate(async (runOptions) => {
    // axe is the global the script above defined; the page's own types do not know it.
    const axe = (window as unknown as { axe: { run(context: Document, o: RunOptions): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, runOptions);
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  }, options);
}

export function describeAxe(findings: readonly AxeFinding[]): string[] {
  return findings.map((f) => `axe ${f.rule} (${f.impact}): ${f.help} at ${f.targets.join(', ')}`);
}
