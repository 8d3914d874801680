import type { Service } from '../../../lib/api/client';

/** One line of address for a service: its first place, else the town it works in. */
export function addressOf(service: Service | undefined): string | undefined {
  const place = service?.locations[0];
  if (place) {
    return [place.name, place.address1, [place.postalCode, place.city].filter(Boolean).join(' ')]
      .filter((part) => part && part.trim() !== '')
      .join(', ');
  }
  const territory = service?.territory;
  return territory?.city ?? territory?.note ?? undefined;
}
