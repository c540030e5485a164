// Where the kiosk page lives. No Electron import: the IPC sender check and the protocol
// handler are tested under plain Node with these same constants.

export const APP_SCHEME = 'borne';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** Pages the shell itself serves (never files of the renderer build). */
export const SHELL_PAGES_PREFIX = '/__shell/';
export const UNAVAILABLE_PAGE_URL = `${APP_ORIGIN}${SHELL_PAGES_PREFIX}unavailable.html`;

/**
 * True when `url` belongs to the kiosk page's origin. Compared by scheme and host rather than
 * `URL.origin`, because Node's URL reports "null" as the origin of non-special schemes.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
