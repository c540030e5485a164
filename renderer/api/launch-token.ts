// The browser shell opens the page with #token=<launch token>. The token must survive a
// reload (the kiosk may reload itself) but must not stay visible in the address or history.
import { TOKEN_FRAGMENT_KEY } from '../../main/contract/wire-protocol.js';

const STORAGE_KEY = 'borne.launchToken';

export interface TokenPlace {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** Takes the token out of the URL fragment (or sessionStorage after a reload). */
export function takeLaunchToken(place: TokenPlace): string | null {
  const fragment = place.location.hash.replace(/^#/, '');
  const fromUrl = new URLSearchParams(fragment).get(TOKEN_FRAGMENT_KEY);
  if (fromUrl) {
    place.storage.setItem(STORAGE_KEY, fromUrl);
    place.history.replaceState(place.history.state, '', place.location.pathname + place.location.search);
    return fromUrl;
  }
  return place.storage.getItem(STORAGE_KEY);
}

/** ws://host/path?token=... for the page's own host (the browser shell). */
export function webSocketUrl(host: string, path: string, token: string | null): string {
  const query = token ? `?${new URLSearchParams({ [TOKEN_FRAGMENT_KEY]: token }).toString()}` : '';
  return `ws://${host}${path}${query}`;
}
