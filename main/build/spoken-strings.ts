// The strings a citizen can hear, read from resources/locales/ exactly as the kiosk merges
// them (a root file per language plus one file per feature), limited to the spoken namespaces.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../contract/kiosk-contract.js';
import { SPOKEN_NAMESPACES } from '../../renderer/speech/spoken-namespaces.js';

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (typeof value === 'string') {
    out.set(prefix, value);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, `${prefix}.${key}`, out);
  }
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** key → text of one screen language, for the spoken namespaces only. */
export function spokenStrings(localesDir: string, language: Language): Map<string, string> {
  const tree: Record<string, unknown> = { ...readJson(join(localesDir, `${language}.json`)) };
  const featureDir = join(localesDir, language);
  if (existsSync(featureDir)) {
    for (const file of readdirSync(featureDir)) {
      const match = /^([a-z0-9-]+)\.json$/.exec(file);
      if (match?.[1]) tree[match[1]] = readJson(join(featureDir, file));
    }
  }
  const out = new Map<string, string>();
  for (const namespace of SPOKEN_NAMESPACES) {
    if (namespace in tree) flatten(tree[namespace], namespace, out);
  }
  return out;
}
