// Where the configuration comes from and how an edit reaches the disk. A kiosk edited by a
// technician must start next time with that edit, and a power cut during the write must
// leave either the old file or the new one: temp file, fsync, rename, the old one kept as .bak.
import { constants, existsSync } from 'node:fs';
import { access, copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export const EDITED_CONFIG_NAME = 'kiosk-config.json';

/**
 * KIOSK_CONFIG when set; else <dataDir>/kiosk-config.json when a technician saved one there;
 * else undefined (the embedded default).
 */
export function resolveConfigFile(envConfig: string | undefined, dataDir: string): string | undefined {
  if (envConfig) return resolve(envConfig);
  const edited = join(dataDir, EDITED_CONFIG_NAME);
  return existsSync(edited) ? edited : undefined;
}

/** The file an edit is written to: the file in use, or a new one in the data folder over the embedded default. */
export function saveTargetFor(configFile: string | null, dataDir: string): string {
  return configFile ?? join(dataDir, EDITED_CONFIG_NAME);
}

export async function canWrite(file: string): Promise<boolean> {
  try {
    await access(existsSync(file) ? file : dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes `text` to `file` atomically; the previous content, if any, stays in `file`.bak. */
export async function writeConfigFile(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (existsSync(file)) await copyFile(file, `${file}.bak`);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
