import type { Service, WayIn } from '../../../lib/api/client';

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
