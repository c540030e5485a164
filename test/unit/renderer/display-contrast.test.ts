// Contrast of the colour pairs the kiosk paints text with, read from the stylesheet itself in
// both themes: WCAG 2.2 1.4.6 asks 7:1 for body text, 4.5:1 for large text and pictograms.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(new URL('../../../renderer/kiosk/styles/base.css', import.meta.url), 'utf8');

function variablesOf(selector: string): Map<string, string> {
  const start = CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in base.css`);
  const body = CSS.slice(start, CSS.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

/** Relative luminance of a #rrggbb colour (WCAG 2.2 definition). */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1], 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// [foreground, background]: text painted on a fill somewhere in the citizen screens.
const BODY_PAIRS = [
  ['--text', '--bg'],
  ['--text', '--surface'],
  ['--text-muted', '--bg'],
  ['--text-muted', '--surface'],
  ['--text', '--warning-bg'],
  ['--text', '--error-bg'],
  ['--text', '--future-bg'],
  ['--text', '--nav-bg'],
  ['--text', '--pressed-bg'],
  ['--bar-text', '--bar'],
  ['--on-primary', '--primary'],
  ['--on-ticket', '--ticket'],
  ['--on-selected', '--selected'],
  ['--primary', '--surface'],
] as const;

// Pictograms, frames and headings over 24 px bold.
const LARGE_PAIRS = [
  ['--primary', '--bg'],
  ['--ticket', '--surface'],
  ['--error-border', '--error-bg'],
  ['--warning-border', '--warning-bg'],
  ['--future-border', '--surface'],
  ['--on-primary', '--primary-pressed'],
  ['--on-ticket', '--ticket-pressed'],
] as const;

const standard = variablesOf(':root');
const THEMES = {
  standard,
  'high-contrast': new Map([...standard, ...variablesOf("html[data-theme='high-contrast']")]),
};

describe('contrast ratio', () => {
  it('follows the WCAG formula', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });
});

describe.each(Object.entries(THEMES))('the %s theme', (name, palette) => {
  const colour = (variable: string) => {
    const value = palette.get(variable);
    if (!value) throw new Error(`${name}: ${variable} is not defined`);
    return value;
  };

  it('gives body text 7:1 or more', () => {
    for (const [fg, bg] of BODY_PAIRS) {
      expect(contrastRatio(colour(fg), colour(bg)), `${name}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
    }
  });

  it('gives large text and pictograms 4.5:1 or more', () => {
    for (const [fg, bg] of LARGE_PAIRS) {
      expect(contrastRatio(colour(fg), colour(bg)), `${name}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

it('the high-contrast theme redefines every colour of the standard one', () => {
  const highContrast = variablesOf("html[data-theme='high-contrast']");
  const colours = [...standard].filter(([, value]) => /^#|^rgb/.test(value)).map(([name]) => name);
  expect(colours.filter((name) => !highContrast.has(name))).toEqual([]);
});
