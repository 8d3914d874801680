package org.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The access journal (rule 4 and the privacy rules): one row per read or write of a case, a referral or a
 * note, in the transaction of the access, so an access that happened is never missing. It holds who,
 * for which organisation, what, when and through which channel; never content. Nothing here updates or
 * deletes a row except {@link #purgeOlderThan}, which only the retention job calls.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccessJournal implements PanacheRepositoryBase<AccessJournalEntry, UUID> {

    public void record(Caller caller, UUID caseId, UUID referralId, String action) {
        AccessJournalEntry entry = new AccessJournalEntry();
        entry.id = UUID.randomUUID();
        entry.occurredAt = Instant.now();
        entry.principalKind = caller.actor().kind();
        entry.principal = caller.actor().principal();
        entry.organizationId = caller.organization().orElse(null);
        entry.caseId = caseId;
        entry.referralId = referralId;
        entry.action = action;
        entry.channel = caller.channel();
        persist(entry);
    }

    /**
     * An attempt refused because the record is not the caller's (answered 404): kept in a transaction of
     * its own, since the refusal rolls the request's transaction back. Probing for others' cases shows.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDenied(Caller caller, UUID caseId, UUID referralId) {
        record(caller, caseId, referralId, "denied");
    }

    /** A coordinator reads a case's journal; the reading is journaled too. */
    @Transactional(Transactional.TxType.REQUIRED)
    public org.passerelle.referral.api.JournalPage page(Caller caller, UUID caseId, int page, int size) {
        record(caller, caseId, null, "journal-read");
        long total = countForCase(caseId);
        var items = forCase(caseId, page, size).stream().map(AccessJournal::view).toList();
        return new org.passerelle.referral.api.JournalPage(page, size, total, (total + size - 1) / size, items);
    }

    static org.passerelle.referral.api.JournalEntryView view(AccessJournalEntry e) {
        return new org.passerelle.referral.api.JournalEntryView(e.occurredAt, e.principalKind.code(), e.principal,
                e.organizationId, e.caseId, e.referralId, e.action, e.channel);
    }

    /** Every row about a case, oldest first (a GDPR export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<AccessJournalEntry> allForCase(UUID caseId) {
        return list("caseId = ?1 order by occurredAt, id", caseId);
    }

    /**
     * The journal's only delete path, for the retention job (rule 4): the rows older than the cutoff. The
     * CNIL recommends keeping access logs six months to a year; Passerelle keeps 12 months.
     */
    int purgeOlderThan(Instant cutoff) {
        return (int) delete("occurredAt < ?1", cutoff);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<AccessJournalEntry> forCase(UUID caseId, int page, int size) {
        return find("caseId = ?1 order by occurredAt, id", caseId).page(page - 1, size).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countForCase(UUID caseId) {
        return count("caseId", caseId);
    }
}
