package org.passerelle.catalogue;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner declined a referral to one of its services for lack of capacity. Fired by the referral
 * cases (above the catalogue), observed by whatever keeps the capacity signal and the unmet needs, so
 * neither package imports the other.
 */
public record CapacityDeclined(UUID serviceId, String need, Instant at) {
}
