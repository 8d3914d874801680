package org.passerelle.referral;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.passerelle.catalogue.OrganizationRepository;
import org.passerelle.identity.Actor;
import org.passerelle.identity.PrincipalKind;
import org.passerelle.identity.Roles;
import org.passerelle.referral.api.CaseInput;
import org.passerelle.referral.api.CommandInput;
import org.passerelle.referral.api.ConsentInput;
import org.passerelle.referral.api.PersonInput;
import org.passerelle.referral.api.ReferralInput;
import org.passerelle.referral.api.ReferralView;

/**
 * Three clearly fictional cases for trying the desk and the partner inbox in {@code quarkus:dev}
 * ("Demo A", "Demo B", "Demo C"), with referrals in different states. Off unless
 * {@code passerelle.demo-cases.enabled} (on in the dev profile only): production starts with none.
 */
@ApplicationScoped
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class);

    private final ReferralCases cases;
    private final Referrals referrals;
    private final ReferralCaseRepository repository;
    private final OrganizationRepository organizations;
    private final boolean enabled;

    public DemoCases(ReferralCases cases, Referrals referrals, ReferralCaseRepository repository,
            OrganizationRepository organizations, org.passerelle.config.PasserelleConfig config) {
        this.cases = cases;
        this.referrals = referrals;
        this.repository = repository;
        this.organizations = organizations;
        this.enabled = config.demoCases().enabled();
    }

    // After the demo catalogue (its observer has the default priority, APPLICATION + 500): the desks must exist.
    void seed(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000)
            StartupEvent event) {
        if (!enabled || QuarkusTransaction.requiringNew().call(repository::count) > 0) {
            return;
        }
        var desk = QuarkusTransaction.requiringNew().call(() -> organizations.findBySlug("guichet-unique-nancy"));
        if (desk.isEmpty()) {
            LOG.info("Demo cases: no demo desk in the catalogue; none seeded");
            return;
        }
        Caller agent = new Caller(new Actor(PrincipalKind.USER, "agent", Set.of(Roles.AGENT), Optional.of(desk.get().id)),
                "demo-seed");
        Caller cimade = partner("la-cimade");
        Caller adoma = partner("adoma");
        // Demo A: sent to La Cimade (awaiting an answer) and accepted by Adoma.
        String a = open("Demo A", List.of("ar", "fr"), List.of("rights", "housing"), agent);
        send(a, "cimade-permanences-juridiques", "rights", agent);
        String aAdoma = send(a, "adoma-logement-accompagne", "housing", agent);
        move(aAdoma, ReferralCommand.ACCEPT, null, adoma);
        // Demo B: La Cimade completed it; Adoma declined for lack of capacity.
        String b = open("Demo B", List.of("uk", "ru"), List.of("rights", "housing"), agent);
        String bCimade = send(b, "cimade-permanences-juridiques", "rights", agent);
        move(bCimade, ReferralCommand.ACCEPT, null, cimade);
        move(bCimade, ReferralCommand.COMPLETE, "got-help", cimade);
        move(send(b, "adoma-logement-accompagne", "housing", agent), ReferralCommand.DECLINE, "no-capacity", adoma);
        // Demo C: a draft not sent yet.
        String c = open("Demo C", List.of("ti"), List.of("rights"), agent);
        QuarkusTransaction.requiringNew().run(() -> referrals.create(java.util.UUID.fromString(c),
                new ReferralInput("cimade-permanences-juridiques", "rights", "Prefers mornings.", null, false), agent));
        LOG.info("Demo cases: Demo A, Demo B and Demo C seeded for the Nancy desk");
    }

    private Caller partner(String slug) {
        var org = QuarkusTransaction.requiringNew().call(() -> organizations.findBySlug(slug)).orElseThrow();
        return new Caller(new Actor(PrincipalKind.USER, "partner-" + slug, Set.of(Roles.PARTNER), Optional.of(org.id)),
                "demo-seed");
    }

    private String open(String name, List<String> languages, List<String> needs, Caller agent) {
        return QuarkusTransaction.requiringNew().call(() -> cases.open(new CaseInput(
                new PersonInput(name, languages, ContactChannel.PHONE, null, PersonStatus.PREFER_NOT_TO_SAY), needs,
                new ConsentInput(List.of("la-cimade", "adoma"), List.of(PersonField.NAME, PersonField.CONTACT_CHANNEL),
                        "2026-12", languages.get(0))), agent)).id().toString();
    }

    private String send(String caseId, String service, String need, Caller agent) {
        return QuarkusTransaction.requiringNew().call(() -> ((ReferralView) referrals.create(
                java.util.UUID.fromString(caseId), new ReferralInput(service, need, null, null, true), agent))).id()
                .toString();
    }

    private void move(String referral, ReferralCommand command, String reason, Caller partner) {
        QuarkusTransaction.requiringNew().run(() -> {
            var id = java.util.UUID.fromString(referral);
            int version = ((org.passerelle.referral.api.PartnerReferralView) referrals.get(id, partner)).version();
            referrals.command(id, command, "\"" + version + "\"", new CommandInput(reason, null), partner);
        });
    }
}
