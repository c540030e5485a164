// Which clips exist, read once from /audio/clips.json (written by the clip build). Knowing it
// up front lets the engine choose clip or synthesis at once, without probing the server.
import { AUDIO_URL_PREFIX, VOICE_LANGUAGES, type VoiceLanguage } from './clip-ids.js';

export const CLIP_INDEX_FILE = 'clips.json';

export type ClipIndex = Partial<Record<VoiceLanguage, readonly string[]>>;

export interface ClipLookup {
  has(voice: VoiceLanguage, key: string): boolean;
}

export function clipLookupOf(index: ClipIndex): ClipLookup {
  const sets = new Map<VoiceLanguage, ReadonlySet<string>>();
  for (const language of VOICE_LANGUAGES) sets.set(language, new Set(index[language] ?? []));
  return { has: (voice, key) => sets.get(voice)?.has(key) ?? false };
}

export function parseClipIndex(value: unknown): ClipIndex {
  const index: ClipIndex = {};
  if (!value || typeof value !== 'object') return index;
  for (const language of VOICE_LANGUAGES) {
    const keys: unknown = (value as Record<string, unknown>)[language];
    if (Array.isArray(keys)) index[language] = keys.filter((key): key is string => typeof key === 'string');
  }
  return index;
}

/** No index (clips not built): every text goes to synthesis. */
export async function loadClipIndex(fetchFn: typeof fetch): Promise<ClipIndex> {
  try {
    const response = await fetchFn(`${AUDIO_URL_PREFIX}${CLIP_INDEX_FILE}`);
    return response.ok ? parseClipIndex(await response.json()) : {};
  } catch {
    return {};
  }
}
