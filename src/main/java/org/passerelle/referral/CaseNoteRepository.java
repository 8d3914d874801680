package org.passerelle.referral;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseNoteRepository implements PanacheRepositoryBase<CaseNote, UUID> {

    /** Every note of the case, its referrals' included, oldest first. */
    public List<CaseNote> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    public List<CaseNote> caseNotes(UUID caseId) {
        return list("caseId = ?1 and referralId is null order by createdAt, id", caseId);
    }

    public List<CaseNote> referralNotes(UUID referralId) {
        return list("referralId = ?1 order by createdAt, id", referralId);
    }
}
