// Serves the renderer build read-only, with the same path rules as Electron's borne:// protocol.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AUDIO_URL_PREFIX, defaultAudioDir, isHiddenPath, mimeTypeFor, resolveAppPath, resolveAudioPath } from '../electron/app-protocol-handler.js';

export interface StaticOptions {
  rootDir: string;
  csp: string;
  /** Paths (like /dev-dock.html) that must answer 404, however the request spells them. */
  hidden: ReadonlySet<string>;
  /** Voice clips served under /audio/; resources/audio/ when not given. */
  audioDir?: string;
}

/**
 * The path of an origin-form request target, as sent. Not `new URL(target, base)`: that reads
 * `//dev-dock.html` as a host name, and checks must see the path the file is resolved from.
 */
export function requestPath(target: string | undefined): string {
  const path = (target ?? '/').split(/[?#]/, 1)[0] ?? '/';
  return path.startsWith('/') ? path : `/${path}`;
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, opts: StaticOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = requestPath(req.url);
  const file = isHiddenPath(pathname, opts.hidden)
    ? null
    : pathname.startsWith(AUDIO_URL_PREFIX)
      ? resolveAudioPath(opts.audioDir ?? defaultAudioDir(), pathname)
      : resolveAppPath(opts.rootDir, pathname);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const type = mimeTypeFor(file);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Security-Policy': opts.csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'public, max-age=3600',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
