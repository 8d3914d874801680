package org.passerelle.audit;

import org.passerelle.identity.Actor;

/**
 * A kind of record whose audited changes a coordinator can revert. The implementation restores the
 * state recorded before the change (or, for a creation, retires the record) and audits that too.
 */
public interface Revertible {

    /** The entity type written in the audit trail. */
    String entityType();

    /**
     * @param event the change to undo; it must be the latest change of its record
     * @param actor the coordinator
     */
    void revert(AuditEvent event, Actor actor);
}
