package org.passerelle.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.OrganizationRepository;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.common.outbox.Outbox;
import org.passerelle.config.PasserelleConfig;
import org.passerelle.identity.MembershipRepository;

/**
 * The referral loop's mail, in French (the partners' language), queued in the outbox in the transaction
 * of the change (decision 0018). A mail names the reference, the service, a date and, for an
 * organisation with no member, a signed link: never the person's pseudonym, birth year, status, languages
 * or the agent's note, since mail is stored and forwarded beyond our reach.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferralMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ReferralCases.CITY);
    private static final String SIGNATURE = "\n\nCe message ne contient aucune information sur la personne orientée."
            + "\n-- \nPasserelle, guichet unique d'accueil des nouveaux arrivants\n";

    private final Outbox outbox;
    private final OrganizationRepository organizations;
    private final ServiceOfferRepository services;
    private final MembershipRepository memberships;
    private final ReferralLinkRepository links;
    private final LinkTokens tokens;
    private final DeskSettings desks;
    private final PasserelleConfig config;

    public ReferralMail(Outbox outbox, OrganizationRepository organizations, ServiceOfferRepository services,
            MembershipRepository memberships, ReferralLinkRepository links, LinkTokens tokens, DeskSettings desks,
            PasserelleConfig config) {
        this.outbox = outbox;
        this.organizations = organizations;
        this.services = services;
        this.memberships = memberships;
        this.links = links;
        this.tokens = tokens;
        this.desks = desks;
        this.config = config;
    }

    /** A new referral, to the partner: with a link to answer when the organisation has no member. */
    public void sent(Referral r, Instant now) {
        Instant until = earlier(now.plus(Duration.ofDays(config.links().expiryDays())), expiresAt(r));
        String answer = linkText(r, LinkPurpose.ANSWER, now, until, "Pour accepter ou refuser cette orientation");
        toPartner(r, "referral-sent", "Nouvelle orientation " + r.referralCase.reference + " : " + service(r),
                "Bonjour,\n\nLe guichet unique vous adresse une nouvelle orientation vers votre service « " + service(r)
                        + " ».\n\nRéférence : " + r.referralCase.reference + "\nRéponse attendue avant le "
                        + DAY.format(r.dueAt) + ".\n\n" + answer, now);
    }

    /** The answer is due soon and none came: once per referral. */
    public void reminder(Referral r, Instant now) {
        // The reminder's link lasts until the referral itself expires: the first link (14 days by default)
        // would otherwise leave the partner without a working link in the referral's last days.
        String answer = linkText(r, LinkPurpose.ANSWER, now, expiresAt(r), "Pour accepter ou refuser cette orientation");
        toPartner(r, "referral-reminder", "Rappel : orientation " + r.referralCase.reference + " en attente de réponse",
                "Bonjour,\n\nL'orientation " + r.referralCase.reference + " vers votre service « " + service(r)
                        + " » attend toujours votre réponse. Elle est attendue avant le " + DAY.format(r.dueAt)
                        + ".\nSans réponse, l'orientation sera close le " + DAY.format(expiresAt(r)) + ".\n\n" + answer,
                now);
    }

    /** The referral expired unanswered: the partner is told, and the desk. */
    public void expired(Referral r, Instant now) {
        toPartner(r, "referral-expired", "Orientation " + r.referralCase.reference + " close sans réponse",
                "Bonjour,\n\nL'orientation " + r.referralCase.reference + " vers votre service « " + service(r)
                        + " » est close : nous n'avons pas reçu de réponse à temps. Le guichet unique pourra vous "
                        + "adresser une nouvelle orientation si besoin.", now);
        decision(r, ReferralStatus.EXPIRED, now);
    }

    /** Accepted long ago and still without an outcome: once per referral, with a fresh outcome link. */
    public void outcomeReminder(Referral r, Instant now) {
        String outcome = linkText(r, LinkPurpose.OUTCOME, now, outcomeLinkUntil(now), "Pour indiquer le résultat");
        toPartner(r, "referral-outcome-reminder", "Rappel : résultat de l'orientation " + r.referralCase.reference,
                "Bonjour,\n\nVous avez accepté l'orientation " + r.referralCase.reference + " vers votre service « "
                        + service(r) + " » le " + DAY.format(r.answeredAt) + ". Merci d'indiquer si l'accompagnement "
                        + "a eu lieu.\n\n" + outcome, now);
    }

    /** Accepted by an organisation without members: the link to record the outcome, later. */
    public void accepted(Referral r, Instant now) {
        if (!memberships.anyFor(r.organizationId)) {
            toPartner(r, "referral-outcome-link", "Orientation " + r.referralCase.reference + " acceptée : le résultat",
                    "Bonjour,\n\nMerci d'avoir accepté l'orientation " + r.referralCase.reference + " vers votre service « "
                            + service(r) + " ».\n\n" + linkText(r, LinkPurpose.OUTCOME, now,
                                    outcomeLinkUntil(now), "Quand l'accompagnement a eu lieu (ou si la personne n'est pas venue)"), now);
        }
    }

    /** A partner's decision (or the expiry), back to the desk's own address. */
    public void decision(Referral r, ReferralStatus status, Instant now) {
        String what = switch (status) {
            case ACCEPTED -> "acceptée";
            case DECLINED -> "refusée";
            case COMPLETED -> "terminée";
            case NO_SHOW -> "close : la personne n'est pas venue";
            case EXPIRED -> "expirée sans réponse";
            default -> null;
        };
        Optional<String> to = desks.notificationAddress(r.referralCase.deskId);
        if (what == null || to.isEmpty()) {
            return;
        }
        outbox.queue(new Outbox.Message("referral-" + status.code() + "-desk", r.caseId, to.get(),
                "Orientation " + r.referralCase.reference + " " + what,
                "Bonjour,\n\nL'orientation " + r.referralCase.reference + " vers « " + service(r) + " » ("
                        + organizationName(r.organizationId) + ") est " + what + " le " + DAY.format(now)
                        + ".\nLe détail est dans le dossier, sur Passerelle." + SIGNATURE), now);
    }

    private void toPartner(Referral r, String kind, String subject, String body, Instant now) {
        Optional<String> to = organizations.findByIdOptional(r.organizationId).map(o -> o.email)
                .filter(e -> !e.isBlank());
        // An organisation with no e-mail gets no mail: its members see the inbox; the desk follows up.
        to.ifPresent(address -> outbox.queue(new Outbox.Message(kind, r.caseId, address, subject, body + SIGNATURE),
                now));
    }

    /**
     * The sentence with a fresh signed link for an organisation with no member, or the pointer to the
     * inbox for one that has members (they sign in; a link would be one more credential in a mailbox).
     */
    private String linkText(Referral r, LinkPurpose purpose, Instant now, Instant until, String lead) {
        if (memberships.anyFor(r.organizationId)) {
            return "Vous la trouverez dans votre espace partenaire sur Passerelle.";
        }
        ReferralLink link = new ReferralLink();
        link.id = UUID.randomUUID();
        link.referralId = r.id;
        link.purpose = purpose;
        link.createdAt = now;
        link.expiresAt = until;
        links.persist(link);
        String token = tokens.sign(new LinkTokens.Claims(link.id, r.id, purpose, link.expiresAt));
        return lead + ", ouvrez ce lien (valable jusqu'au " + DAY.format(link.expiresAt) + ", une seule fois) :\n"
                + config.links().baseUrl() + "/r/" + token
                + "\nCe lien est réservé à votre structure : merci de ne pas le transférer.";
    }

    private Instant outcomeLinkUntil(Instant now) {
        return now.plus(Duration.ofDays(config.links().expiryDays()));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private Instant expiresAt(Referral r) {
        return r.sentAt.plus(Duration.ofDays(config.referrals().expiryDays()));
    }

    private String service(Referral r) {
        return services.findByIdOptional(r.serviceId).map(ReferralViews::name).orElse("?");
    }

    private String organizationName(UUID id) {
        return organizations.findByIdOptional(id).map(o -> o.name).orElse("?");
    }
}
