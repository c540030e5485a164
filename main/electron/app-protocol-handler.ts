// Serves the renderer build on borne://app/ so the page gets a real origin (not file://),
// and stamps every response with the kiosk's Content-Security-Policy.
import { readFile as fsReadFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, SHELL_PAGES_PREFIX } from './app-origin.js';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import { resourcesDir } from '../config/resource-paths.js';
import { SHELL_PAGES } from './shell-pages.js';
import type { ShellLogger } from './shell-logger.js';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The percent-decoded path, or null when it does not decode or hides a NUL byte. */
function decodedUrlPath(urlPathname: string): string | null {
  try {
    const decoded = decodeURIComponent(urlPathname);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/**
 * Maps a URL path onto a file inside `rootDir`, or null when the path is malformed or would
 * leave the root (`..`, encoded separators, NUL bytes).
 */
export function resolveAppPath(rootDir: string, urlPathname: string): string | null {
  const decoded = decodedUrlPath(urlPathname);
  if (decoded === null) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && resolved.startsWith(root + path.sep)) return resolved;
  return null;
}

/**
 * The one form of a URL path that hidden-page checks compare: percent-decoded, backslashes as
 * slashes, dot segments resolved, repeated and trailing slashes dropped, lower case (the file a
 * path names does not depend on any of these on a case-insensitive disk, and `/%64ev-dock.html`
 * must not slip past a check on the raw path). Null when the path cannot be decoded.
 */
export function canonicalUrlPath(urlPathname: string): string | null {
  const decoded = decodedUrlPath(urlPathname);
  if (decoded === null) return null;
  const normalised = path.posix.normalize(`/${decoded.replace(/\\/g, '/')}`).replace(/\/+$/, '');
  return (normalised === '' ? '/' : normalised).toLowerCase();
}

/** Whether a request path names one of the hidden pages (given as plain paths like /dev-dock.html), however it is spelled. */
export function isHiddenPath(urlPathname: string, hidden: ReadonlySet<string>): boolean {
  if (hidden.size === 0) return false;
  const canonical = canonicalUrlPath(urlPathname);
  // Undecodable: resolveAppPath refuses it too, but say hidden rather than rely on that.
  if (canonical === null) return true;
  for (const page of hidden) if (canonicalUrlPath(page) === canonical) return true;
  return false;
}

/** The dev dock's page: only the browser shell with developer.devDock carries its transport, never Electron. */
export const DEV_DOCK_PAGE = '/dev-dock.html';

/** Voice clips (resources/audio/, built by main/build/build-voice-clips.ts) live under this URL. */
export const AUDIO_URL_PREFIX = '/audio/';
/** The list of clips that exist, so the page picks clip or synthesis without probing. */
const AUDIO_INDEX_FILE = 'clips.json';
const AUDIO_EXTENSIONS: ReadonlySet<string> = new Set(['.wav', '.ogg']);

export function defaultAudioDir(): string {
  return path.join(resourcesDir(), 'audio');
}

/**
 * Maps /audio/<language>/<namespace>/<key>.wav onto resources/audio/, or null: only sound files
 * (and the clip index) are served, never anything outside the folder.
 */
export function resolveAudioPath(audioDir: string, urlPathname: string): string | null {
  if (!urlPathname.startsWith(AUDIO_URL_PREFIX)) return null;
  const file = resolveAppPath(audioDir, urlPathname.slice(AUDIO_URL_PREFIX.length - 1));
  if (file === null) return null;
  const relative = path.relative(path.resolve(audioDir), file);
  if (relative === AUDIO_INDEX_FILE) return file;
  return AUDIO_EXTENSIONS.has(path.extname(file).toLowerCase()) ? file : null;
}

export interface AppProtocolOptions {
  rootDir: string;
  logger: ShellLogger;
  /** Injected so tests can count reads; defaults to fs.readFile (asar-aware inside Electron). */
  readFile?: (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;
  /** Where the voice clips are; resources/audio/ when not given. */
  audioDir?: string;
  /** Pages that answer 404 however their path is spelled; the dev dock's page when not given. */
  hidden?: ReadonlySet<string>;
}

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** The function given to `protocol.handle('borne', ...)`. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? fsReadFile;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'not found');

    if (url.pathname.startsWith(SHELL_PAGES_PREFIX)) {
      const name = url.pathname.slice(SHELL_PAGES_PREFIX.length);
      const page = SHELL_PAGES.get(name);
      if (page === undefined) return textResponse(404, 'not found');
      return new Response(request.method === 'HEAD' ? null : page, { status: 200, headers: securityHeaders(mimeTypeFor(name)) });
    }

    if (isHiddenPath(url.pathname, options.hidden ?? new Set([DEV_DOCK_PAGE]))) return textResponse(404, 'not found');
    const filePath = url.pathname.startsWith(AUDIO_URL_PREFIX)
      ? resolveAudioPath(options.audioDir ?? defaultAudioDir(), url.pathname)
      : resolveAppPath(options.rootDir, url.pathname);
    if (filePath === null) {
      options.logger.warn({ path: url.pathname.slice(0, 200) }, 'app protocol: path outside the renderer root refused');
      return textResponse(404, 'not found');
    }
    try {
      const body = await readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: securityHeaders(mimeTypeFor(filePath)) });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException | undefined)?.code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return textResponse(404, 'not found');
      options.logger.error({ path: url.pathname.slice(0, 200), code }, 'app protocol: read failed');
      return textResponse(500, 'internal error');
    }
  };
}
