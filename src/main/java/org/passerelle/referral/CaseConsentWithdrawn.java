package org.passerelle.referral;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The person withdrew their consent for these organisations (all of the consent's, or some: fired
 * synchronously, in the transaction of the withdrawal): whatever still waits to go out to them about the
 * case (queued mail, links) must be dropped with it; the other partners' stays.
 */
public record CaseConsentWithdrawn(UUID caseId, Set<UUID> organizations, Instant at) {
}
