// Where resources/ is, whether this code runs from sources (tsx, vitest), from the esbuild
// bundle in dist/main/, or from a packaged Electron app.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { currentModuleFile } from '../../hardware/devices/module-location.js';

function hereDir(): string {
  return dirname(currentModuleFile());
}

let cached: string | undefined;

export function resourcesDir(): string {
  if (cached) return cached;
  const fromEnv = process.env.BORNE_RESOURCES_DIR;
  if (fromEnv) return (cached = resolve(fromEnv));
  let dir = hereDir();
  for (let i = 0; i < 6; i += 1) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'locales'))) return (cached = candidate);
    dir = dirname(dir);
  }
  throw new Error(`resources/ not found above ${hereDir()}; set BORNE_RESOURCES_DIR`);
}

/** The renderer build, beside the main bundle in dist/. */
export function rendererDir(): string {
  const fromEnv = process.env.BORNE_RENDERER_DIR;
  if (fromEnv) return resolve(fromEnv);
  return join(dirname(resourcesDir()), 'dist', 'renderer');
}
