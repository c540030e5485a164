// The arrondissements and neighbourhoods a report can name, shipped in resources/places/ and
// checked at start: a broken file stops the kiosk with the reason instead of showing an
// empty list to a citizen halfway through a report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Language, type Places, placesSchema } from '../../contract/kiosk-contract.js';
import { resourcesDir } from '../../config/resource-paths.js';

export const PLACES_FILE = join('places', 'casablanca.json');

export function loadPlaces(path = join(resourcesDir(), PLACES_FILE)): Places {
  const parsed = placesSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 5);
    throw new Error(`invalid places file ${path}: ${where.join('; ')}`);
  }
  const ids = new Set<string>();
  for (const a of parsed.data) {
    if (ids.has(a.id)) throw new Error(`invalid places file ${path}: arrondissement ${a.id} is listed twice`);
    ids.add(a.id);
    const inner = new Set(a.neighbourhoods.map((n) => n.id));
    if (inner.size !== a.neighbourhoods.length) throw new Error(`invalid places file ${path}: a neighbourhood of ${a.id} is listed twice`);
  }
  return parsed.data;
}

export interface PlaceNames {
  arrondissement: string;
  neighbourhood: string;
}

/** The names of a neighbourhood and its arrondissement, or undefined when they do not match. */
export function findPlace(places: Places, arrondissementId: string, neighbourhoodId: string, language: Language): PlaceNames | undefined {
  const arrondissement = places.find((a) => a.id === arrondissementId);
  const neighbourhood = arrondissement?.neighbourhoods.find((n) => n.id === neighbourhoodId);
  if (!arrondissement || !neighbourhood) return undefined;
  return { arrondissement: arrondissement.name[language], neighbourhood: neighbourhood.name[language] };
}
