// Where a service is held: the places it has, then the ones the partner has just chosen and not saved yet (a
// place is held once its hours are saved there), and the places left to choose from.
import type { PlaceSummary } from '../api/places';
import type { PlaceSchedule } from './schedule';

/** A chosen place, with no hours yet: its section saves the first ones, and so holds the service there. */
export function newPlace(place: PlaceSummary): PlaceSchedule {
  return {
    id: place.id,
    slug: place.slug,
    name: place.name,
    address1: place.address1 ?? null,
    postalCode: place.postalCode ?? null,
    city: place.city ?? null,
    timezone: place.timezone,
    illustrative: place.illustrative,
    schedule: { slots: [], closures: [] },
  };
}

/** The places held, then the chosen ones not held yet (once saved, a chosen place is among the held ones). */
export function shownPlaces(held: readonly PlaceSchedule[], chosen: readonly PlaceSchedule[]): PlaceSchedule[] {
  const slugs = new Set(held.map((p) => p.slug));
  return [...held, ...chosen.filter((p) => !slugs.has(p.slug))];
}

/** The places not shown yet, by town, then name. */
export function placesLeft(all: readonly PlaceSummary[], shown: readonly PlaceSchedule[]): PlaceSummary[] {
  const slugs = new Set(shown.map((p) => p.slug));
  return all
    .filter((p) => !slugs.has(p.slug))
    .sort((a, b) => (a.city ?? '').localeCompare(b.city ?? '') || a.name.localeCompare(b.name));
}
