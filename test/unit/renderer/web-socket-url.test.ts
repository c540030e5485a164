import { describe, expect, it } from 'vitest';
import { webSocketUrl } from '../../../renderer/api/web-socket-url.js';

describe('webSocketUrl', () => {
  it('addresses the page host with no token in the URL (the session cookie authorises the socket)', () => {
    expect(webSocketUrl('127.0.0.1:8123', '/api')).toBe('ws://127.0.0.1:8123/api');
    expect(webSocketUrl('127.0.0.1:8123', '/dev')).toBe('ws://127.0.0.1:8123/dev');
  });
});
