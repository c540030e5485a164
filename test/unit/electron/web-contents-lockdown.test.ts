import { describe, expect, it } from 'vitest';
import { lockDownWebContents } from '../../../main/electron/web-contents-lockdown.js';
import { FakeWebContents, fakeEvent, recordingLogger } from './fake-electron.js';

function lockedContents(devTools = false) {
  const contents = new FakeWebContents();
  const logger = recordingLogger();
  lockDownWebContents(contents.asWebContents(), { logger, devTools });
  return { contents, logger };
}

function key(k: string, mods: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}, code = '') {
  return { type: 'keyDown', key: k, code, control: false, meta: false, alt: false, shift: false, ...mods };
}

describe('lockDownWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: refuses leaving borne://app', (eventName) => {
    const { contents, logger } = lockedContents();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'borne://other/x', 'javascript:alert(1)', 'not a url']) {
      const event = fakeEvent(url);
      contents.emit(eventName, event, url);
      expect(event.defaultPrevented, url).toBe(true);
    }
    expect(logger.entries.some((e) => e.msg === 'navigation refused')).toBe(true);
    // The log names the origin, not the path (which could hold personal data).
    expect(JSON.stringify(logger.entries)).not.toContain('passwd');
  });

  it('lets the app navigate inside its own origin', () => {
    const { contents } = lockedContents();
    const event = fakeEvent('borne://app/index.html#/ticket');
    contents.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(false);
  });

  it('denies every new window and webview', () => {
    const { contents } = lockedContents();
    expect(contents.windowOpenHandler?.({ url: 'borne://app/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('suppresses the context menu', () => {
    const { contents } = lockedContents();
    const event = fakeEvent();
    contents.emit('context-menu', event, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('swallows escape shortcuts but lets typing through', () => {
    const { contents } = lockedContents();
    const press = (input: ReturnType<typeof key>) => {
      const event = fakeEvent();
      contents.emit('before-input-event', event, input);
      return event.defaultPrevented;
    };
    expect(press(key('r', { control: true }))).toBe(true);
    expect(press(key('F11'))).toBe(true);
    expect(press(key('+', { control: true }, 'Equal'))).toBe(true);
    expect(press(key('a'))).toBe(false);
    expect(press(key('ب'))).toBe(false);
  });

  it('pins the zoom after each load and after a zoom gesture', () => {
    const { contents } = lockedContents();
    contents.zoomFactor = 1.5;
    contents.emit('did-finish-load');
    expect(contents.zoomFactor).toBe(1);
    expect(contents.visualZoomLimits).toEqual([1, 1]);
    contents.zoomFactor = 2;
    contents.emit('zoom-changed', fakeEvent(), 'in');
    expect(contents.zoomFactor).toBe(1);
  });

  it('closes devtools unless the development flag is on', () => {
    const off = lockedContents(false);
    off.contents.emit('devtools-opened');
    expect(off.contents.devToolsClosed).toBe(1);
    const on = lockedContents(true);
    on.contents.emit('devtools-opened');
    expect(on.contents.devToolsClosed).toBe(0);
  });
});
