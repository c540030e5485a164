// Applied to every webContents the app ever creates: the page may not leave borne://app,
// open windows, attach webviews, show a context menu, zoom, or reach devtools.
import type { WebContents } from 'electron';
import { isAppUrl } from './app-origin.js';
import { isBlockedShortcut } from './blocked-shortcuts.js';
import type { ShellLogger } from './shell-logger.js';

export interface LockdownOptions {
  logger: ShellLogger;
  /** Devtools allowed (explicit development flag only). */
  devTools: boolean;
}

/** Scheme and host only: a full URL could carry personal data in its path or query. */
export function describeUrlForLog(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.protocol;
  } catch {
    return '(unparsable)';
  }
}

/**
 * Navigation inside borne://app is the app's own business (same build, same CSP);
 * everything else, including a redirect, is refused.
 */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

export function lockDownWebContents(contents: WebContents, options: LockdownOptions): void {
  const { logger } = options;
  const refuseNavigation = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (isNavigationAllowed(event.url)) return;
    event.preventDefault();
    logger.warn({ kind, target: describeUrlForLog(event.url) }, 'navigation refused');
  };
  contents.on('will-navigate', refuseNavigation('navigate'));
  contents.on('will-frame-navigate', refuseNavigation('frame-navigate'));
  contents.on('will-redirect', refuseNavigation('redirect'));

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn({}, 'webview refused');
  });
  contents.setWindowOpenHandler((details) => {
    logger.warn({ target: describeUrlForLog(details.url) }, 'new window refused');
    return { action: 'deny' };
  });

  contents.on('context-menu', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });

  const resetZoom = () => {
    contents.setZoomFactor(1);
    // Pinch-to-zoom on a touch screen; the promise only fails when the page is gone.
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  };
  contents.on('did-finish-load', resetZoom);
  contents.on('zoom-changed', resetZoom);

  if (!options.devTools) {
    contents.on('devtools-opened', () => {
      contents.closeDevTools();
      logger.warn({}, 'devtools closed: not enabled');
    });
  }
}
