// How a spoken text finds its recorded clip. One rule for the build script, the coverage
// check, the players and the servers:
//   i18n key `<namespace>.<key path>`  →  clip id (the same string)
//   clip file  resources/audio/<voice language>/<namespace>/<key path>.wav
//   served at  /audio/<voice language>/<namespace>/<key path>.wav
// The voice language is the screen language, or `ary` (Darija) when the citizen chose the
// Darija voice over the Arabic screen.
import type { Language } from '../../main/contract/kiosk-contract.js';

export type VoiceLanguage = Language | 'ary';

export const VOICE_LANGUAGES: readonly VoiceLanguage[] = ['ar', 'fr', 'zgh', 'en', 'ary'];

/** Languages the platform's synthesis can say (Chromium/Electron voices exist for them). */
export const SYNTHESIS_LANGUAGES: ReadonlySet<VoiceLanguage> = new Set<VoiceLanguage>(['ar', 'fr', 'en']);

/** The URL prefix under which the kiosk page fetches clips. */
export const AUDIO_URL_PREFIX = '/audio/';

const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** The clip's path relative to resources/audio/, or null when the key cannot name a file. */
export function clipPathOf(voice: VoiceLanguage, key: string): string | null {
  const segments = key.split('.');
  if (segments.length < 2 || !segments.every((segment) => SEGMENT.test(segment))) return null;
  const [namespace, ...rest] = segments;
  return `${voice}/${namespace}/${rest.join('.')}.wav`;
}

export function clipUrlOf(voice: VoiceLanguage, key: string): string | null {
  const path = clipPathOf(voice, key);
  return path === null ? null : `${AUDIO_URL_PREFIX}${path}`;
}

/** A text with interpolated values cannot come from a clip: the values change every time. */
export function hasPlaceholders(text: string): boolean {
  return /\{\{\s*\w+\s*\}\}/.test(text);
}
