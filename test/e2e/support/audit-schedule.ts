// Which display settings the screen audit applies to which screen on which viewport. Every
// screen is audited on all four viewports in every language; the citizen's own settings (text
// size, theme, low reach) multiply that by twelve, too many runs for a CI budget. The schedule
// turns through the twelve combinations screen after screen, offset by viewport and language,
// so that on each viewport of each language every combination comes up: every pair of values
// of the five dimensions (more than pairwise) is covered, and `pairsMissing` proves it.
import { KIOSK_VIEWPORTS, type KioskViewport } from './layout-checks.js';

export const TEXT_SIZES = ['standard', 'large', 'largest'] as const;
export const THEMES = ['standard', 'high-contrast'] as const;
export const LAYOUTS = ['standard', 'low-reach'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Theme = (typeof THEMES)[number];
export type Layout = (typeof LAYOUTS)[number];

export interface DisplayCombination {
  readonly textSize: TextSize;
  readonly theme: Theme;
  readonly layout: Layout;
}

export const COMBINATIONS: readonly DisplayCombination[] = TEXT_SIZES.flatMap((textSize) =>
  THEMES.flatMap((theme) => LAYOUTS.map((layout) => ({ textSize, theme, layout }))),
);

export interface AuditRun extends DisplayCombination {
  readonly lang: string;
  readonly viewport: KioskViewport['name'];
  readonly screen: string;
}

/** The runs of one screen: one per viewport, each with its combination of settings. */
export function runsFor(lang: string, langIndex: number, screen: string, screenIndex: number): AuditRun[] {
  return KIOSK_VIEWPORTS.map((viewport, v) => {
    // Screen index first: consecutive screens on one viewport take consecutive combinations.
    const combination = COMBINATIONS[(screenIndex + v * 3 + langIndex * 5) % COMBINATIONS.length]!;
    return { lang, viewport: viewport.name, screen, ...combination };
  });
}

type Dimension = 'lang' | 'viewport' | 'textSize' | 'theme' | 'layout';
const DIMENSIONS: readonly Dimension[] = ['lang', 'viewport', 'textSize', 'theme', 'layout'];

/**
 * The pairs of values (of two different dimensions) that no run covers, as words; [] when
 * the runs are pairwise complete over the values given.
 */
export function pairsMissing(runs: readonly AuditRun[], values: Record<Dimension, readonly string[]>): string[] {
  const seen = new Set(runs.flatMap((run) => DIMENSIONS.flatMap((a) => DIMENSIONS.map((b) => `${a}=${run[a]} ${b}=${run[b]}`))));
  const missing: string[] = [];
  DIMENSIONS.forEach((a, i) => {
    for (const b of DIMENSIONS.slice(i + 1)) {
      for (const va of values[a]) for (const vb of values[b]) if (!seen.has(`${a}=${va} ${b}=${vb}`)) missing.push(`${a}=${va} ${b}=${vb}`);
    }
  });
  return missing;
}
