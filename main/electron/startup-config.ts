// A kiosk with a broken configuration must say why on standard error (no dialog: nobody
// is there to click it) and exit with EX_CONFIG, so a supervisor does not loop on it.
import { ConfigError } from '../config/config-error.js';
import type { KioskConfig } from '../config/config-schema.js';

export const CONFIG_ERROR_EXIT_CODE = 78;

export interface StartupConfigDeps {
  loadConfig: (path: string | undefined) => KioskConfig;
  writeStderr: (text: string) => void;
  exit: (code: number) => void;
}

/** The configuration, or null after reporting the problem and requesting exit 78. */
export function loadConfigOrExit(path: string | undefined, deps: StartupConfigDeps): KioskConfig | null {
  try {
    return deps.loadConfig(path);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    deps.writeStderr(`${err.message}\n`);
    deps.exit(CONFIG_ERROR_EXIT_CODE);
    return null;
  }
}
