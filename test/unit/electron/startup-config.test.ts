import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../main/config/load-config.js';
import { CONFIG_ERROR_EXIT_CODE, loadConfigOrExit } from '../../../main/electron/startup-config.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'borne-startup-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(configPath: string | undefined) {
  let stderr = '';
  const exits: number[] = [];
  const config = loadConfigOrExit(configPath, { loadConfig, writeStderr: (t) => void (stderr += t), exit: (c) => void exits.push(c) });
  return { config, stderr, exits };
}

describe('loadConfigOrExit', () => {
  it('returns the embedded default configuration without exiting', () => {
    const { config, exits, stderr } = run(undefined);
    expect(config?.office.name).toBeTruthy();
    expect(exits).toEqual([]);
    expect(stderr).toBe('');
  });

  it('prints each bad field and exits with 78 (EX_CONFIG)', async () => {
    const file = path.join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ office: { name: '' }, kiosk: { id: 'BAD ID' }, colour: 'blue' }));
    const { config, exits, stderr } = run(file);
    expect(config).toBeNull();
    expect(exits).toEqual([CONFIG_ERROR_EXIT_CODE]);
    expect(CONFIG_ERROR_EXIT_CODE).toBe(78);
    expect(stderr).toContain('kiosk.id');
    expect(stderr).toContain('colour');
  });

  it('reports a missing file the same way', () => {
    const { exits, stderr } = run(path.join(dir, 'nope.json'));
    expect(exits).toEqual([78]);
    expect(stderr).toMatch(/cannot be read/);
  });

  it('lets an unexpected error through (it is a bug, not a configuration problem)', () => {
    expect(() =>
      loadConfigOrExit(undefined, {
        loadConfig: () => {
          throw new RangeError('bug');
        },
        writeStderr: () => undefined,
        exit: () => undefined,
      }),
    ).toThrow(RangeError);
  });
});
