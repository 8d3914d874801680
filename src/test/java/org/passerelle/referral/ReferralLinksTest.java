package org.passerelle.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.referral.ReferralLoopTest.as;
import static org.passerelle.referral.ReferralLoopTest.caseBody;
import static org.passerelle.referral.ReferralLoopTest.command;
import static org.passerelle.referral.ReferralLoopTest.openCase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.passerelle.common.outbox.OutboxSender;
import org.passerelle.support.Api;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/**
 * A partner without an account (the CAEC: no membership, an e-mail) answers a referral through the signed
 * links read from the mail: accept, then complete; reading changes nothing; expired, altered, reused,
 * misused, cancelled and withdrawn links are refused. Every mail of the loop is free of the person's data.
 * The persons are fictional.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ReferralLinksTest {

    /** Run by the GIP FTLV CAEC, which has no member in the demo data and a functional e-mail. */
    static final String NO_MEMBER_SERVICE = "caec-sessions-examens-langue";
    static final String PARTNER_MAIL = "gip-caec@ac-nancy-metz.fr";
    static final String DESK_MAIL = "accueil-guichet-test@ville.example";
    static final String PERSON = "Link Person Wq";
    static final String NOTE = "Test note zq7";
    static final Pattern LINK = Pattern.compile("/r/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    static {
        Api.configure();
    }

    @Inject
    MockMailbox mailbox;
    @Inject
    OutboxSender sender;
    @Inject
    ReferralLinkRepository links;
    @Inject
    LinkTokens tokens;

    @BeforeEach
    void emptyMailbox() {
        sender.sendDue(Instant.now().plus(Duration.ofDays(3650)));
        mailbox.clear();
        setDeskAddress(DESK_MAIL);
    }

    static void setDeskAddress(String email) {
        String etag = as(Personas.COORDINATOR).get("/api/v1/desks/guichet-unique-nancy/settings").then().statusCode(200)
                .extract().header("ETag");
        as(Personas.COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"notificationEmail\":\"" + email + "\"}").put("/api/v1/desks/guichet-unique-nancy/settings")
                .then().statusCode(200).body("effectiveEmail", is(email));
    }

    static String caseWithNoMemberPartner(String name) {
        return openCase(caseBody(name, "asylum-seeker", "\"gip-ftlv-caec\",\"la-cimade\"",
                "\"name\",\"contactChannel\",\"birthYear\",\"status\""));
    }

    static String referTo(String caseId, String service) {
        return as(Personas.AGENT).contentType(ContentType.JSON)
                .body("{\"service\":\"" + service + "\",\"need\":\"rights\",\"note\":\"" + NOTE + "\",\"send\":true}")
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(201).extract().path("id");
    }

    /** Sends the outbox now and returns the mails that reached this address. */
    List<Mail> deliver(String to) {
        sender.sendDue(Instant.now());
        List<Mail> mails = mailbox.getMailsSentTo(to);
        return mails == null ? List.of() : mails;
    }

    static String token(Mail mail) {
        Matcher m = LINK.matcher(mail.getText());
        assertTrue(m.find(), "no link in: " + mail.getText());
        return m.group(1);
    }

    static void assertNoPersonalData(Mail mail) {
        String all = mail.getSubject() + "\n" + mail.getText();
        for (String personal : List.of(PERSON, "1999", NOTE, "asylum", "demandeur", "ar\n", "arabe")) {
            assertFalse(all.contains(personal), "'" + personal + "' in a mail: " + all);
        }
    }

    static Response getLink(String token) {
        return given().accept(ContentType.JSON).get("/api/v1/referral-links/" + token);
    }

    static Response act(String token, String verb, String body) {
        var spec = given().accept(ContentType.JSON).contentType(ContentType.JSON);
        return (body == null ? spec : spec.body(body)).post("/api/v1/referral-links/" + token + "/" + verb);
    }

    @Test
    void shouldLetAPartnerWithoutAnAccountAcceptThenCompleteFromItsMail() {
        String caseId = caseWithNoMemberPartner(PERSON);
        String referral = referTo(caseId, NO_MEMBER_SERVICE);
        List<Mail> mails = deliver(PARTNER_MAIL);
        assertEquals(1, mails.size(), "the new referral's mail");
        Mail sent = mails.get(0);
        assertTrue(sent.getSubject().contains("Nouvelle orientation PAS-"), sent.getSubject());
        assertTrue(sent.getText().contains("Réponse attendue avant le"), sent.getText());
        String answer = token(sent);

        // Opening the link, as a mail scanner would, twice: nothing moves.
        int version = as(Personas.AGENT).get("/api/v1/referrals/" + referral).then().extract().path("version");
        for (int i = 0; i < 2; i++) {
            getLink(answer).then().statusCode(200).header("Cache-Control", "no-store")
                    .body("purpose", is("answer")).body("allowed", is(List.of("accept", "decline")))
                    .body("referral.status", is("sent")).body("referral.person", nullValue())
                    .body("referral.note", is(NOTE))
                    // Whom it was sent to, and which desk sent it, with only the desk organisation's own contact.
                    .body("organization.slug", is("gip-ftlv-caec"))
                    .body("desk.name", is("Guichet unique d'accueil des nouveaux arrivants — Ville de Nancy (exemple)"))
                    .body("desk.email", nullValue()).body("desk.phone", nullValue());
        }
        as(Personas.AGENT).get("/api/v1/referrals/" + referral).then().body("status", is("sent"))
                .body("version", is(version));

        // An answer link does not complete; an unknown verb is no verb.
        act(answer, "complete", "{\"reason\":\"got-help\"}").then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("errors.find { it.field == 'allowed' }.message", is("accept,decline"));
        act(answer, "decline", null).then().statusCode(400).body("errors.field", hasItem("reason"));
        act(answer, "accept", null).then().statusCode(200).body("referral.status", is("accepted"))
                .body("referral.person.name", is(PERSON)).body("allowed", is(List.of()))
                .body("organization.slug", is("gip-ftlv-caec")).body("desk.name", containsString("Nancy"));
        // Once only.
        act(answer, "accept", null).then().statusCode(410).contentType(Api.PROBLEM_JSON);
        act(answer, "decline", "{\"reason\":\"no-capacity\"}").then().statusCode(410);
        getLink(answer).then().statusCode(410);

        // The acceptance was journaled as the link, through the signed-link channel.
        List<String> channels = as(Personas.COORDINATOR).queryParam("case", caseId).queryParam("size", 100)
                .get("/api/v1/access-journal").then().statusCode(200).extract().path("items.channel");
        assertTrue(channels.contains(ReferralLinks.CHANNEL), channels.toString());

        // The outcome link comes in a mail of its own; the desk hears of the acceptance.
        List<Mail> after = deliver(PARTNER_MAIL);
        assertEquals(2, after.size(), "the outcome link's mail");
        String outcome = token(after.get(1));
        getLink(outcome).then().statusCode(200).body("purpose", is("outcome"))
                .body("allowed", is(List.of("complete", "no-show")));
        act(outcome, "accept", null).then().statusCode(409);
        act(outcome, "complete", "{\"reason\":\"not-a-code\"}").then().statusCode(400);
        act(outcome, "complete", "{\"reason\":\"got-help\"}").then().statusCode(200)
                .body("referral.status", is("completed"));
        act(outcome, "no-show", null).then().statusCode(410);
        as(Personas.AGENT).get("/api/v1/referrals/" + referral).then().body("status", is("completed"))
                .body("reason", is("got-help"));

        List<Mail> desk = deliver(DESK_MAIL);
        assertEquals(2, desk.size(), "accepted and completed, to the desk");
        assertTrue(desk.get(0).getSubject().contains("acceptée"), desk.get(0).getSubject());
        assertTrue(desk.get(1).getSubject().contains("terminée"), desk.get(1).getSubject());
        for (Mail mail : List.of(sent, after.get(0), after.get(1), desk.get(0), desk.get(1))) {
            assertNoPersonalData(mail);
            assertFalse(mail.getText().contains("PAS-") && !mail.getText().contains("PAS-20"), mail.getText());
        }
        // Sent rows keep no body (it held a link).
        long bodies = QuarkusTransaction.requiringNew().call(() -> links.getEntityManager()
                .createQuery("select count(m) from OutboxMail m where m.ownerId = :c and m.body is not null", Long.class)
                .setParameter("c", UUID.fromString(caseId)).getSingleResult());
        assertEquals(0L, bodies);
    }

    @Test
    void shouldRefuseAlteredUnknownAndForeignTokensAlikeWithA404() {
        String caseId = caseWithNoMemberPartner("Link Person Tm");
        referTo(caseId, NO_MEMBER_SERVICE);
        String answer = token(deliver(PARTNER_MAIL).get(0));
        char[] chars = answer.toCharArray();
        int i = answer.indexOf('.') + 3;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        String tampered = new String(chars);
        for (String bad : List.of(tampered, "nope", "a.b", answer + "x", answer.substring(0, answer.indexOf('.')))) {
            getLink(bad).then().statusCode(404).contentType(Api.PROBLEM_JSON);
            act(bad, "accept", null).then().statusCode(404);
        }
        // Another referral's id inside a genuine link: it no longer verifies.
        String other = referTo(caseId, NO_MEMBER_SERVICE);
        LinkTokens.Claims claims = tokens.verify(answer).orElseThrow();
        String forged = swapReferral(answer, UUID.fromString(other));
        getLink(forged).then().statusCode(404);
        // Even signed with our key, a token naming another referral than its row's is unknown.
        String resigned = tokens.sign(new LinkTokens.Claims(claims.link(), UUID.fromString(other), claims.purpose(),
                claims.expiresAt()));
        act(resigned, "accept", null).then().statusCode(404);
        // So is a token that names the other purpose for this row.
        act(tokens.sign(new LinkTokens.Claims(claims.link(), claims.referral(), LinkPurpose.OUTCOME,
                claims.expiresAt())), "complete", "{\"reason\":\"got-help\"}").then().statusCode(404);
        // The problem never echoes the token.
        String body = getLink(tampered).asString();
        assertFalse(body.contains(tampered.substring(0, 20)), body);
        // The genuine one still works.
        getLink(answer).then().statusCode(200);
    }

    @Test
    void shouldRefuseAnExpiredLink() {
        String caseId = caseWithNoMemberPartner("Link Person Ex");
        String referral = referTo(caseId, NO_MEMBER_SERVICE);
        Instant past = Instant.parse("2026-01-05T09:00:00Z");
        String token = QuarkusTransaction.requiringNew().call(() -> {
            ReferralLink link = new ReferralLink();
            link.id = UUID.randomUUID();
            link.referralId = UUID.fromString(referral);
            link.purpose = LinkPurpose.ANSWER;
            link.createdAt = past;
            link.expiresAt = past.plus(Duration.ofDays(14));
            links.persist(link);
            return tokens.sign(new LinkTokens.Claims(link.id, link.referralId, link.purpose, link.expiresAt));
        });
        getLink(token).then().statusCode(410).body("type", is("https://passerelle.example/problems/link-expired"));
        act(token, "accept", null).then().statusCode(410);
        as(Personas.AGENT).get("/api/v1/referrals/" + referral).then().body("status", is("sent"));
    }

    @Test
    void shouldRevokeTheLinksOfACancelledReferral() {
        String caseId = caseWithNoMemberPartner("Link Person Cx");
        String referral = referTo(caseId, NO_MEMBER_SERVICE);
        String answer = token(deliver(PARTNER_MAIL).get(0));
        command(Personas.AGENT, referral, "cancel", "{\"reason\":\"sent-by-mistake\"}").then().statusCode(200);
        getLink(answer).then().statusCode(410).body("type", is("https://passerelle.example/problems/link-revoked"));
        act(answer, "accept", null).then().statusCode(410);
    }

    @Test
    void shouldRevokeLinksAndDropQueuedMailWhenConsentIsWithdrawn() {
        // Consent for the CAEC (no member: links) and the DIAIR (its own address); the person withdraws it
        // for the CAEC only, through the desk.
        String caseId = openCase(caseBody("Link Person Wd", "asylum-seeker", "\"gip-ftlv-caec\",\"diair\"",
                "\"name\",\"contactChannel\""));
        referTo(caseId, NO_MEMBER_SERVICE);
        String answer = token(deliver(PARTNER_MAIL).get(0));
        mailbox.clear();
        // A second referral to each, whose mails are still queued when the consent goes.
        referTo(caseId, NO_MEMBER_SERVICE);
        referTo(caseId, "diair-suivi-refugies-reinstalles");
        as(Personas.AGENT).contentType(ContentType.JSON).body("{\"organizations\":[\"gip-ftlv-caec\"]}")
                .post("/api/v1/cases/" + caseId + "/consent/withdraw").then().statusCode(200);
        getLink(answer).then().statusCode(410);
        act(answer, "accept", null).then().statusCode(410);
        assertEquals(List.of(), deliver(PARTNER_MAIL), "the CAEC's queued mail went out after the withdrawal");
        assertEquals(1, deliver("contact-diAir@interieur.gouv.fr").size(), "the DIAIR's mail was dropped too");
    }

    @Test
    void shouldNeverPutATokenInTheMetrics() {
        String caseId = caseWithNoMemberPartner("Link Person Mt");
        referTo(caseId, NO_MEMBER_SERVICE);
        String answer = token(deliver(PARTNER_MAIL).get(0));
        getLink(answer).then().statusCode(200);
        getLink(answer + "zz").then().statusCode(404);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains(answer.substring(0, 16)), "a token in the metrics");
        List<String> tagged = metrics.lines().filter(l -> l.contains("referral-links")).toList();
        assertFalse(tagged.isEmpty(), "no metrics for the links");
        assertTrue(tagged.stream().allMatch(l -> l.contains("referral-links/{token}")), tagged.toString());
    }

    /** The token with another referral's id in its claims, the signature left as it was. */
    static String swapReferral(String token, UUID referral) {
        int dot = token.indexOf('.');
        byte[] body = java.util.Base64.getUrlDecoder().decode(token.substring(0, dot));
        java.nio.ByteBuffer.wrap(body, 17, 16).putLong(referral.getMostSignificantBits())
                .putLong(referral.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(body) + token.substring(dot);
    }
}
