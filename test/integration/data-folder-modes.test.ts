// Personal data on disk is the kiosk account's alone: under the usual umask (022) the data
// folder, the SQLite files (with -wal/-shm), logs, exports and a saved configuration come out
// 0700/0600, and an install made before this rule is tightened at start.
import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kioskConfigSchema } from '../../main/config/config-schema.js';
import { createLogger } from '../../main/logging/create-logger.js';
import { startKioskRuntime } from '../../main/services/kiosk-runtime.js';
import { writeExportFileAtomically } from '../../main/storage/atomic-export-file.js';

let base: string;
let previousUmask: number;
beforeEach(async () => {
  previousUmask = process.umask(0o022);
  base = await mkdtemp(join(tmpdir(), 'borne-modes-'));
});
afterEach(async () => {
  process.umask(previousUmask);
  await rm(base, { recursive: true, force: true });
});

/** Every folder and file under dir with its permission bits, e.g. { 'logs/kiosk.log': '600' }. */
function modesUnder(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = lstatSync(path);
    out[`${prefix}${name}`] = (st.mode & 0o777).toString(8);
    if (st.isDirectory()) Object.assign(out, modesUnder(path, `${prefix}${name}/`));
  }
  return out;
}

/** The folder and every folder under it 0700, every file 0600. */
function expectOwnerOnly(dataDir: string, modes: Record<string, string>): void {
  expect((statSync(dataDir).mode & 0o777).toString(8)).toBe('700');
  for (const [name, mode] of Object.entries(modes)) {
    const isDir = lstatSync(join(dataDir, name)).isDirectory();
    expect({ name, mode }).toEqual({ name, mode: isDir ? '700' : '600' });
  }
}

const config = kioskConfigSchema.parse({
  office: { name: 'Arrondissement Sidi Moumen' },
  kiosk: { id: 'it-kiosk', referenceCode: 'KIT' },
  hardware: { idReader: { driver: 'mock' }, barcodeScanner: { driver: 'mock' }, printer: { driver: 'mock', paperWidthMm: 80 } },
});

describe('data folder modes under umask 022', () => {
  it('creates the data folder 0700 and the database, its -wal/-shm, logs and exports 0600', async () => {
    const dataDir = join(base, 'var');
    const logger = createLogger({ dir: join(dataDir, 'logs'), echoToStderr: false });
    const rt = await startKioskRuntime({ config, dataDir, logger });
    try {
      logger.warn({ part: 'test' }, 'a line in the log');
      logger.flush();
      await rt.journal.record({ kind: 'ticket', number: 'A-001', service: 'civil-status', receipt: { language: 'fr', direction: 'ltr', blocks: [] } });
      await writeExportFileAtomically(join(dataDir, 'exports'), 'audit.csv', async (f) => f.writeFile('who,what\n'));
      const modes = modesUnder(dataDir);
      // While the database is open its WAL files exist: they are checked too.
      expect(Object.keys(modes)).toEqual(expect.arrayContaining(['kiosk.sqlite', 'kiosk.sqlite-wal', 'kiosk.sqlite-shm', 'logs/kiosk.log', 'exports/audit.csv']));
      expectOwnerOnly(dataDir, modes);
    } finally {
      await rt.close();
    }
  });

  it('tightens an older install (0755 folders, 0644 files) at start', async () => {
    const dataDir = join(base, 'old');
    for (const sub of ['', 'logs', 'exports']) mkdirSync(join(dataDir, sub), { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o755);
    for (const file of ['kiosk-config.json', 'logs/kiosk-2026-11-20.log', 'exports/self-test-2026-11-20.txt', 'office.sqlite']) {
      writeFileSync(join(dataDir, file), file.endsWith('.sqlite') ? '' : 'x\n', { mode: 0o644 });
    }
    expect((statSync(join(dataDir, 'kiosk-config.json')).mode & 0o777).toString(8)).toBe('644');
    const rt = await startKioskRuntime({ config, dataDir, logger: pino({ level: 'silent' }) });
    try {
      const modes = modesUnder(dataDir);
      expectOwnerOnly(dataDir, modes);
    } finally {
      await rt.close();
    }
  });
});
