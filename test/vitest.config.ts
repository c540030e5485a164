import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const shared = { environment: 'node', testTimeout: 20000, hookTimeout: 20000 } as const;

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: 'unit',
          // test/property: fast-check suites over every parser of outside input (fixed seed);
          // test/security: the Electronegativity check's own logic (the scan itself is a CI step).
          include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts', 'test/security/**/*.test.ts'],
          // Unit tests share no ports, files or globals, so they run two files at a time. Set
          // explicitly: vitest's default (cores - 1) is a single worker on a 2-core machine.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Integration tests open real pseudo-terminals, sockets, SQLite files and child
          // processes; one file at a time keeps them from racing on a 2-core machine. Vitest runs
          // this project after the unit project.
          fileParallelism: false,
        },
      },
    ],
  },
});
