package org.passerelle.referral;

import java.util.UUID;

/**
 * A coordinator erased the case on the person's request (fired synchronously, in the transaction of the
 * erasure): every row elsewhere that still points at the case (outbox, idempotency records) goes with it.
 */
public record CaseErased(UUID caseId) {
}
