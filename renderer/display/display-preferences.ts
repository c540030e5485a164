// What a citizen may change about the look of the kiosk for their own session. The choice is
// written on <html> as data attributes; the stylesheets do the rest (no component reads it).

export const TEXT_SIZES = ['standard', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export type Theme = 'standard' | 'high-contrast';
export type Layout = 'standard' | 'low-reach';

export interface DisplayPreferences {
  readonly textSize: TextSize;
  readonly theme: Theme;
  readonly layout: Layout;
}

/** What every citizen starts with, and what the next one gets back. */
export const STANDARD_DISPLAY: DisplayPreferences = { textSize: 'standard', theme: 'standard', layout: 'standard' };

/** standard → large → largest → standard: one button, so no choice needs reading. */
export function nextTextSize(size: TextSize): TextSize {
  const next = TEXT_SIZES[(TEXT_SIZES.indexOf(size) + 1) % TEXT_SIZES.length];
  return next ?? 'standard';
}

export function toggledTheme(theme: Theme): Theme {
  return theme === 'standard' ? 'high-contrast' : 'standard';
}

export function toggledLayout(layout: Layout): Layout {
  return layout === 'standard' ? 'low-reach' : 'standard';
}

/** The attributes the stylesheets select on. */
export function applyDisplayPreferences(root: HTMLElement, preferences: DisplayPreferences): void {
  root.setAttribute('data-text-size', preferences.textSize);
  root.setAttribute('data-theme', preferences.theme);
  root.setAttribute('data-layout', preferences.layout);
}
