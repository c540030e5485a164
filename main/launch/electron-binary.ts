// Finds the Electron binary WITHOUT loading the electron package: its index.js runs the
// installer when the binary is missing (a download attempt, a stack trace, a hang on a lossy
// network) on every `npm start`. The package records the binary's place in path.txt, relative
// to its dist/ folder; reading that file and checking the binary is all the lookup needs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronLookup = { found: true; binary: string } | { found: false; reason: string };

/** Looks in <appRoot>/node_modules/electron (or ELECTRON_OVERRIDE_DIST_PATH, as electron's own index does). */
export function locateElectronBinary(appRoot: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): ElectronLookup {
  const packageDir = join(appRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  let relative: string | undefined;
  if (existsSync(pathFile)) {
    try {
      relative = readFileSync(pathFile, 'utf8').trim();
    } catch {
      relative = undefined;
    }
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, relative || 'electron');
    return isFile(binary) ? { found: true, binary } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${binary}` };
  }
  if (!existsSync(packageDir)) return { found: false, reason: 'the electron package is not installed' };
  if (!relative) return { found: false, reason: 'the Electron binary was never downloaded (node_modules/electron/path.txt is missing)' };
  const binary = join(packageDir, 'dist', relative);
  return isFile(binary) ? { found: true, binary } : { found: false, reason: `node_modules/electron/path.txt names ${relative}, which is not in node_modules/electron/dist` };
}

/** The binary, or undefined: the signal to fall back to the browser shell. */
export function findElectronBinary(appRoot?: string, env?: NodeJS.ProcessEnv): string | undefined {
  const lookup = locateElectronBinary(appRoot, env);
  return lookup.found ? lookup.binary : undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
