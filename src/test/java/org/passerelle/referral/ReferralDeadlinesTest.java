package org.passerelle.referral;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.referral.ReferralLinksTest.DESK_MAIL;
import static org.passerelle.referral.ReferralLinksTest.NO_MEMBER_SERVICE;
import static org.passerelle.referral.ReferralLinksTest.PARTNER_MAIL;
import static org.passerelle.referral.ReferralLinksTest.assertNoPersonalData;
import static org.passerelle.referral.ReferralLinksTest.caseWithNoMemberPartner;
import static org.passerelle.referral.ReferralLinksTest.referTo;
import static org.passerelle.referral.ReferralLinksTest.token;
import static org.passerelle.referral.ReferralLoopTest.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.passerelle.common.outbox.OutboxSender;
import org.passerelle.support.Api;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/**
 * The deadlines job with a fixed clock: the reminder before the answer is due, the expiry (to the partner
 * and the desk), and the reminder of an accepted referral left without an outcome, each exactly once
 * however often the job runs.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ReferralDeadlinesTest {

    static {
        Api.configure();
    }

    @Inject
    ReferralExpiry deadlines;
    @Inject
    OutboxSender sender;
    @Inject
    MockMailbox mailbox;
    @Inject
    ReferralRepository referrals;

    @BeforeEach
    void emptyMailbox() {
        sender.sendDue(Instant.now().plus(Duration.ofDays(3650)));
        mailbox.clear();
        ReferralLinksTest.setDeskAddress(DESK_MAIL);
    }

    /** Runs the job at this instant (twice, as two replicas or two periods would) and sends what it queued. */
    List<Mail> runAt(Instant now, String to) {
        mailbox.clear();
        deadlines.run(now);
        deadlines.run(now.plus(Duration.ofMinutes(1)));
        QuarkusTransaction.requiringNew().run(() -> deadlines.deadlines(now.plus(Duration.ofMinutes(2))));
        sender.sendDue(now.plus(Duration.ofHours(1)));
        List<Mail> mails = mailbox.getMailsSentTo(to);
        return mails == null ? List.of() : mails;
    }

    static String reference(String caseId) {
        return as(Personas.AGENT).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().path("reference");
    }

    /** The mails about one case (its reference is in every subject). */
    static List<Mail> of(String reference, List<Mail> mails) {
        return mails == null ? List.of() : mails.stream().filter(m -> m.getSubject().contains(reference)).toList();
    }

    List<Mail> kind(List<Mail> mails, String subject) {
        return mails.stream().filter(m -> m.getSubject().startsWith(subject)).toList();
    }

    Referral referral(String id) {
        return QuarkusTransaction.requiringNew().call(() -> referrals.findById(UUID.fromString(id)));
    }

    @Test
    void shouldRemindOnceBeforeTheAnswerIsDueThenExpireOnce() {
        String caseId = caseWithNoMemberPartner("Deadline Person Rm");
        String id = referTo(caseId, NO_MEMBER_SERVICE);
        Referral sent = referral(id);
        // Other classes of this profile leave sent referrals in the same database: count this case's mails.
        String ref = reference(caseId);

        // Three days before it is due: too early.
        assertEquals(List.of(), of(ref, kind(runAt(sent.dueAt.minus(Duration.ofDays(3)), PARTNER_MAIL), "Rappel")));
        // A day before: one reminder, with a fresh link that works.
        List<Mail> reminders = of(ref, kind(runAt(sent.dueAt.minus(Duration.ofDays(1)), PARTNER_MAIL), "Rappel"));
        assertEquals(1, reminders.size());
        assertTrue(reminders.get(0).getText().contains("attend toujours votre réponse"), reminders.get(0).getText());
        String expiresAt = ReferralLinksTest.getLink(token(reminders.get(0))).then().statusCode(200)
                .body("referral.status", is("sent")).extract().path("expiresAt");
        // The reminder's link lasts until the referral expires, so the partner is never left without one.
        assertEquals(sent.sentAt.plus(Duration.ofDays(30)).getEpochSecond(), Instant.parse(expiresAt).getEpochSecond());
        // Later runs do not remind again.
        assertEquals(List.of(), of(ref, kind(runAt(sent.dueAt.plus(Duration.ofDays(2)), PARTNER_MAIL), "Rappel")));

        // After the expiry delay: expired once, the partner told, the desk told.
        Instant expiry = sent.sentAt.plus(Duration.ofDays(30)).plusSeconds(60);
        List<Mail> partner = of(ref, runAt(expiry, PARTNER_MAIL));
        assertEquals(1, kind(partner, "Orientation").size(), partner.toString());
        assertTrue(partner.get(0).getSubject().contains("close sans réponse"), partner.get(0).getSubject());
        List<Mail> desk = of(ref, mailbox.getMailsSentTo(DESK_MAIL));
        assertEquals(1, desk.size());
        assertTrue(desk.get(0).getSubject().contains("expirée"), desk.get(0).getSubject());
        as(Personas.AGENT).get("/api/v1/referrals/" + id).then().body("status", is("expired"));
        assertEquals(List.of(), of(ref, runAt(expiry.plus(Duration.ofDays(1)), PARTNER_MAIL)));
        // Its links are dead with it.
        ReferralLinksTest.getLink(token(reminders.get(0))).then().statusCode(410);
        for (Mail mail : List.of(reminders.get(0), partner.get(0), desk.get(0))) {
            assertNoPersonalData(mail);
        }
    }

    @Test
    void shouldRemindOnceOfAnAcceptedReferralLeftWithoutAnOutcome() {
        String caseId = caseWithNoMemberPartner("Deadline Person Oc");
        String id = referTo(caseId, NO_MEMBER_SERVICE);
        String ref = reference(caseId);
        sender.sendDue(Instant.now());
        String answer = token(mailbox.getMailsSentTo(PARTNER_MAIL).get(0));
        ReferralLinksTest.act(answer, "accept", null).then().statusCode(200);
        Instant accepted = referral(id).answeredAt;

        assertEquals(List.of(), kind(of(ref, runAt(accepted.plus(Duration.ofDays(29)), PARTNER_MAIL)), "Rappel"));
        List<Mail> reminders = kind(of(ref, runAt(accepted.plus(Duration.ofDays(30)).plusSeconds(60), PARTNER_MAIL)), "Rappel");
        assertEquals(1, reminders.size());
        assertTrue(reminders.get(0).getSubject().contains("résultat"), reminders.get(0).getSubject());
        assertNoPersonalData(reminders.get(0));
        assertEquals(List.of(), kind(of(ref, runAt(accepted.plus(Duration.ofDays(45)), PARTNER_MAIL)), "Rappel"));
        // The reminder's fresh outcome link records the outcome; an accepted referral never expires.
        ReferralLinksTest.act(token(reminders.get(0)), "no-show", null).then().statusCode(200)
                .body("referral.status", is("no-show"));
        assertEquals(List.of(), of(ref, runAt(accepted.plus(Duration.ofDays(90)), PARTNER_MAIL)));
    }

    @Test
    void shouldNotRemindAPartnerThatAnsweredInTime() {
        String caseId = caseWithNoMemberPartner("Deadline Person Ok");
        String id = referTo(caseId, NO_MEMBER_SERVICE);
        String ref = reference(caseId);
        sender.sendDue(Instant.now());
        String answer = token(mailbox.getMailsSentTo(PARTNER_MAIL).get(0));
        ReferralLinksTest.act(answer, "decline", "{\"reason\":\"no-capacity\"}").then().statusCode(200);
        Referral r = referral(id);
        assertEquals(List.of(), of(ref, runAt(r.dueAt.minus(Duration.ofHours(1)), PARTNER_MAIL)));
        assertEquals(List.of(), of(ref, runAt(r.sentAt.plus(Duration.ofDays(31)), PARTNER_MAIL)));
    }
}
