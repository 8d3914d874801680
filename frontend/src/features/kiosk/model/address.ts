import type { Service, WayIn } from '../../../lib/api/client';
import type { TerritoryScope } from '../../../lib/triage/reasons';

/** The address of a place on one line: its name, street, postcode and town, as far as known. */
export function placeLine(place: {
  name?: string | null;
  address1?: string | null;
  postalCode?: string | null;
  city?: string | null;
}): string {
  return [place.name, place.address1, [place.postalCode, place.city].filter(Boolean).join(' ')]
    .filter((part) => part && part.trim() !== '')
    .join(', ');
}

/**
 * One line of address for a service: its first place (from the service, or from the plan's way in when the
 * service could not be loaded), else the town it works in.
 */
export function addressOf(service: Service | undefined, wayIn?: WayIn | null): string | undefined {
  const place = service?.locations[0] ?? wayIn?.place ?? undefined;
  if (place) {
    return placeLine(place);
  }
  const territory = service?.territory;
  return territory?.city ?? territory?.note ?? undefined;
}

/**
 * What the "Where" line says when no address is known: an offer usable from anywhere needs no trip. Any
 * other has no "Where" line: its way in says how to reach it (a contact, or the one-stop-shop desk), never
 * "address not known" (docs/architecture.md rule 13).
 */
export function noAddressKey(scope: TerritoryScope | undefined): 'plan.where.remote' | undefined {
  return scope === 'national-remote' ? 'plan.where.remote' : undefined;
}
