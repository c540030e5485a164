// One display choice per kiosk page, shared by the settings buttons of the attract screen and
// of the top bar. A tiny external store rather than a context: KioskApp resets it when the
// session ends without threading it through every screen.
import { useEffect, useSyncExternalStore } from 'react';
import {
  applyDisplayPreferences,
  nextTextSize,
  STANDARD_DISPLAY,
  toggledLayout,
  toggledTheme,
  type DisplayPreferences,
} from './display-preferences.js';

export interface DisplayStore {
  get(): DisplayPreferences;
  subscribe(listener: () => void): () => void;
  cycleTextSize(): void;
  toggleContrast(): void;
  toggleLowReach(): void;
  reset(): void;
}

/** `root` is a function so that the store can be built before (or without) a document. */
export function createDisplayStore(root: () => HTMLElement | null): DisplayStore {
  let current = STANDARD_DISPLAY;
  const listeners = new Set<() => void>();
  const set = (next: DisplayPreferences): void => {
    current = next;
    const element = root();
    if (element) applyDisplayPreferences(element, next);
    for (const listener of listeners) listener();
  };
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cycleTextSize: () => set({ ...current, textSize: nextTextSize(current.textSize) }),
    toggleContrast: () => set({ ...current, theme: toggledTheme(current.theme) }),
    toggleLowReach: () => set({ ...current, layout: toggledLayout(current.layout) }),
    reset: () => set(STANDARD_DISPLAY),
  };
}

export const displayStore = createDisplayStore(() => (typeof document === 'undefined' ? null : document.documentElement));

export function useDisplayPreferences(store: DisplayStore = displayStore): DisplayPreferences {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** Back to standard whenever the attract screen shows: the next citizen starts afresh. */
export function useDisplayReset(onAttractScreen: boolean, store: DisplayStore = displayStore): void {
  useEffect(() => {
    if (onAttractScreen) store.reset();
  }, [onAttractScreen, store]);
}
