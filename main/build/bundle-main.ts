// Bundles the Node side into dist/main/*.cjs with esbuild. Packages stay external (they are
// installed beside the app and three of them are native), except in the preload: a sandboxed
// preload cannot require node_modules, so it carries zod inside it.
import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // import.meta.url is read only where __dirname is missing (ESM under tsx/vitest).
  logOverride: { 'empty-import-meta': 'silent' },
};

await Promise.all([
  build({
    ...common,
    packages: 'external',
    entryPoints: {
      'electron-main': 'main/electron/electron-main.ts',
      'browser-shell': 'main/browser-shell/browser-shell-cli.ts',
      start: 'main/launch/start.ts',
    },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
  }),
  build({
    ...common,
    platform: 'browser',
    target: 'chrome130',
    external: ['electron'],
    entryPoints: { preload: 'main/electron/preload.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
  }),
]);
console.log('main bundles written to dist/main/');
