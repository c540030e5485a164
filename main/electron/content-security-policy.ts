// The one Content-Security-Policy of the kiosk page. It has no Electron import so that the
// browser shell can serve the very same policy (widening connect-src for its WebSocket).

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  // Voice clips come from the app itself (/audio/); nothing else may play.
  ['media-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/**
 * Builds the policy; `extraConnectSources` (e.g. `ws://127.0.0.1:*` for the browser shell)
 * are appended to connect-src and nowhere else.
 */
export function buildContentSecurityPolicy(extraConnectSources: readonly string[] = []): string {
  for (const source of extraConnectSources) {
    // A ';' or ',' would smuggle in a new directive or policy.
    if (!/^[^\s;,]+$/.test(source)) throw new Error(`invalid connect-src source: ${JSON.stringify(source)}`);
  }
  return DIRECTIVES.map(([name, value]) =>
    name === 'connect-src' && extraConnectSources.length > 0 ? `${name} ${value} ${extraConnectSources.join(' ')}` : `${name} ${value}`,
  ).join('; ');
}

export const CONTENT_SECURITY_POLICY = buildContentSecurityPolicy();
