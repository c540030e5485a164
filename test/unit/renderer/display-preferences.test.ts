// The display choices a citizen makes with three buttons, and their reset for the next one.
import { describe, expect, it } from 'vitest';
import { nextTextSize, STANDARD_DISPLAY, toggledLayout, toggledTheme } from '../../../renderer/display/display-preferences.js';
import { createDisplayStore } from '../../../renderer/display/display-store.js';

/** Just what applyDisplayPreferences touches on <html>. */
function fakeRoot() {
  const attributes = new Map<string, string>();
  const element = { setAttribute: (name: string, value: string) => attributes.set(name, value) };
  // The store only calls setAttribute; a whole DOM is not needed to see what it writes.
  return { element: element as unknown as HTMLElement, attributes };
}

describe('display preferences', () => {
  it('cycle the text size standard → large → largest → standard', () => {
    expect(nextTextSize('standard')).toBe('large');
    expect(nextTextSize('large')).toBe('largest');
    expect(nextTextSize('largest')).toBe('standard');
  });

  it('toggle the theme and the layout', () => {
    expect(toggledTheme('standard')).toBe('high-contrast');
    expect(toggledTheme('high-contrast')).toBe('standard');
    expect(toggledLayout('standard')).toBe('low-reach');
    expect(toggledLayout('low-reach')).toBe('standard');
  });
});

describe('the display store', () => {
  it('writes each choice on <html> and tells its subscribers', () => {
    const root = fakeRoot();
    const store = createDisplayStore(() => root.element);
    let notified = 0;
    store.subscribe(() => notified++);
    store.cycleTextSize();
    store.cycleTextSize();
    store.toggleContrast();
    store.toggleLowReach();
    expect(store.get()).toEqual({ textSize: 'largest', theme: 'high-contrast', layout: 'low-reach' });
    expect(Object.fromEntries(root.attributes)).toEqual({
      'data-text-size': 'largest',
      'data-theme': 'high-contrast',
      'data-layout': 'low-reach',
    });
    expect(notified).toBe(4);
  });

  it('goes back to standard on reset, attributes included', () => {
    const root = fakeRoot();
    const store = createDisplayStore(() => root.element);
    store.cycleTextSize();
    store.toggleContrast();
    store.toggleLowReach();
    store.reset();
    expect(store.get()).toEqual(STANDARD_DISPLAY);
    expect(Object.fromEntries(root.attributes)).toEqual({
      'data-text-size': 'standard',
      'data-theme': 'standard',
      'data-layout': 'standard',
    });
  });

  it('stops telling a subscriber that has left', () => {
    const store = createDisplayStore(() => null);
    let notified = 0;
    const leave = store.subscribe(() => notified++);
    store.toggleContrast();
    leave();
    store.toggleContrast();
    expect(notified).toBe(1);
  });
});
