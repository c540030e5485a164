// The touch grid's record: how many times each target was hit, and how many touches landed
// between targets. A dead or offset zone of the touch film shows as a target never hit or as
// misses around it.
export const GRID_COLUMNS = 8;
export const GRID_ROWS = 3;

export interface TouchGridState {
  hitsPerTarget: readonly number[];
  misses: number;
}

export function emptyTouchGrid(targets = GRID_COLUMNS * GRID_ROWS): TouchGridState {
  return { hitsPerTarget: Array.from({ length: targets }, () => 0), misses: 0 };
}

export function hitTarget(state: TouchGridState, index: number): TouchGridState {
  if (index < 0 || index >= state.hitsPerTarget.length) return state;
  return { ...state, hitsPerTarget: state.hitsPerTarget.map((n, i) => (i === index ? n + 1 : n)) };
}

export function missTarget(state: TouchGridState): TouchGridState {
  return { ...state, misses: state.misses + 1 };
}

export function targetsHit(state: TouchGridState): number {
  return state.hitsPerTarget.filter((n) => n > 0).length;
}
