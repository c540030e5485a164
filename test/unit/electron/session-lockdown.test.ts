import { describe, expect, it } from 'vitest';
import { refuseAllPermissions } from '../../../main/electron/session-lockdown.js';
import { FakeSession, fakeEvent, recordingLogger } from './fake-electron.js';

describe('refuseAllPermissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'serial', 'usb', 'hid', 'clipboard-read', 'fullscreen', 'openExternal'])(
    'refuses a %s request and check',
    (permission) => {
      const session = new FakeSession();
      const logger = recordingLogger();
      refuseAllPermissions(session.asSession(), logger);
      const answers: boolean[] = [];
      session.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted), {});
      expect(answers).toEqual([false]);
      expect(session.permissionCheckHandler?.({}, permission, 'borne://app', {})).toBe(false);
      expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'warn', obj: { permission } }));
    },
  );

  it('refuses device access and downloads', () => {
    const session = new FakeSession();
    refuseAllPermissions(session.asSession(), recordingLogger());
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'borne://app' })).toBe(false);
    const event = fakeEvent();
    session.emit('will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});
