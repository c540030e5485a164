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

describe('the audio device check that lets the page tell a headset from the speaker', () => {
  const check = (permission: string, origin: string, details: object) => {
    const session = new FakeSession();
    refuseAllPermissions(session.asSession(), recordingLogger());
    return session.permissionCheckHandler?.({}, permission, origin, details);
  };

  it('is granted to the kiosk page for audio', () => {
    expect(check('media', 'borne://app', { mediaType: 'audio', securityOrigin: 'borne://app/', isMainFrame: true })).toBe(true);
    expect(check('media', 'borne://app/', { mediaType: 'audio' })).toBe(true);
  });

  it('is refused for video, an unknown media type, another origin or another permission', () => {
    expect(check('media', 'borne://app', { mediaType: 'video', securityOrigin: 'borne://app' })).toBe(false);
    expect(check('media', 'borne://app', { mediaType: 'unknown' })).toBe(false);
    expect(check('media', 'borne://app', {})).toBe(false);
    expect(check('media', 'https://example.org', { mediaType: 'audio', securityOrigin: 'https://example.org' })).toBe(false);
    expect(check('media', 'borne://app', { mediaType: 'audio', securityOrigin: 'https://example.org' })).toBe(false);
    expect(check('media', 'borne://app', { mediaType: 'audio', embeddingOrigin: 'https://example.org' })).toBe(false);
    expect(check('media', 'file:///', { mediaType: 'audio' })).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'serial', 'clipboard-read']) {
      expect(check(permission, 'borne://app', { mediaType: 'audio' })).toBe(false);
    }
  });

  it('still refuses every media request: the microphone is never opened', () => {
    const session = new FakeSession();
    refuseAllPermissions(session.asSession(), recordingLogger());
    const answers: boolean[] = [];
    session.permissionRequestHandler?.({}, 'media', (granted) => answers.push(granted), { mediaTypes: ['audio'], securityOrigin: 'borne://app' });
    expect(answers).toEqual([false]);
  });
});
