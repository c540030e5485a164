import { describe, expect, it } from 'vitest';
import { takeLaunchToken, webSocketUrl, type TokenPlace } from '../../../renderer/api/launch-token.js';

function place(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const location = { hash, pathname: '/index.html', search: '?kiosk=1' };
  const tokenPlace: TokenPlace = {
    location,
    history: {
      state: null,
      replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => {
        replaced.push(String(url));
        location.hash = '';
      },
    },
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
    },
  };
  return { tokenPlace, storage, replaced };
}

describe('takeLaunchToken', () => {
  it('takes the token from the fragment, keeps it for reloads and removes it from the address', () => {
    const { tokenPlace, storage, replaced } = place('#token=abc123');
    expect(takeLaunchToken(tokenPlace)).toBe('abc123');
    expect(replaced).toEqual(['/index.html?kiosk=1']);
    expect([...storage.values()]).toEqual(['abc123']);
    // After a reload the fragment is gone; the stored token is used.
    expect(takeLaunchToken(tokenPlace)).toBe('abc123');
    expect(replaced).toHaveLength(1);
  });

  it('returns null when there is no token anywhere, leaving the address alone', () => {
    const { tokenPlace, replaced } = place('#other=1');
    expect(takeLaunchToken(tokenPlace)).toBeNull();
    expect(replaced).toEqual([]);
  });
});

describe('webSocketUrl', () => {
  it('builds the page host URL with the token encoded as a query parameter', () => {
    expect(webSocketUrl('127.0.0.1:8123', '/api', 'a b&c')).toBe('ws://127.0.0.1:8123/api?token=a+b%26c');
    expect(webSocketUrl('127.0.0.1:8123', '/dev', null)).toBe('ws://127.0.0.1:8123/dev');
  });
});
