package org.passerelle.referral;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.Organization;
import org.passerelle.catalogue.OrganizationRepository;
import org.passerelle.catalogue.vocabulary.OrganizationKind;
import org.passerelle.common.api.Refs;
import org.passerelle.common.http.Preconditions;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldError;
import org.passerelle.referral.api.AmendmentInput;
import org.passerelle.referral.api.CaseInput;
import org.passerelle.referral.api.CasePage;
import org.passerelle.referral.api.CaseSummary;
import org.passerelle.referral.api.CaseView;
import org.passerelle.referral.api.NoteInput;
import org.passerelle.referral.api.NoteView;
import org.passerelle.referral.api.TimelineEventView;

/**
 * Opens and reads referral cases (rules 2 and 4; the status firewall). Every read and write is journaled
 * in its own transaction. Only the desk's agents see the person; a coordinator sees metadata, and the
 * person only when acting on a GDPR request (journaled as such); anyone else gets a 404, never a hint
 * that the case exists.
 */
@ApplicationScoped
@Transactional
public class ReferralCases {

    static final ZoneId CITY = ZoneId.of("Europe/Paris");

    private final ReferralCaseRepository cases;
    private final OrganizationRepository organizations;
    private final ConsentTexts consentTexts;
    private final CaseNoteRepository notes;
    private final CaseEventRepository events;
    private final AccessJournal journal;
    private final ReferralViews views;

    public ReferralCases(ReferralCaseRepository cases, OrganizationRepository organizations, ConsentTexts consentTexts,
            CaseNoteRepository notes, CaseEventRepository events, AccessJournal journal, ReferralViews views) {
        this.cases = cases;
        this.organizations = organizations;
        this.consentTexts = consentTexts;
        this.notes = notes;
        this.events = events;
        this.journal = journal;
        this.views = views;
    }

    /** Opens a case for the agent's desk, with its consent (no case without one: rule 2). */
    public CaseView open(CaseInput input, Caller caller) {
        UUID desk = deskOf(caller);
        consentTexts.require(input.consent().textVersion(), input.consent().textLang(), "consent.textVersion");
        Set<UUID> scope = resolveOrganizations(input.consent().organizations(), "consent.organizations");
        Instant now = Instant.now();
        ReferralCase c = new ReferralCase();
        c.id = UUID.randomUUID();
        c.deskId = desk;
        c.reference = nextReference(desk, now);
        c.openedBy = caller.actor().principal();
        c.openedAt = now;
        c.lastContactAt = now;
        c.personName = input.person().name().strip();
        c.contactChannel = input.person().contactChannel();
        c.birthYear = input.person().birthYear();
        c.personStatus = input.person().status();
        if (input.person().languages() != null) {
            c.languages.addAll(input.person().languages());
        }
        c.needs.addAll(input.needs());
        c.consents.add(consent(c, CaseConsent.Kind.INITIAL, scope, input.consent().fields(),
                input.consent().textVersion(), input.consent().textLang(), caller, now));
        cases.persist(c);
        events.add(caller, c.id, null, "case-opened", null);
        journal.record(caller, c.id, null, "case-create");
        return views.caseView(c, caller, true);
    }

    /** A case the caller may see: the desk's agents (the person), a coordinator (metadata, or all for GDPR). */
    @Transactional
    public CaseView get(UUID id, boolean gdprRequest, Caller caller) {
        ReferralCase c = readable(id, caller);
        boolean person = caller.agentOf(c.deskId) || caller.coordinator() && gdprRequest;
        journal.record(caller, c.id, null, person && !caller.agentOf(c.deskId) ? "case-read-gdpr" : "case-read");
        return views.caseView(c, caller, person);
    }

    /**
     * The desk's cases, newest first; a coordinator's list has no person's name. A reference narrows it to
     * that case: references are unique per desk and year only, so a coordinator may get one per desk.
     */
    public CasePage list(Caller caller, int page, int size, Optional<String> reference) {
        List<ReferralCase> found;
        long total;
        if (caller.agent() && caller.organization().isPresent()) {
            UUID desk = caller.organization().get();
            found = cases.findByDesk(Optional.of(desk), reference, page, size);
            total = cases.countByDesk(Optional.of(desk), reference);
        } else if (caller.coordinator()) {
            found = cases.findByDesk(Optional.empty(), reference, page, size);
            total = cases.countByDesk(Optional.empty(), reference);
        } else {
            throw new ApiProblem(403, "forbidden", "Forbidden", "Cases are the desk's.", null);
        }
        List<CaseSummary> items = new ArrayList<>();
        for (ReferralCase c : found) {
            journal.record(caller, c.id, null, "case-list");
            Map<String, Integer> byStatus = new TreeMap<>();
            c.referrals.forEach(r -> byStatus.merge(r.status.code(), 1, Integer::sum));
            items.add(new CaseSummary(c.id, c.reference, c.deskId, caller.agentOf(c.deskId) ? c.personName : null,
                    c.openedAt, c.lastContactAt, List.copyOf(c.needs), byStatus));
        }
        return new CasePage(page, size, total, (total + size - 1) / size, items);
    }

    /** Widens the consent before referring outside it (recorded with the person). */
    public CaseView amend(UUID id, String ifMatch, AmendmentInput input, Caller caller) {
        ReferralCase c = ownCase(id, caller);
        Preconditions.requireVersion(ifMatch, c.version);
        requireNotAnonymised(c);
        consentTexts.require(input.textVersion(), input.textLang(), "textVersion");
        Set<UUID> scope = resolveOrganizations(input.organizations(), "organizations");
        Instant now = Instant.now();
        c.consents.add(consent(c, CaseConsent.Kind.AMENDMENT, scope, input.fields() == null ? List.of() : input.fields(),
                input.textVersion(), input.textLang(), caller, now));
        c.lastContactAt = now;
        events.add(caller, c.id, null, "consent-amended", null);
        // The version moves when the change is flushed; the answer carries the new one.
        cases.flush();
        journal.record(caller, c.id, null, "consent-amend");
        return views.caseView(c, caller, true);
    }

    public List<NoteView> caseNotes(UUID id, Caller caller) {
        ReferralCase c = ownCase(id, caller);
        journal.record(caller, c.id, null, "case-notes-read");
        return notes.caseNotes(c.id).stream().map(ReferralViews::note).toList();
    }

    public NoteView addCaseNote(UUID id, NoteInput input, Caller caller) {
        ReferralCase c = ownCase(id, caller);
        requireNotAnonymised(c);
        CaseNote note = newNote(c.id, null, input.body(), caller);
        notes.persist(note);
        c.lastContactAt = note.createdAt;
        events.add(caller, c.id, null, "case-note-added", null);
        journal.record(caller, c.id, null, "case-note-create");
        return ReferralViews.note(note);
    }

    public List<TimelineEventView> timeline(UUID id, Caller caller) {
        ReferralCase c = ownCase(id, caller);
        journal.record(caller, c.id, null, "timeline-read");
        return events.timeline(c.id).stream().map(ReferralViews::event).toList();
    }

    /**
     * Nothing new about the person goes into an anonymised case (the retention or an erasure cleared it, and
     * would not clear it again): the desk opens a new one.
     */
    static void requireNotAnonymised(ReferralCase c) {
        if (c.anonymisedAt != null) {
            throw new ApiProblem(409, "case-anonymised", "Conflict", "The case was anonymised; open a new one.", null);
        }
    }

    static CaseNote newNote(UUID caseId, UUID referralId, String body, Caller caller) {
        CaseNote note = new CaseNote();
        note.id = UUID.randomUUID();
        note.caseId = caseId;
        note.referralId = referralId;
        note.author = caller.actor().principal();
        note.authorOrganizationId = caller.organization().orElse(null);
        note.body = body.strip();
        note.createdAt = Instant.now();
        return note;
    }

    /** A case of the caller's desk (agents only); anyone else: 404. */
    ReferralCase ownCase(UUID id, Caller caller) {
        ReferralCase c = find(id);
        if (!caller.agentOf(c.deskId)) {
            journal.recordDenied(caller, c.id, null);
            throw ApiProblem.notFound("case", id.toString());
        }
        return c;
    }

    /** A case the caller may read at all: its desk's agents, or a coordinator. */
    ReferralCase readable(UUID id, Caller caller) {
        ReferralCase c = find(id);
        if (!caller.agentOf(c.deskId) && !caller.coordinator()) {
            journal.recordDenied(caller, c.id, null);
            throw ApiProblem.notFound("case", id.toString());
        }
        return c;
    }

    private ReferralCase find(UUID id) {
        return cases.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("case", id.toString()));
    }

    /** The desk an agent acts for: an organisation of kind public authority, through the membership table. */
    UUID deskOf(Caller caller) {
        UUID org = caller.organization().filter(o -> caller.agent()).orElseThrow(() -> new ApiProblem(403,
                "no-desk", "Forbidden", "Your account acts for no desk; ask a coordinator to add your membership.", null));
        Organization desk = organizations.findByIdOptional(org).orElseThrow(() -> new ApiProblem(403, "no-desk",
                "Forbidden", "Your desk is not in the directory.", null));
        if (desk.kind != OrganizationKind.PUBLIC_AUTHORITY) {
            throw new ApiProblem(403, "no-desk", "Forbidden",
                    "Cases are opened by a desk (a public authority); your account acts for another kind of organisation.",
                    null);
        }
        return org;
    }

    Set<UUID> resolveOrganizations(List<String> refs, String field) {
        Set<UUID> ids = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            var found = organizations.findByIdOrSlug(refs.get(i).strip());
            if (found.isPresent()) {
                ids.add(found.get().id);
            } else {
                errors.add(new FieldError(field + "[" + i + "]", "matches no organisation"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return ids;
    }

    static CaseConsent consent(ReferralCase c, CaseConsent.Kind kind, Set<UUID> organizations,
            List<PersonField> fields, String version, String lang, Caller caller, Instant now) {
        CaseConsent consent = new CaseConsent();
        consent.id = UUID.randomUUID();
        consent.referralCase = c;
        consent.kind = kind;
        consent.organizations.addAll(organizations);
        consent.fields.addAll(fields);
        consent.textVersion = version;
        consent.textLang = lang;
        consent.recordedBy = caller.actor().principal();
        consent.recordedAt = now;
        return consent;
    }

    /** PAS-2026-000123: the desk's counter for the year, bumped under a row lock (unique per desk and year). */
    private String nextReference(UUID desk, Instant now) {
        int year = now.atZone(CITY).getYear();
        var em = cases.getEntityManager();
        CaseReferenceCounter.Key key = new CaseReferenceCounter.Key(desk, year);
        CaseReferenceCounter counter = em.find(CaseReferenceCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new CaseReferenceCounter();
            counter.id = key;
            counter.lastValue = 0;
            em.persist(counter);
        }
        counter.lastValue++;
        return String.format("PAS-%d-%06d", year, counter.lastValue);
    }

    static Refs.OrganizationRef ref(Organization o) {
        return new Refs.OrganizationRef(o.id, o.slug, o.name);
    }
}
