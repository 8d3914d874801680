// Where a service is held, as rules: a chosen place shows until it is saved, then it is among the held ones
// (never twice), and only the places not shown are offered, by town then name.
import { describe, expect, it } from 'vitest';
import type { PlaceSummary } from '../api/places';
import { newPlace, placesLeft, shownPlaces } from './places';

const place = (slug: string, name: string, city: string | null): PlaceSummary => ({
  id: `a0000000-0000-4000-8000-${slug.length.toString().padStart(12, '0')}`,
  slug,
  name,
  city,
  timezone: 'Europe/Paris',
  illustrative: false,
});
const NANCY = place('guichet-nancy', 'Guichet unique', 'Nancy');
const METZ = place('maison-metz', 'Maison des associations', 'Metz');
const NOWHERE = place('en-ligne', 'En ligne', null);

describe('the places of a service', () => {
  it('starts a chosen place with no hours, in its own time zone', () => {
    expect(newPlace(METZ)).toEqual({
      id: METZ.id,
      slug: 'maison-metz',
      name: 'Maison des associations',
      address1: null,
      postalCode: null,
      city: 'Metz',
      timezone: 'Europe/Paris',
      illustrative: false,
      schedule: { slots: [], closures: [] },
    });
  });

  it('shows a chosen place until it is held, then once', () => {
    const held = [newPlace(NANCY)];
    const chosen = [newPlace(METZ)];
    expect(shownPlaces(held, chosen).map((p) => p.slug)).toEqual(['guichet-nancy', 'maison-metz']);
    expect(shownPlaces([...held, newPlace(METZ)], chosen).map((p) => p.slug)).toEqual(['guichet-nancy', 'maison-metz']);
  });

  it('offers only the places not shown, by town then name', () => {
    expect(placesLeft([NANCY, METZ, NOWHERE], [newPlace(NANCY)]).map((p) => p.slug)).toEqual(['en-ligne', 'maison-metz']);
    expect(placesLeft([NANCY], [newPlace(NANCY)])).toEqual([]);
  });
});
