// One list of properties per parser, shared by the vitest suite (a few thousand cases each,
// fixed seed) and the fuzz bench (as many cases as fit in its time budget).
import fc from 'fast-check';

// fast-check's property types are generic over the tuple of generated inputs, which differs
// from one property to the next; the runner only needs to hand them back to fc.check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProperty = fc.IRawProperty<any, boolean>;

export interface PropertySpec {
  /** The parser or decoder under test, as the bench groups its figures. */
  parser: string;
  /** What must hold, as a sentence: it is the test's name. */
  name: string;
  build: () => AnyProperty;
  /** Cases per CI run. */
  runs: number;
}

/** Fixed so that a CI failure replays the same way; fast-check prints the seed and path. */
export const CI_SEED = 9303;
