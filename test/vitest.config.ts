import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 20000,
    // Integration tests open real pseudo-terminals and sockets; one file at a time keeps
    // them from racing for the same ports on a 2-core machine.
    fileParallelism: false,
  },
});
