import type { Service } from '../../../lib/api/client';
import type { TerritoryScope } from './reasons';

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

/**
 * What the "Where" line says when no address is known: an offer usable from anywhere needs no trip; any
 * other says to contact them first (its reasons say whether it has branches or where it is is not known).
 */
export function noAddressKey(scope: TerritoryScope | undefined): 'plan.where.remote' | 'plan.noAddress' {
  return scope === 'national-remote' ? 'plan.where.remote' : 'plan.noAddress';
}
