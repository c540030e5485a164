import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from '../../../main/electron/app-protocol-handler.js';
import { CONTENT_SECURITY_POLICY } from '../../../main/electron/content-security-policy.js';
import { recordingLogger } from './fake-electron.js';

let base: string;
let root: string;
const logger = recordingLogger();
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'borne-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Borne</title>');
  await writeFile(path.join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'app-1a2b.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'noto.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  // A secret beside the root, and one in a sibling folder whose name starts like the root.
  await writeFile(path.join(base, 'secret.txt'), 'SECRET');
  await mkdir(path.join(base, 'renderer-private'));
  await writeFile(path.join(base, 'renderer-private', 'secret.txt'), 'SECRET');
  handle = createAppProtocolHandler({ rootDir: root, logger });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('borne:// protocol handler', () => {
  it('serves the page with its MIME type and the CSP header', async () => {
    for (const url of ['borne://app/', 'borne://app/index.html']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<title>Borne</title>');
    }
  });

  it.each([
    ['assets/app-1a2b.js', 'text/javascript; charset=utf-8'],
    ['assets/app-1a2b.css', 'text/css; charset=utf-8'],
    ['assets/noto.woff2', 'font/woff2'],
  ])('serves %s as %s', async (file, type) => {
    const res = await get(`borne://app/${file}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it.each([
    'borne://app/../secret.txt',
    'borne://app/%2e%2e/secret.txt',
    'borne://app/..%2Fsecret.txt',
    'borne://app/assets/..%2F..%2Fsecret.txt',
    'borne://app/..%5Csecret.txt',
    'borne://app/..%2Frenderer-private%2Fsecret.txt',
    'borne://app/%2Fetc%2Fpasswd',
    'borne://app/index.html%00.png',
    'borne://app/%E0%A4%A',
  ])('never serves a file outside the root: %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('SECRET');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing file, a folder, or another host', async () => {
    expect((await get('borne://app/missing.js')).status).toBe(404);
    expect((await get('borne://app/assets')).status).toBe(404);
    expect((await get('borne://evil/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('borne://app/index.html', 'POST')).status).toBe(405);
    const head = await get('borne://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves the shell error page, script-free, under the same CSP', async () => {
    const res = await get('borne://app/__shell/unavailable.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await res.text();
    expect(html).toContain('indisponible');
    expect(html).not.toMatch(/<script|style=/i);
    expect((await get('borne://app/__shell/unavailable.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });
});

describe('resolveAppPath', () => {
  it('maps inside the root and rejects escapes', () => {
    expect(resolveAppPath('/srv/r', '/')).toBe(path.resolve('/srv/r/index.html'));
    expect(resolveAppPath('/srv/r', '/a/b.js')).toBe(path.resolve('/srv/r/a/b.js'));
    expect(resolveAppPath('/srv/r', '/a/../b.js')).toBe(path.resolve('/srv/r/b.js'));
    expect(resolveAppPath('/srv/r', '/%2e%2e/x')).toBeNull();
    expect(resolveAppPath('/srv/r', '/../r2/x')).toBeNull();
  });
});
