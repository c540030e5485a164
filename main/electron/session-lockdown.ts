// The kiosk asks the browser for nothing: camera, microphone, geolocation, notifications,
// USB/serial/HID from the page, downloads: all refused. Hardware is reached through main.
// One CHECK is answered yes: 'media' for audio from the kiosk page itself, because Chromium
// gives the labels of audio outputs (enumerateDevices) only to a page that passes it, and
// without labels a headset cannot be told from the loudspeaker (headset-watch.ts, EN 301 549
// 5.1.3.2 and 5.1.3.9). The REQUEST handler still refuses every capture: the microphone is
// never opened.
import type { Session } from 'electron';
import { isAppUrl } from './app-origin.js';
import type { ShellLogger } from './shell-logger.js';

interface CheckDetails {
  mediaType?: string;
  securityOrigin?: string;
  embeddingOrigin?: string;
}

/** True only for the audio device check made by the kiosk page's own frames. */
export function isHeadsetLabelCheck(permission: string, requestingOrigin: string, details: CheckDetails | undefined): boolean {
  if (permission !== 'media' || details?.mediaType !== 'audio') return false;
  if (!isAppUrl(requestingOrigin)) return false;
  // A frame embedded in another origin, or a media check for another origin, is not the kiosk's.
  if (details.embeddingOrigin !== undefined && details.embeddingOrigin !== '' && !isAppUrl(details.embeddingOrigin)) return false;
  if (details.securityOrigin !== undefined && details.securityOrigin !== '' && !isAppUrl(details.securityOrigin)) return false;
  return true;
}

export function refuseAllPermissions(session: Session, logger: ShellLogger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn({ permission }, 'permission request refused');
    callback(false);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isHeadsetLabelCheck(permission, requestingOrigin, details as CheckDetails | undefined),
  );
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => {
    event.preventDefault();
    logger.warn({}, 'download refused');
  });
}
