package org.passerelle.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.passerelle.catalogue.Organization;
import org.passerelle.catalogue.OrganizationRepository;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.common.api.Refs;
import org.passerelle.identity.Actor;
import org.passerelle.identity.PrincipalKind;
import org.passerelle.referral.ReferralCommand.Side;
import org.passerelle.referral.api.CaseView;
import org.passerelle.referral.api.NoteView;
import org.passerelle.referral.api.PartnerReferralView;
import org.passerelle.referral.api.ReferralView;

/**
 * Entities to API shapes. The partner's shape is built from the fields frozen at sending, never from
 * the live case, so nothing the consent or the firewall kept back can reach it.
 */
@ApplicationScoped
public class ReferralViews {

    /** The scheduler, in the timeline and the journal. */
    static final Caller SYSTEM = new Caller(new Actor(PrincipalKind.CLIENT, "passerelle-scheduler", Set.of(),
            Optional.empty()), "scheduler");

    private static final TypeReference<List<PartnerReferralView.Fact>> FACTS = new TypeReference<>() {
    };

    private final OrganizationRepository organizations;
    private final ServiceOfferRepository services;
    private final ObjectMapper mapper;

    public ReferralViews(OrganizationRepository organizations, ServiceOfferRepository services, ObjectMapper mapper) {
        this.organizations = organizations;
        this.services = services;
        this.mapper = mapper;
    }

    CaseView caseView(ReferralCase c, Caller caller, boolean withPerson) {
        CaseView.PersonView person = withPerson && c.anonymisedAt == null ? new CaseView.PersonView(c.personName,
                List.copyOf(c.languages), code(c.contactChannel), c.birthYear, code(c.personStatus)) : null;
        List<CaseView.ConsentRecordView> records = c.consents.stream().map(k -> new CaseView.ConsentRecordView(
                k.kind.name().toLowerCase(java.util.Locale.ROOT), k.textVersion, k.textLang, k.recordedBy, k.recordedAt,
                List.copyOf(k.organizations), List.copyOf(k.fields), k.withdrawnAt)).toList();
        CaseView.ConsentView consent = new CaseView.ConsentView(c.consentedOrganizations().stream()
                .map(this::organization).toList(), List.copyOf(c.consentedFields()), records);
        List<ReferralView> referrals = c.referrals.stream().map(r -> deskView(r, caller)).toList();
        return new CaseView(c.id, c.reference, organization(c.deskId), c.openedAt, c.lastContactAt, person,
                List.copyOf(c.needs), consent, referrals, c.anonymisedAt, c.version);
    }

    /** The partner's shape for the receiving organisation, the desk's for everyone else allowed to see it. */
    Object referral(Referral r, Caller caller) {
        Side side = Referrals.side(r, caller);
        return side == Side.PARTNER ? partnerView(r) : deskView(r, caller);
    }

    ReferralView deskView(Referral r, Caller caller) {
        Side side = Referrals.side(r, caller);
        // A coordinator reads metadata: the note may say things about the person.
        String note = caller.agentOf(r.referralCase.deskId) ? r.note : null;
        return new ReferralView(r.id, r.caseId, r.referralCase.reference, service(r.serviceId),
                organization(r.organizationId), r.status, r.need, note, r.reason, r.previousId, r.createdAt, r.sentAt,
                r.dueAt, r.answeredAt, r.closedAt, side == null ? List.of() : ReferralCommand.allowed(side, r.status),
                r.version);
    }

    PartnerReferralView partnerView(Referral r) {
        ReferralCase c = r.referralCase;
        PartnerReferralView.SharedPerson person = null;
        boolean accepted = r.status == ReferralStatus.ACCEPTED || r.status == ReferralStatus.IN_PROGRESS
                || r.status == ReferralStatus.COMPLETED || r.status == ReferralStatus.NO_SHOW
                || r.status == ReferralStatus.CANCELLED && r.answeredAt != null;
        if (accepted && c.anonymisedAt == null) {
            Set<PersonField> shared = SharedFacts.parse(r.sharedFields);
            person = new PartnerReferralView.SharedPerson(
                    shared.contains(PersonField.NAME) ? c.personName : null,
                    shared.contains(PersonField.CONTACT_CHANNEL) ? code(c.contactChannel) : null,
                    shared.contains(PersonField.BIRTH_YEAR) ? c.birthYear : null,
                    r.statusShared && shared.contains(PersonField.STATUS) ? code(c.personStatus) : null);
        }
        List<PartnerReferralView.Fact> facts;
        try {
            facts = r.facts == null ? List.of() : mapper.readValue(r.facts, FACTS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            facts = List.of();
        }
        return new PartnerReferralView(r.id, c.reference, service(r.serviceId), r.status, List.copyOf(c.needs),
                c.anonymisedAt == null ? List.copyOf(c.languages) : List.of(), r.note, facts, person, r.reason,
                r.sentAt, r.dueAt, r.answeredAt, r.closedAt, ReferralCommand.allowed(Side.PARTNER, r.status),
                r.version);
    }

    static NoteView note(CaseNote n) {
        return new NoteView(n.id, n.referralId, n.author, n.authorOrganizationId, n.body, n.createdAt);
    }

    /**
     * A FHIR R4 Task (docs/decisions/0015-referral-cases.md, the mapping): status and businessStatus from
     * the referral's state, intent "order", focus the service, owner the receiving organisation, requester
     * the desk, for a pseudonymous reference to the case (never the person's name), and the reason code.
     */
    static Map<String, Object> fhirTask(Referral r, ServiceOffer service) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("resourceType", "Task");
        task.put("id", r.id.toString());
        task.put("identifier", List.of(Map.of("system", "urn:passerelle:case-reference", "value",
                r.referralCase.reference)));
        task.put("status", r.status.fhir());
        if (r.status.fhirBusinessStatus() != null) {
            task.put("businessStatus", Map.of("text", r.status.fhirBusinessStatus()));
        }
        if (r.reason != null) {
            task.put("statusReason", Map.of("coding", List.of(Map.of("system", "urn:passerelle:referral-codes",
                    "code", r.reason))));
        }
        task.put("intent", "order");
        task.put("focus", Map.of("reference", "HealthcareService/" + service.id, "display", name(service)));
        task.put("for", Map.of("identifier", Map.of("system", "urn:passerelle:case", "value", r.caseId.toString())));
        task.put("requester", Map.of("reference", "Organization/" + r.referralCase.deskId));
        task.put("owner", Map.of("reference", "Organization/" + r.organizationId));
        task.put("authoredOn", r.createdAt.toString());
        task.put("lastModified", r.updatedAt.toString());
        if (r.dueAt != null) {
            task.put("restriction", Map.of("period", Map.of("end", r.dueAt.toString())));
        }
        return task;
    }

    /** The service's name in French (the partners' language), else its first text, else its slug. */
    static String name(ServiceOffer service) {
        var text = service.texts.getOrDefault("fr", service.texts.values().stream().findFirst().orElse(null));
        return text == null ? service.slug : text.name;
    }

    private ReferralView.ServiceRef service(UUID id) {
        return services.findByIdOptional(id).map(s -> new ReferralView.ServiceRef(s.id, s.slug, name(s)))
                .orElse(new ReferralView.ServiceRef(id, null, null));
    }

    private Refs.OrganizationRef organization(UUID id) {
        return organizations.findByIdOptional(id).map(ReferralCases::ref)
                .orElse(new Refs.OrganizationRef(id, null, null));
    }

    private static String code(org.passerelle.common.text.Coded coded) {
        return coded == null ? null : coded.code();
    }
}
