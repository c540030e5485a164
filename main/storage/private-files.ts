// The data folder holds personal data (receipts, the office outbox, logs, exports): only the
// kiosk's own account may read it, whatever umask the service was started with. Modes are set
// explicitly (chmod after create) because umask can only take bits away, never add safety, and
// an install made before this rule keeps its 0755/0644 files until they are tightened at start.
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** mkdir -p with every created level 0700, and the folder itself 0700 even if it existed. */
export function makePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(path, PRIVATE_DIR_MODE);
}

/** chmod 0600 if the file exists; a missing file (no -wal yet) is not an error. */
export function makePrivateFileIfPresent(path: string): void {
  try {
    chmodSync(path, PRIVATE_FILE_MODE);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/**
 * Creates the data folder if needed and brings everything under it to 0700 folders and 0600
 * files: what an older install left readable by every local user. Symbolic links are left
 * alone (chmod would follow them out of the folder). Returns how many modes were changed.
 */
export function tightenDataFolder(dir: string, maxDepth = 6): number {
  makePrivateDir(dir);
  return tightenUnder(dir, maxDepth);
}

function tightenUnder(dir: string, depth: number): number {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    let st;
    try {
      st = lstatSync(path);
    } catch {
      continue; // removed meanwhile
    }
    if (st.isDirectory()) {
      if ((st.mode & 0o777) !== PRIVATE_DIR_MODE) {
        chmodSync(path, PRIVATE_DIR_MODE);
        changed += 1;
      }
      if (depth > 0) changed += tightenUnder(path, depth - 1);
    } else if (st.isFile() && (st.mode & 0o777) !== PRIVATE_FILE_MODE) {
      chmodSync(path, PRIVATE_FILE_MODE);
      changed += 1;
    }
  }
  return changed;
}
