package org.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * The person withdrew their consent (fired synchronously, in the transaction of the withdrawal): whatever
 * still waits to go out about the case (queued mail, links) must be dropped with it.
 */
public record CaseConsentWithdrawn(UUID caseId, Instant at) {
}
