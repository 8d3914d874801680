package org.passerelle.referral;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Records the withdrawal and erasure events, as the outbox and the signed links observe them. */
@ApplicationScoped
public class RightsEvents {

    private final List<UUID> withdrawn = new CopyOnWriteArrayList<>();
    private final List<UUID> erased = new CopyOnWriteArrayList<>();

    // Methods, not fields: the test holds a client proxy, whose own fields stay empty.
    boolean withdrawn(UUID caseId) {
        return withdrawn.contains(caseId);
    }

    boolean erased(UUID caseId) {
        return erased.contains(caseId);
    }

    void onWithdrawn(@Observes CaseConsentWithdrawn event) {
        withdrawn.add(event.caseId());
    }

    void onErased(@Observes CaseErased event) {
        erased.add(event.caseId());
    }
}
