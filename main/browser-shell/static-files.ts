// Serves the renderer build read-only, with the same path rules as Electron's borne:// protocol.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AUDIO_URL_PREFIX, defaultAudioDir, mimeTypeFor, resolveAppPath, resolveAudioPath } from '../electron/app-protocol-handler.js';

export interface StaticOptions {
  rootDir: string;
  csp: string;
  /** Paths (like /dev-dock.html) that must answer 404. */
  hidden: ReadonlySet<string>;
  /** Voice clips served under /audio/; resources/audio/ when not given. */
  audioDir?: string;
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, opts: StaticOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const file = opts.hidden.has(pathname)
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
