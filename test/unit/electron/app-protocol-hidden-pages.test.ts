// Electron's borne:// handler carries no dev dock transport, so the dock's page stays hidden
// there, under the same rule as the browser shell: the decoded, normalised path is checked.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalUrlPath, createAppProtocolHandler, isHiddenPath } from '../../../main/electron/app-protocol-handler.js';
import { recordingLogger } from './fake-electron.js';

let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'borne-hidden-'));
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Borne</title>');
  await writeFile(path.join(root, 'dev-dock.html'), '<!doctype html><title>dock</title>');
  handle = createAppProtocolHandler({ rootDir: root, logger: recordingLogger() });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const SPELLINGS = [
  '/dev-dock.html',
  '/%64ev-dock.html',
  '/dev%2Ddock.html',
  '/DEV-DOCK.HTML',
  '//dev-dock.html',
  '/%2e/dev-dock.html',
  '/assets/%2e%2e/dev-dock.html',
  '/%5cdev-dock.html',
  '/dev-dock.html/',
];

describe('hidden pages in the borne:// protocol', () => {
  it.each(SPELLINGS)('answers 404 for the dev dock page spelled %s', async (spelling) => {
    const res = await handle(new Request(`borne://app${spelling}`));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('dock');
  });

  it('still serves the kiosk page', async () => {
    const res = await handle(new Request('borne://app/index.html'));
    expect(res.status).toBe(200);
  });

  it('serves a page that is not hidden when the hidden set is empty (the browser shell with the dock on)', async () => {
    const open = createAppProtocolHandler({ rootDir: root, logger: recordingLogger(), hidden: new Set() });
    expect((await open(new Request('borne://app/%64ev-dock.html'))).status).toBe(200);
  });
});

describe('canonicalUrlPath', () => {
  it.each(SPELLINGS)('reduces %s to /dev-dock.html', (spelling) => {
    expect(canonicalUrlPath(spelling)).toBe('/dev-dock.html');
    expect(isHiddenPath(spelling, new Set(['/dev-dock.html']))).toBe(true);
  });

  it('leaves other pages alone and treats an undecodable path as hidden', () => {
    expect(isHiddenPath('/index.html', new Set(['/dev-dock.html']))).toBe(false);
    expect(isHiddenPath('/%E0%A4%A', new Set(['/dev-dock.html']))).toBe(true);
    expect(canonicalUrlPath('/')).toBe('/');
  });
});
