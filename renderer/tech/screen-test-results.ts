// What the technician found on the Screen tab (touch grid, audio), kept for the session so the
// next self-test run can send it, whichever tab is open in between. One store per signed-in
// client: a new sign-in starts empty.
import { useSyncExternalStore } from 'react';
import type { AudioResult, TouchResult } from '../../main/contract/kiosk-contract.js';
import type { StaffClient } from '../staff/staff-client.js';
import { emptyTouchGrid, type TouchGridState } from './touch-grid-state.js';

export interface ScreenTestResults {
  touch: TouchGridState;
  audio: AudioResult;
}

export class ScreenTestStore {
  private state: ScreenTestResults = { touch: emptyTouchGrid(), audio: 'not-run' };
  private readonly listeners = new Set<() => void>();

  get = (): ScreenTestResults => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: Partial<ScreenTestResults>): void {
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }
}

const stores = new WeakMap<StaffClient, ScreenTestStore>();

export function screenTestStoreOf(client: StaffClient): ScreenTestStore {
  let store = stores.get(client);
  if (!store) {
    store = new ScreenTestStore();
    stores.set(client, store);
  }
  return store;
}

export function useScreenTestResults(store: ScreenTestStore): ScreenTestResults {
  return useSyncExternalStore(store.subscribe, store.get);
}

/** The touch result the self-test sends: absent when the grid was not touched at all. */
export function touchForSelfTest(grid: TouchGridState): TouchResult | undefined {
  const hits = grid.hitsPerTarget.filter((n) => n > 0).length;
  if (hits === 0 && grid.misses === 0) return undefined;
  return { targets: grid.hitsPerTarget.length, hits, misses: grid.misses };
}
