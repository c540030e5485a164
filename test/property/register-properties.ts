// The vitest side of the property lists: one test per property, fixed seed.
import fc from 'fast-check';
import { it } from 'vitest';
import { CI_SEED, type PropertySpec } from './property-spec.js';

export function registerProperties(specs: readonly PropertySpec[]): void {
  for (const spec of specs) {
    it(spec.name, async () => {
      await fc.assert(spec.build(), { numRuns: spec.runs, seed: CI_SEED });
    });
  }
}
