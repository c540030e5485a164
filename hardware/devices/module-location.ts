// The same sources run as ESM (tsx, vitest) and inside esbuild's CommonJS bundles (Electron,
// the browser shell): in the bundles import.meta.url is empty and __filename is set.
import { fileURLToPath } from 'node:url';

declare const __filename: string | undefined;

export function currentModuleFile(): string {
  if (typeof __filename === 'string') return __filename;
  return fileURLToPath(import.meta.url);
}
