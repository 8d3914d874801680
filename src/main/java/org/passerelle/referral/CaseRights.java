package org.passerelle.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.passerelle.common.http.Preconditions;
import org.passerelle.common.idempotency.IdempotentCreates;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldError;
import org.passerelle.referral.api.CaseExport;
import org.passerelle.referral.api.CaseView;
import org.passerelle.referral.api.WithdrawalInput;

/**
 * The person's rights over their case (decision 0019): withdrawing consent (the desk records it with them),
 * the export of everything held (an access request) and erasure (a coordinator). Each is journaled; the
 * withdrawal and the erasure fire their events in the transaction, for what waits to go out about the case.
 */
@ApplicationScoped
@Transactional
public class CaseRights {

    private final ReferralCases cases;
    private final ReferralCaseRepository caseRows;
    private final ReferralRepository referrals;
    private final CaseNoteRepository notes;
    private final CaseEventRepository events;
    private final AccessJournal journal;
    private final ReferralViews views;
    private final CaseAnonymiser anonymiser;
    private final IdempotentCreates idempotency;
    private final Event<CaseConsentWithdrawn> withdrawn;
    private final Event<CaseErased> erased;

    public CaseRights(ReferralCases cases, ReferralCaseRepository caseRows, ReferralRepository referrals,
            CaseNoteRepository notes, CaseEventRepository events, AccessJournal journal, ReferralViews views,
            CaseAnonymiser anonymiser, IdempotentCreates idempotency, Event<CaseConsentWithdrawn> withdrawn,
            Event<CaseErased> erased) {
        this.cases = cases;
        this.caseRows = caseRows;
        this.referrals = referrals;
        this.notes = notes;
        this.events = events;
        this.journal = journal;
        this.views = views;
        this.anonymiser = anonymiser;
        this.idempotency = idempotency;
        this.withdrawn = withdrawn;
        this.erased = erased;
    }

    /**
     * The person withdraws their consent, for some organisations or (none named) for all. Their partners
     * lose access at once, even to closed referrals (their reads answer 404 and are journaled as denied);
     * the open referrals to them are cancelled ("consent-withdrawn"); the consent records that named them
     * are marked withdrawn, and what the person kept of each is restated in a REMAINDER record. Referring to
     * them again needs a new consent (an amendment). No If-Match: a withdrawal must never fail because the
     * case moved meanwhile, and two withdrawals commute.
     */
    public CaseView withdraw(UUID id, WithdrawalInput input, Caller caller) {
        ReferralCase c = cases.ownCase(id, caller);
        ReferralCases.requireNotAnonymised(c);
        Set<UUID> consented = c.consentedOrganizations();
        Set<UUID> leaving = input == null || input.organizations() == null ? consented
                : withinConsent(input.organizations(), consented);
        if (leaving.isEmpty()) {
            throw new ApiProblem(409, "nothing-to-withdraw", "Conflict", "The person's consent covers no organisation "
                    + "now: there is nothing to withdraw.", null);
        }
        Instant now = Instant.now();
        for (CaseConsent record : List.copyOf(c.consents)) {
            if (record.withdrawnAt != null || record.organizations.stream().noneMatch(leaving::contains)) {
                continue;
            }
            record.withdrawnAt = now;
            Set<UUID> kept = new LinkedHashSet<>(record.organizations);
            kept.removeAll(leaving);
            if (!kept.isEmpty()) {
                c.consents.add(ReferralCases.consent(c, CaseConsent.Kind.REMAINDER, kept, List.copyOf(record.fields),
                        record.textVersion, record.textLang, caller, now));
            }
        }
        for (Referral r : c.referrals) {
            if (!leaving.contains(r.organizationId)) {
                continue;
            }
            if (r.accessEndedAt == null) {
                r.accessEndedAt = now;
            }
            if (!r.status.isFinal()) {
                r.status = ReferralStatus.CANCELLED;
                r.reason = "consent-withdrawn";
                r.closedAt = now;
                r.updatedAt = now;
                events.add(caller, c.id, r.id, "referral-cancelled", "consent-withdrawn");
                journal.record(caller, c.id, r.id, "referral-cancel");
            }
        }
        // Recording the person's withdrawal is a contact: the retention runs from here.
        c.lastContactAt = now;
        events.add(caller, c.id, null, "consent-withdrawn", null);
        caseRows.flush();
        journal.record(caller, c.id, null, "consent-withdraw");
        withdrawn.fire(new CaseConsentWithdrawn(c.id, Set.copyOf(leaving), now));
        return views.caseView(c, caller, true);
    }

    /** Everything about the person of the case: the desk's agents, or a coordinator answering a request. */
    public CaseExport export(UUID id, Caller caller) {
        ReferralCase c = cases.readable(id, caller);
        journal.record(caller, c.id, null, "case-export");
        caseRows.flush();
        CaseView.PersonView person = c.anonymisedAt != null ? null : new CaseView.PersonView(c.personName,
                List.copyOf(c.languages), ReferralViews.code(c.contactChannel), c.birthYear,
                ReferralViews.code(c.personStatus));
        List<CaseExport.ConsentRecord> consents = c.consents.stream().map(k -> new CaseExport.ConsentRecord(
                k.kind.name().toLowerCase(java.util.Locale.ROOT), k.textVersion, k.textLang, k.recordedBy, k.recordedAt,
                k.withdrawnAt, k.organizations.stream().map(views::organization).toList(), List.copyOf(k.fields)))
                .toList();
        List<CaseExport.ReferralRecord> referralRecords = c.referrals.stream().map(r -> new CaseExport.ReferralRecord(
                r.id, views.service(r.serviceId), views.organization(r.organizationId), r.status, r.need, r.note,
                r.reason, r.previousId, r.createdAt, r.sentAt, r.dueAt, r.answeredAt, r.closedAt, r.accessEndedAt,
                List.copyOf(SharedFacts.parse(r.sharedFields)))).toList();
        return new CaseExport(Instant.now(), c.id, c.reference, views.organization(c.deskId), c.openedBy, c.openedAt,
                c.lastContactAt, c.anonymisedAt, c.erasedAt, person, List.copyOf(c.needs), consents, referralRecords,
                notes.ofCase(c.id).stream().map(ReferralViews::note).toList(),
                events.timeline(c.id).stream().map(ReferralViews::event).toList(),
                journal.allForCase(c.id).stream().map(AccessJournal::view).toList());
    }

    /**
     * Erases the case on the person's request, at once: anonymised as the retention would (the open
     * referrals cancelled "erased-on-request"), the partners' access ended, and every stored idempotent
     * response that names the case, its referrals or its notes purged (they hold the name and the notes).
     * The rows stay, without anything personal, so the statistics keep their counts.
     */
    public void erase(UUID id, String ifMatch, Caller caller) {
        ReferralCase c = cases.readable(id, caller);
        Preconditions.requireVersion(ifMatch, c.version);
        if (c.erasedAt != null) {
            throw new ApiProblem(409, "case-erased", "Conflict", "The case was erased already.", null);
        }
        Instant now = Instant.now();
        List<String> mentions = new ArrayList<>();
        mentions.add(c.id.toString());
        c.referrals.forEach(r -> mentions.add(r.id.toString()));
        notes.ofCase(c.id).forEach(n -> mentions.add(n.id.toString()));
        referrals.update("accessEndedAt = ?1 where caseId = ?2 and accessEndedAt is null", now, c.id);
        anonymiser.anonymise(c.id, now, "erased-on-request", caller);
        caseRows.update("erasedAt = ?1, anonymisedAt = coalesce(anonymisedAt, ?1) where id = ?2", now, c.id);
        idempotency.purgeMentioning(mentions);
        events.add(caller, c.id, null, "case-erased", null);
        journal.record(caller, c.id, null, "case-erase");
        erased.fire(new CaseErased(c.id));
    }

    private Set<UUID> withinConsent(List<String> refs, Set<UUID> consented) {
        Set<UUID> ids = cases.resolveOrganizations(refs, "organizations");
        List<FieldError> errors = new ArrayList<>();
        int i = 0;
        for (UUID org : ids) {
            if (!consented.contains(org)) {
                errors.add(new FieldError("organizations[" + i + "]", "is not within the person's consent now"));
            }
            i++;
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return ids;
    }
}
