// The electron package's index throws when its binary was never downloaded (as on machines
// without access to GitHub); that is the signal to fall back to the browser shell.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function findElectronBinary(): string | undefined {
  try {
    const req = createRequire(`${process.cwd()}/`);
    const binary: unknown = req('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}
