package org.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Clears a case of everything about the person, for the retention job and for an erasure (decision 0019):
 * the person's fields and languages, every free text (case notes, referral notes, note bodies) and the
 * eligibility facts frozen at sending; the open referrals are cancelled with a reason Passerelle gives.
 * What statistics need stays: the case's reference, desk, needs and dates, the consent records (who agreed
 * to share with which organisation, never about what), each referral's service, organisation, state,
 * coded reason and dates, and the timeline (codes only). Every step is a conditional or idempotent
 * statement, so a second run on the same case changes nothing (decision 0017).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseAnonymiser {

    private final ReferralCaseRepository cases;
    private final ReferralRepository referrals;
    private final CaseNoteRepository notes;
    private final CaseEventRepository events;
    private final AccessJournal journal;

    public CaseAnonymiser(ReferralCaseRepository cases, ReferralRepository referrals, CaseNoteRepository notes,
            CaseEventRepository events, AccessJournal journal) {
        this.cases = cases;
        this.referrals = referrals;
        this.notes = notes;
        this.events = events;
        this.journal = journal;
    }

    /** What one anonymisation did; null from {@link #anonymise} when the case was already anonymised. */
    public record Cleared(int referralsCancelled) {
    }

    /**
     * Anonymises the case unless it already is. The last contact is left as it was: it is the date the
     * retention ran from, and anonymising is no contact.
     */
    public Cleared anonymise(UUID caseId, Instant now, String cancelReason, Caller by) {
        int claimed = cases.update("personName = null, contactChannel = null, birthYear = null, personStatus = null, "
                + "anonymisedAt = ?1, version = version + 1 where id = ?2 and anonymisedAt is null", now, caseId);
        if (claimed == 0) {
            return null;
        }
        int cancelled = 0;
        for (Referral r : referrals.openOfCase(caseId)) {
            int changed = referrals.update("status = ?1, reason = ?2, closedAt = ?3, updatedAt = ?3, "
                    + "version = version + 1 where id = ?4 and status = ?5", ReferralStatus.CANCELLED, cancelReason,
                    now, r.id, r.status);
            if (changed == 1) {
                cancelled++;
                events.add(by, caseId, r.id, "referral-cancelled", cancelReason);
                journal.record(by, caseId, r.id, "referral-cancel");
            }
        }
        referrals.update("note = null, facts = null where caseId = ?1", caseId);
        notes.delete("caseId", caseId);
        // An element collection has no entity to bulk-delete through: plain SQL, the same on H2 and PostgreSQL.
        cases.getEntityManager().createNativeQuery("delete from case_language where case_id = ?1")
                .setParameter(1, caseId).executeUpdate();
        events.add(by, caseId, null, "case-anonymised", cancelReason);
        journal.record(by, caseId, null, "case-anonymise");
        return new Cleared(cancelled);
    }
}
