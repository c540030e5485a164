// The screen audit's schedule of display settings: with a walk of any realistic length, every
// pair of values of language, viewport, text size, theme and low reach is audited somewhere,
// and in each language every viewport meets every combination of the citizen's settings.
import { describe, expect, it } from 'vitest';
import { COMBINATIONS, LAYOUTS, pairsMissing, runsFor, TEXT_SIZES, THEMES, type AuditRun } from '../../e2e/support/audit-schedule.js';
import { KIOSK_VIEWPORTS } from '../../e2e/support/layout-checks.js';

const LANGS = ['ar', 'fr', 'zgh', 'en'];
const VALUES = { lang: LANGS, viewport: KIOSK_VIEWPORTS.map((v) => v.name), textSize: TEXT_SIZES, theme: THEMES, layout: LAYOUTS };

function walk(screens: number): AuditRun[] {
  return LANGS.flatMap((lang, l) => Array.from({ length: screens }, (_, i) => runsFor(lang, l, `screen-${i}`, i)).flat());
}

describe('the screen audit schedule', () => {
  it('covers every pair of values once the walk has twelve screens', () => {
    for (const screens of [12, 40, 63, 70]) expect(pairsMissing(walk(screens), VALUES)).toEqual([]);
  });

  it('misses pairs with a walk too short to turn through the combinations', () => {
    expect(pairsMissing(walk(1), VALUES)).toContain('viewport=1280x1024 textSize=standard');
  });

  it('audits each screen once on each of the four viewports', () => {
    const runs = runsFor('fr', 1, 'home', 5);
    expect(runs.map((r) => r.viewport)).toEqual(['1080x1920', '1920x1080', '1280x1024', '1366x768']);
  });

  it('gives every viewport all twelve combinations in each language', () => {
    const runs = walk(COMBINATIONS.length);
    for (const lang of LANGS) {
      for (const viewport of VALUES.viewport) {
        const seen = new Set(runs.filter((r) => r.lang === lang && r.viewport === viewport).map((r) => `${r.textSize}/${r.theme}/${r.layout}`));
        expect(seen.size, `${lang} ${viewport}`).toBe(COMBINATIONS.length);
      }
    }
  });
});
