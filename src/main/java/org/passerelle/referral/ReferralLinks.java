package org.passerelle.referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.OrganizationRepository;
import org.passerelle.common.outbox.Outbox;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldError;
import org.passerelle.identity.Actor;
import org.passerelle.identity.PrincipalKind;
import org.passerelle.identity.Roles;
import org.passerelle.referral.api.CommandInput;
import org.passerelle.referral.api.ReferralLinkView;

/**
 * Signed links for partners without an account (decision 0018). Reading a link changes nothing but the
 * access journal (mail scanners open links); acting uses it once, through the same command code as the
 * inbox, as a caller of kind "link" for the receiving organisation. A token that does not verify, or names
 * no link, is a 404 (the endpoint tells a guesser nothing); a real link that expired, was used or was
 * revoked (the referral cancelled, the consent withdrawn) is a 410.
 */
@ApplicationScoped
@Transactional
public class ReferralLinks {

    static final String CHANNEL = "signed-link";

    private final LinkTokens tokens;
    private final ReferralLinkRepository links;
    private final ReferralRepository referrals;
    private final Referrals commands;
    private final ReferralViews views;
    private final AccessJournal journal;
    private final Outbox outbox;
    private final OrganizationRepository organizations;

    public ReferralLinks(LinkTokens tokens, ReferralLinkRepository links, ReferralRepository referrals, Referrals commands,
            ReferralViews views, AccessJournal journal, Outbox outbox, OrganizationRepository organizations) {
        this.organizations = organizations;
        this.tokens = tokens;
        this.links = links;
        this.referrals = referrals;
        this.commands = commands;
        this.views = views;
        this.journal = journal;
        this.outbox = outbox;
    }

    /** What the link opens; changes nothing (the read is journaled). */
    public ReferralLinkView read(String token, Instant now) {
        Live live = live(token, now);
        journal.record(live.caller(), live.referral().caseId, live.referral().id, "referral-read");
        return view(live.link(), live.referral(), allowed(live.link(), live.referral()));
    }

    /** Acts once: the verb must be one of the link's purpose, allowed from the referral's state. */
    public ReferralLinkView act(String token, ReferralCommand command, CommandInput input, Instant now) {
        Live live = live(token, now);
        ReferralLink link = live.link();
        if (!link.purpose.commands().contains(command)) {
            throw new ApiProblem(409, "link-wrong-purpose", "Conflict", "This link is for "
                    + String.join(" or ", link.purpose.commands().stream().map(ReferralCommand::code).toList())
                    + ", not " + command.code() + ".", List.of(new FieldError("allowed",
                            String.join(",", allowed(link, live.referral())))));
        }
        // The row is the lock: of two clicks at once, one uses the link and the other finds it used (410).
        if (!links.use(link.id, now)) {
            throw gone("link-used", "This link was already used.");
        }
        var referral = commands.commandByLink(live.referral(), command, input, live.caller());
        return new ReferralLinkView(link.purpose.code(), link.expiresAt, List.of(),
                views.organization(live.referral().organizationId), desk(live.referral()), referral);
    }

    /**
     * The consent is withdrawn for these organisations: their links of the case stop working, and the mail
     * still queued for them about it is dropped (mail goes to an organisation's own address).
     */
    void onConsentWithdrawn(@Observes CaseConsentWithdrawn event) {
        links.revokeForCase(event.caseId(), event.organizations(), event.at());
        outbox.dropQueued(event.caseId(), event.organizations().stream().map(organizations::findByIdOptional)
                .flatMap(Optional::stream).map(o -> o.email).filter(e -> e != null && !e.isBlank()).toList());
    }

    /** The case is erased: its links and every mail row about it go. */
    void onErased(@Observes CaseErased event) {
        links.deleteForCase(event.caseId());
        outbox.deleteAll(event.caseId());
    }

    private record Live(ReferralLink link, Referral referral, Caller caller) {
    }

    private Live live(String token, Instant now) {
        LinkTokens.Claims claims = tokens.verify(token).orElseThrow(ReferralLinks::unknown);
        ReferralLink link = links.findByIdOptional(claims.link())
                .filter(l -> l.referralId.equals(claims.referral()) && l.purpose == claims.purpose()
                        && l.expiresAt.getEpochSecond() == claims.expiresAt().getEpochSecond())
                .orElseThrow(ReferralLinks::unknown);
        Referral r = referrals.findByIdOptional(link.referralId).orElseThrow(ReferralLinks::unknown);
        Caller caller = new Caller(new Actor(PrincipalKind.LINK, "link:" + link.id, Set.of(Roles.PARTNER),
                Optional.of(r.organizationId)), CHANNEL);
        if (link.revokedAt != null || r.status == ReferralStatus.CANCELLED
                || !r.referralCase.consentedOrganizations().contains(r.organizationId)) {
            journal.recordDenied(caller, r.caseId, r.id);
            throw gone("link-revoked", "This link was withdrawn by the desk. Contact the desk if needed.");
        }
        if (link.usedAt != null) {
            throw gone("link-used", "This link was already used.");
        }
        if (!now.isBefore(link.expiresAt)) {
            throw gone("link-expired", "This link expired. A reminder brings a new one; or contact the desk.");
        }
        if (allowed(link, r).isEmpty()) {
            // The referral moved on (answered from another link, expired): nothing is left for this link to do.
            throw gone("link-used", "This referral was already " + r.status.code() + ".");
        }
        return new Live(link, r, caller);
    }

    private ReferralLinkView view(ReferralLink link, Referral r, List<String> allowed) {
        return new ReferralLinkView(link.purpose.code(), link.expiresAt, allowed, views.organization(r.organizationId),
                desk(r), views.partnerView(r));
    }

    /**
     * The desk that sent it, with the desk organisation's own contact from the catalogue: a partner without an
     * account has no inbox to ask from, and the page tells it whom to call. Never the desk's notification
     * address, which a coordinator may set to any mailbox.
     */
    private ReferralLinkView.Desk desk(Referral r) {
        return organizations.findByIdOptional(r.referralCase.deskId)
                .map(o -> new ReferralLinkView.Desk(o.name, blankToNull(o.email), blankToNull(o.phone)))
                .orElse(new ReferralLinkView.Desk(String.valueOf(r.referralCase.deskId), null, null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> allowed(ReferralLink link, Referral r) {
        return link.purpose.commands().stream().filter(c -> c.allowedFor(ReferralCommand.Side.PARTNER, r.status))
                .map(ReferralCommand::code).toList();
    }

    /** Never echoes the token: problems end up in logs. */
    private static ApiProblem unknown() {
        return new ApiProblem(404, "not-found", "Not found", "No such link.", null);
    }

    private static ApiProblem gone(String slug, String detail) {
        return new ApiProblem(410, slug, "Gone", detail, null);
    }
}
