package org.passerelle.referral;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.passerelle.audit.AuditAction;
import org.passerelle.audit.AuditTrail;
import org.passerelle.common.http.Preconditions;
import org.passerelle.common.idempotency.IdempotentCreates;
import org.passerelle.identity.Actor;
import org.passerelle.referral.api.RetentionPolicyInput;
import org.passerelle.referral.api.RetentionPolicyView;

/**
 * Retention (rule 4, decision 0019): a case is anonymised a number of months after its last contact (24 by
 * default; a coordinator may shorten it to 6, never lengthen it past the CNIL's 2 years of active base), and
 * the access journal is kept 12 months. The purge itself runs daily on one replica (RetentionJob) with the
 * instant it is given, so tests run it on a fixed clock.
 */
@ApplicationScoped
@Transactional
public class Retention {

    /** The CNIL référentiel for social support: 2 years of active base from the last contact, at most. */
    public static final int MAX_CASE_MONTHS = 24;
    /**
     * Below six months a person followed through a slow procedure (an asylum claim, a housing wait) could
     * lose their case between two contacts: the desk would have to collect everything again.
     */
    public static final int MIN_CASE_MONTHS = 6;
    /** The CNIL recommends keeping access logs six months to a year: the year, for the investigations. */
    public static final int JOURNAL_MONTHS = 12;

    private final ReferralCaseRepository cases;
    private final CaseAnonymiser anonymiser;
    private final AccessJournal journal;
    private final AuditTrail audit;

    public Retention(ReferralCaseRepository cases, CaseAnonymiser anonymiser, AccessJournal journal, AuditTrail audit) {
        this.cases = cases;
        this.anonymiser = anonymiser;
        this.journal = journal;
        this.audit = audit;
    }

    /** What one run did: counts only, never whose. */
    public record Summary(int casesAnonymised, int referralsCancelled, int journalRowsPurged) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RetentionPolicyView policy() {
        return view(row());
    }

    /** A coordinator's new delay: If-Match on the policy's version, bounds checked at the edge, audited. */
    public RetentionPolicyView update(String ifMatch, RetentionPolicyInput input, Actor actor) {
        RetentionPolicy policy = row();
        Preconditions.requireVersion(ifMatch, policy.version);
        Map<String, Object> before = Map.of("caseMonths", policy.caseMonths);
        policy.caseMonths = input.caseMonths();
        policy.updatedAt = Instant.now();
        policy.updatedBy = actor.principal();
        cases.getEntityManager().flush();
        audit.recordChange(actor, AuditAction.UPDATE, "retention-policy", RetentionPolicy.CASES, policy.version, before,
                Map.of("caseMonths", policy.caseMonths), null);
        return view(policy);
    }

    /**
     * Anonymises every case whose last contact is more than the delay before {@code now} (its open
     * referrals cancelled "retention-period-over"), and purges the journal rows older than 12 months.
     * Months are counted in the city's calendar.
     */
    public Summary run(Instant now) {
        Instant cutoff = now.atZone(ReferralCases.CITY).minusMonths(row().caseMonths).toInstant();
        int anonymised = 0;
        int cancelled = 0;
        for (UUID id : cases.dueForAnonymisation(cutoff)) {
            CaseAnonymiser.Cleared cleared = anonymiser.anonymise(id, now, "retention-period-over",
                    ReferralViews.SYSTEM);
            if (cleared != null) {
                anonymised++;
                cancelled += cleared.referralsCancelled();
            }
        }
        int purged = journal.purgeOlderThan(now.atZone(ReferralCases.CITY).minusMonths(JOURNAL_MONTHS).toInstant());
        return new Summary(anonymised, cancelled, purged);
    }

    private RetentionPolicy row() {
        return cases.getEntityManager().find(RetentionPolicy.class, RetentionPolicy.CASES);
    }

    private static RetentionPolicyView view(RetentionPolicy p) {
        return new RetentionPolicyView(p.caseMonths, MIN_CASE_MONTHS, MAX_CASE_MONTHS, JOURNAL_MONTHS,
                (int) IdempotentCreates.RETENTION.toHours(), p.updatedAt, p.updatedBy, p.version);
    }
}
