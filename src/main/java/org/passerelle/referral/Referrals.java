package org.passerelle.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.passerelle.catalogue.CapacityDeclined;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.common.http.Preconditions;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.config.PasserelleConfig;
import org.passerelle.referral.ReferralCommand.Side;
import org.passerelle.referral.api.CommandInput;
import org.passerelle.referral.api.NoteInput;
import org.passerelle.referral.api.NoteView;
import org.passerelle.referral.api.PartnerReferralView;
import org.passerelle.referral.api.ReferralInput;
import org.passerelle.referral.api.ReferralPage;

/**
 * Referrals of a case to services, and the commands that move them (decision 0015): each command is
 * allowed from some states to one side, needs the version read (If-Match), and is journaled with its
 * timeline event. A partner sees a referral only once it is sent, and only its own organisation's: for
 * anyone else it does not exist (404).
 */
@ApplicationScoped
@Transactional
public class Referrals {

    private final ReferralRepository referrals;
    private final ReferralCases cases;
    private final ServiceOfferRepository services;
    private final CaseNoteRepository notes;
    private final CaseEventRepository events;
    private final AccessJournal journal;
    private final ReferralViews views;
    private final PasserelleConfig config;
    private final ObjectMapper mapper;
    private final Event<CapacityDeclined> capacityDeclined;
    private final ReferralMail mail;
    private final ReferralLinkRepository links;

    public Referrals(ReferralRepository referrals, ReferralCases cases, ServiceOfferRepository services,
            CaseNoteRepository notes, CaseEventRepository events, AccessJournal journal, ReferralViews views,
            PasserelleConfig config, ObjectMapper mapper, Event<CapacityDeclined> capacityDeclined, ReferralMail mail,
            ReferralLinkRepository links) {
        this.mail = mail;
        this.links = links;
        this.referrals = referrals;
        this.cases = cases;
        this.services = services;
        this.notes = notes;
        this.events = events;
        this.journal = journal;
        this.views = views;
        this.config = config;
        this.mapper = mapper;
        this.capacityDeclined = capacityDeclined;
    }

    /** A referral of the caller's case to one service; sent at once when asked. */
    public Object create(UUID caseId, ReferralInput input, Caller caller) {
        ReferralCase c = cases.ownCase(caseId, caller);
        if (c.anonymisedAt != null) {
            throw new ApiProblem(409, "case-anonymised", "Conflict", "The case was anonymised; open a new one.", null);
        }
        ServiceOffer service = services.findByIdOrSlug(input.service().strip()).filter(s -> s.status == ServiceStatus.ACTIVE)
                .orElseThrow(() -> ApiProblem.invalid("service", "matches no active service"));
        if (!c.consentedOrganizations().contains(service.organization.id)) {
            throw new ApiProblem(409, "outside-consent", "Conflict", "The person's consent does not cover "
                    + service.organization.name + ": record an amendment with them first "
                    + "(POST /api/v1/cases/{id}/consent-amendments).", null);
        }
        if (input.previous() != null) {
            Referral previous = referrals.findByIdOptional(input.previous()).filter(p -> p.caseId.equals(c.id))
                    .orElseThrow(() -> ApiProblem.invalid("previous", "is no referral of this case"));
            if (!previous.status.isFinal()) {
                throw ApiProblem.invalid("previous", "is still " + previous.status.code() + ": a re-referral follows a "
                        + "closed one");
            }
        }
        Instant now = Instant.now();
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.referralCase = c;
        r.caseId = c.id;
        r.serviceId = service.id;
        r.organizationId = service.organization.id;
        r.previousId = input.previous();
        r.status = ReferralStatus.DRAFT;
        r.need = input.need();
        r.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        r.createdBy = caller.actor().principal();
        r.createdAt = now;
        r.updatedAt = now;
        c.referrals.add(r);
        c.lastContactAt = now;
        referrals.persist(r);
        events.add(caller, c.id, r.id, "referral-created", null);
        journal.record(caller, c.id, r.id, "referral-create");
        if (Boolean.TRUE.equals(input.send())) {
            send(r, service, caller, now);
        }
        referrals.flush();
        return views.referral(r, caller);
    }

    /** Moves a referral: the command must be allowed from its state to the caller's side (else 409). */
    public Object command(UUID id, ReferralCommand command, String ifMatch, CommandInput input, Caller caller) {
        Referral r = visible(id, caller);
        Side side = side(r, caller);
        if (side == null) {
            throw new ApiProblem(403, "forbidden", "Forbidden", "Only the referring desk and the receiving "
                    + "organisation act on a referral.", null);
        }
        Preconditions.requireVersion(ifMatch, r.version);
        apply(r, side, command, input, caller);
        return views.referral(r, caller);
    }

    /**
     * Moves a referral through a signed link (the caller is the link, acting for the receiving organisation):
     * the same rules, timeline, journal and mail as the inbox, without If-Match since a link acts once.
     */
    PartnerReferralView commandByLink(Referral r, ReferralCommand command, CommandInput input, Caller caller) {
        apply(r, Side.PARTNER, command, input, caller);
        return views.partnerView(r);
    }

    private void apply(Referral r, Side side, ReferralCommand command, CommandInput input, Caller caller) {
        if (!command.allowedFor(side, r.status)) {
            throw new ApiProblem(409, "illegal-transition", "Conflict", "A referral that is " + r.status.code()
                    + " cannot be " + command.code() + " by you; allowed now: "
                    + String.join(", ", ReferralCommand.allowed(side, r.status)) + ".", List.of(
                            new org.passerelle.common.problem.FieldError("status", r.status.code()),
                            new org.passerelle.common.problem.FieldError("allowed",
                                    String.join(",", ReferralCommand.allowed(side, r.status)))));
        }
        String reason = input == null ? null : input.reason();
        switch (command) {
            case DECLINE -> requireCode(reason, ReferralCodes.DECLINE_REASONS, "decline reason");
            case COMPLETE -> requireCode(reason, ReferralCodes.OUTCOMES, "outcome");
            case CANCEL -> requireCode(reason, ReferralCodes.CANCEL_REASONS, "cancel reason");
            default -> reason = null;
        }
        Instant now = Instant.now();
        if (command == ReferralCommand.SEND) {
            ServiceOffer service = services.findByIdOptional(r.serviceId).orElseThrow();
            send(r, service, caller, now);
        } else {
            r.status = command.to();
            r.reason = reason;
            if (command == ReferralCommand.ACCEPT || command == ReferralCommand.DECLINE) {
                r.answeredAt = now;
            }
            if (r.status.isFinal()) {
                r.closedAt = now;
            }
        }
        r.updatedAt = now;
        r.referralCase.lastContactAt = now;
        if (input != null && input.note() != null && !input.note().isBlank()) {
            notes.persist(ReferralCases.newNote(r.caseId, r.id, input.note(), caller));
        }
        events.add(caller, r.caseId, r.id, "referral-" + r.status.code(), reason);
        journal.record(caller, r.caseId, r.id, "referral-" + command.code());
        if (command == ReferralCommand.DECLINE && "no-capacity".equals(reason)) {
            capacityDeclined.fire(new CapacityDeclined(r.serviceId, r.need, now));
        }
        if (command == ReferralCommand.CANCEL) {
            links.revokeForReferral(r.id, now);
        }
        if (command == ReferralCommand.ACCEPT) {
            mail.accepted(r, now);
        }
        mail.decision(r, r.status, now);
        referrals.flush();
    }

    /** One referral as the caller may see it (the desk's shape, or the partner's). */
    public Object get(UUID id, Caller caller) {
        Referral r = visible(id, caller);
        journal.record(caller, r.caseId, r.id, "referral-read");
        return views.referral(r, caller);
    }

    /** The FHIR R4 Task of a referral, for health and social-care systems. */
    public java.util.Map<String, Object> fhirTask(UUID id, Caller caller) {
        Referral r = visible(id, caller);
        journal.record(caller, r.caseId, r.id, "referral-read-fhir");
        return ReferralViews.fhirTask(r, services.findByIdOptional(r.serviceId).orElseThrow());
    }

    /** The caller's inbox: sent to its organisation (partners), or made by its desk (agents). */
    public ReferralPage list(ReferralRepository.Filter filter, int page, int size, Caller caller) {
        boolean partner = caller.partner() && !caller.agent();
        if (!partner && !caller.agent()) {
            throw new ApiProblem(403, "forbidden", "Forbidden", "Referral lists belong to a desk or a partner; "
                    + "coordinators read statistics.", null);
        }
        UUID org = caller.organization().orElseThrow();
        List<Referral> found = referrals.inbox(partner, org, filter, page, size);
        long total = referrals.countInbox(partner, org, filter);
        found.forEach(r -> journal.record(caller, r.caseId, r.id, "referral-list"));
        return new ReferralPage(page, size, total, (total + size - 1) / size,
                found.stream().map(r -> (org.passerelle.referral.api.ReferralItem) views.referral(r, caller)).toList());
    }

    public List<NoteView> notes(UUID id, Caller caller) {
        Referral r = ofASide(id, caller);
        journal.record(caller, r.caseId, r.id, "referral-notes-read");
        return notes.referralNotes(r.id).stream().map(ReferralViews::note).toList();
    }

    public NoteView addNote(UUID id, NoteInput input, Caller caller) {
        Referral r = ofASide(id, caller);
        CaseNote note = ReferralCases.newNote(r.caseId, r.id, input.body(), caller);
        notes.persist(note);
        r.referralCase.lastContactAt = note.createdAt;
        events.add(caller, r.caseId, r.id, "referral-note-added", null);
        journal.record(caller, r.caseId, r.id, "referral-note-create");
        return ReferralViews.note(note);
    }

    /** Expires the sent referrals left unanswered past the expiry delay: a conditional update per row. */
    public int expireOverdue(Instant now) {
        Instant sentBefore = now.minus(Duration.ofDays(config.referrals().expiryDays()));
        int expired = 0;
        Caller system = ReferralViews.SYSTEM;
        for (Referral r : referrals.sentBefore(sentBefore)) {
            int changed = referrals.update("status = ?1, closedAt = ?2, updatedAt = ?2, version = version + 1 "
                    + "where id = ?3 and status = ?4", ReferralStatus.EXPIRED, now, r.id, ReferralStatus.SENT);
            if (changed == 1) {
                expired++;
                events.add(system, r.caseId, r.id, "referral-expired", null);
                journal.record(system, r.caseId, r.id, "referral-expire");
                links.revokeForReferral(r.id, now);
                mail.expired(r, now);
            }
        }
        return expired;
    }

    /**
     * Reminds the partners of the sent referrals whose answer is due within the reminder delay: once per
     * referral (the conditional update on reminded_at decides who mails, even across two runs).
     */
    public int remindUnanswered(Instant now) {
        Instant dueBy = now.plus(Duration.ofDays(config.referrals().reminderDaysBeforeDue()));
        int reminded = 0;
        for (Referral r : referrals.toRemind(dueBy)) {
            if (referrals.update("remindedAt = ?1 where id = ?2 and status = ?3 and remindedAt is null", now, r.id,
                    ReferralStatus.SENT) == 1) {
                reminded++;
                journal.record(ReferralViews.SYSTEM, r.caseId, r.id, "referral-remind");
                mail.reminder(r, now);
            }
        }
        return reminded;
    }

    /** Reminds the partners of the referrals accepted long ago and still without an outcome: once each. */
    public int remindWithoutOutcome(Instant now) {
        Instant answeredBefore = now.minus(Duration.ofDays(config.referrals().outcomeReminderDays()));
        int reminded = 0;
        for (Referral r : referrals.withoutOutcome(answeredBefore)) {
            if (referrals.update("outcomeRemindedAt = ?1 where id = ?2 and status in ?3 and outcomeRemindedAt is null",
                    now, r.id, List.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)) == 1) {
                reminded++;
                journal.record(ReferralViews.SYSTEM, r.caseId, r.id, "referral-remind-outcome");
                mail.outcomeReminder(r, now);
            }
        }
        return reminded;
    }

    private void send(Referral r, ServiceOffer service, Caller caller, Instant now) {
        ReferralCase c = r.referralCase;
        if (!c.consentedOrganizations().contains(r.organizationId)) {
            throw new ApiProblem(409, "outside-consent", "Conflict",
                    "The person's consent no longer covers this organisation.", null);
        }
        r.status = ReferralStatus.SENT;
        r.sentAt = now;
        r.dueAt = now.plus(Duration.ofDays(config.referrals().answerDays()));
        // Frozen now: a later edit of the service's eligibility cannot widen what the partner sees.
        r.sharedFields = SharedFacts.sharedFields(c, service);
        r.statusShared = SharedFacts.statusShared(c, service);
        try {
            r.facts = mapper.writeValueAsString(SharedFacts.facts(c, service, SharedFacts.currentYear()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        events.add(caller, c.id, r.id, "referral-sent", null);
        mail.sent(r, now);
    }

    /**
     * A referral the caller may see: the referring desk's agents and a coordinator always, the receiving
     * organisation's partners once it is sent. Anyone else: 404, as if it did not exist.
     */
    Referral visible(UUID id, Caller caller) {
        Referral r = referrals.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("referral", id.toString()));
        boolean desk = caller.agentOf(r.referralCase.deskId);
        boolean partner = caller.partnerOf(r.organizationId) && r.status.visibleToPartner();
        if (!desk && !partner && !caller.coordinator()) {
            journal.recordDenied(caller, r.caseId, r.id);
            throw ApiProblem.notFound("referral", id.toString());
        }
        return r;
    }

    /** A referral the caller is a side of (its notes are the two sides'; a coordinator's read stops here). */
    private Referral ofASide(UUID id, Caller caller) {
        Referral r = visible(id, caller);
        if (side(r, caller) == null) {
            journal.recordDenied(caller, r.caseId, r.id);
            throw ApiProblem.notFound("referral", id.toString());
        }
        return r;
    }

    /** Which side the caller acts on, or null (a coordinator reads, it does not act). */
    static Side side(Referral r, Caller caller) {
        if (caller.agentOf(r.referralCase.deskId)) {
            return Side.DESK;
        }
        if (caller.partnerOf(r.organizationId) && r.status.visibleToPartner()) {
            return Side.PARTNER;
        }
        return null;
    }

    private static void requireCode(String code, java.util.Map<String, ?> codes, String what) {
        if (code == null || !codes.containsKey(code)) {
            throw ApiProblem.invalid("reason", "must be a " + what + " of GET /api/v1/referral-codes: "
                    + String.join(", ", codes.keySet()));
        }
    }
}
