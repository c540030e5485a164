// The kiosk asks the browser for nothing: camera, microphone, geolocation, notifications,
// USB/serial/HID from the page, downloads: all refused. Hardware is reached through main.
import type { Session } from 'electron';
import type { ShellLogger } from './shell-logger.js';

export function refuseAllPermissions(session: Session, logger: ShellLogger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn({ permission }, 'permission request refused');
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => {
    event.preventDefault();
    logger.warn({}, 'download refused');
  });
}
