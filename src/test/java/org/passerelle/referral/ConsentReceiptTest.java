package org.passerelle.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.passerelle.support.Api;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/**
 * The consent receipt (rule 10): the person's language beside French, exactly the consented organisations
 * and fields, nothing else about the person, every value escaped, journaled, the desk's agents only. The
 * test person is fictional.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ConsentReceiptTest {

    /** A pseudonym that would run a script if the page did not escape it. */
    static final String PSEUDONYM = "Receipt <script>alert(1)</script> Qv";
    static final String REFERRAL_NOTE = "Receipt referral note tb5";
    static final String CASE_NOTE = "Receipt case note wd2";
    static final String CIMADE_NAME = "La Cimade";

    static {
        Api.configure();
    }

    static String caseId;

    static RequestSpecification as(Personas p) {
        RequestSpecification spec = given().accept(ContentType.HTML);
        return p == Personas.ANONYMOUS ? spec : spec.auth().oauth2(p.token());
    }

    static RequestSpecification json(Personas p) {
        return given().accept(ContentType.JSON).contentType(ContentType.JSON).auth().oauth2(p.token());
    }

    /** Opens the test case once (REST Assured knows the app's port only once a test runs). */
    @BeforeEach
    void openCase() {
        if (caseId != null) {
            return;
        }
        caseId = json(Personas.AGENT).body("{\"person\":{\"name\":\"Receipt <script>alert(1)</script> Qv\","
                + "\"languages\":[\"ar\"],\"contactChannel\":\"phone\",\"birthYear\":1999,\"status\":\"asylum-seeker\"},"
                + "\"needs\":[\"rights\",\"housing\"],\"consent\":{\"organizations\":[\"la-cimade\",\"adoma\"],"
                + "\"fields\":[\"name\",\"contactChannel\"],\"textVersion\":\"2026-12\",\"textLang\":\"ar\"}}")
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        json(Personas.AGENT).body("{\"service\":\"cimade-permanences-juridiques\",\"need\":\"rights\",\"note\":\""
                + REFERRAL_NOTE + "\",\"send\":true}").post("/api/v1/cases/" + caseId + "/referrals").then()
                .statusCode(201);
        // A draft to Adoma is not shared yet: the receipt must not list it as sent.
        json(Personas.AGENT).body("{\"service\":\"adoma-logement-accompagne\",\"need\":\"housing\",\"send\":false}")
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(201);
        json(Personas.AGENT).body("{\"body\":\"" + CASE_NOTE + "\"}").post("/api/v1/cases/" + caseId + "/notes")
                .then().statusCode(201);
    }

    static String receipt(String lang) {
        RequestSpecification spec = as(Personas.AGENT);
        if (lang != null) {
            spec = spec.queryParam("lang", lang);
        }
        io.restassured.response.Response response = spec.get("/api/v1/cases/" + caseId + "/consent-receipt");
        assertEquals(1, response.headers().getList("Content-Security-Policy").size(), "one policy, the receipt's");
        return response.then().statusCode(Status.OK.getStatusCode())
                .contentType(startsWith("text/html")).header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe")))
                .header("Content-Security-Policy", not(containsString("script-src")))
                .extract().asString();
    }

    /** Kept under target/ for a look in a browser (a fictional person). */
    static String saved(String html, String lang) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "consent-receipt-" + lang + ".html"), html);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return html;
    }

    /** The text of every column in a language, joined. */
    static List<String> columns(String html, String lang) {
        Matcher m = Pattern.compile("<div class=\"col\" lang=\"" + Pattern.quote(lang) + "\" dir=\"(ltr|rtl)\">")
                .matcher(html);
        List<String> dirs = new java.util.ArrayList<>();
        while (m.find()) {
            dirs.add(m.group(1));
        }
        return dirs;
    }

    static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void shouldShowTheArabicColumnRightToLeftBesideTheFrenchOne() {
        String html = receipt(null);
        List<String> arabic = columns(html, "ar");
        List<String> french = columns(html, "fr");
        assertEquals(6, arabic.size(), "one Arabic column per row");
        assertTrue(arabic.stream().allMatch("rtl"::equals), arabic.toString());
        assertEquals(6, french.size(), "one French column per row");
        assertTrue(french.stream().allMatch("ltr"::equals), french.toString());
        assertTrue(html.contains("<h1>إيصال موافقتك</h1>"), "the Arabic title is the page's heading");
        assertTrue(html.contains("Reçu de votre accord"));
        assertTrue(html.contains("هذه ترجمة آلية"), "the Arabic column says it is a machine translation");
        assertTrue(html.contains("Version 2026-12") || html.contains("version 2026-12"), "the consent text version");
    }

    @Test
    void shouldListExactlyTheConsentedOrganisationsAndFields() {
        String html = saved(receipt("ar"), "ar");
        // Two organisations in each of the two columns, and the sent referral with its service and date.
        assertEquals(4, count(html, "class=\"org\""), "La Cimade and Adoma, in two columns");
        assertTrue(html.contains(CIMADE_NAME));
        assertTrue(html.contains("Adoma"));
        assertEquals(2, count(html, "demande envoyée le") + count(html, "أُرسل الطلب في"), "one sent referral, twice");
        assertTrue(html.contains("Pas encore de demande envoyée."), "Adoma's draft is not listed as sent");
        assertTrue(html.contains("Votre prénom ou votre pseudonyme."));
        assertTrue(html.contains("Comment vous joindre."));
        assertTrue(html.contains("اسمك الأول أو اسمك المستعار."));
        assertFalse(html.contains("Votre année de naissance"), "birth year not consented");
        assertFalse(html.contains("situation administrative, seulement"), "status not consented");
        assertTrue(html.contains("24 mois"), "the retention period from the configuration");
    }

    @Test
    void shouldNotLeakTheBirthYearTheStatusOrAnyNote() {
        String html = receipt("ar");
        assertFalse(html.contains("1999"), "birth year");
        assertFalse(html.contains("asylum"), "status");
        assertFalse(html.contains("demandeur"), "status, in French words");
        assertFalse(html.contains(REFERRAL_NOTE), "referral note");
        assertFalse(html.contains(CASE_NOTE), "case note");
        assertFalse(html.contains("phone\""), "the contact channel's value");
    }

    @Test
    void shouldEscapeThePseudonymAndRunNoScript() {
        String html = receipt("ar");
        assertFalse(html.contains("<script"), "no script element at all");
        assertTrue(html.contains("Receipt &lt;script&gt;alert(1)&lt;/script&gt; Qv"), "the pseudonym, escaped");
    }

    @Test
    void shouldPointTheQrCodeAtThePublicPrivacyNoticeOnly() {
        String html = receipt("ti");
        assertTrue(html.contains("<svg class=\"qr\""), "an inline SVG QR code");
        assertTrue(html.contains("/kiosk/privacy#l=ti"), "the privacy notice in the person's language");
        assertTrue(html.contains("ናይ ፍቓድኩም ቅብሊት"), "the Tigrinya title");
        assertTrue(columns(html, "ti").stream().allMatch("ltr"::equals));
    }

    @Test
    void shouldReadPrsAsDariAndShowOnlyFrenchForAFrenchReader() {
        String dari = receipt("prs");
        assertTrue(columns(dari, "fa-AF").stream().allMatch("rtl"::equals) && !columns(dari, "fa-AF").isEmpty());
        String french = receipt("fr");
        assertEquals(6, columns(french, "fr").size());
        assertEquals(0, columns(french, "ar").size(), "one column when the person reads French");
        as(Personas.AGENT).queryParam("lang", "xx").get("/api/v1/cases/" + caseId + "/consent-receipt").then()
                .statusCode(Status.BAD_REQUEST.getStatusCode());
    }

    @Test
    void shouldSpeakEveryKioskLanguageWithNoWordLeftOut() {
        for (String lang : org.passerelle.common.i18n.KioskLanguages.TAGS) {
            String html = receipt(lang);
            String dir = List.of("ar", "fa-AF", "ps").contains(lang) ? "rtl" : "ltr";
            assertEquals(6, columns(html, lang).size(), lang);
            assertTrue(columns(html, lang).stream().allMatch(dir::equals), lang + " is " + dir);
            // A missing label shows its key; a placeholder left unfilled shows its braces.
            assertFalse(html.matches("(?s).*>[a-zA-Z.]+Title<.*"), lang + ": a label key instead of words");
            assertFalse(html.contains("{date}") || html.contains("{service}") || html.contains("{months}"), lang);
            assertEquals(!List.of("fr", "en").contains(lang), html.contains("class=\"machine\""),
                    lang + ": machine translations say so, the reference languages do not");
        }
    }

    @Test
    void shouldJournalEachPrinting() {
        receipt("fr");
        List<String> actions = json(Personas.COORDINATOR).queryParam("case", caseId).queryParam("size", 100)
                .get("/api/v1/access-journal").then().statusCode(Status.OK.getStatusCode()).extract()
                .path("items.action");
        assertTrue(actions.contains("consent-receipt-read"), actions.toString());
    }

    @Test
    void shouldBeTheDesksOnly() {
        String path = "/api/v1/cases/" + caseId + "/consent-receipt";
        as(Personas.AGENT_METZ).get(path).then().statusCode(Status.NOT_FOUND.getStatusCode())
                .header("Cache-Control", "no-store");
        as(Personas.PARTNER_A).get(path).then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Personas.COORDINATOR).get(path).then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Personas.ANONYMOUS).get(path).then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        as(Personas.AGENT).get("/api/v1/cases/" + java.util.UUID.randomUUID() + "/consent-receipt").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        List<String> actions = json(Personas.COORDINATOR).queryParam("case", caseId).queryParam("size", 100)
                .get("/api/v1/access-journal").then().statusCode(Status.OK.getStatusCode()).extract()
                .path("items.action");
        assertTrue(actions.contains("denied"), "the other desk's attempt is journaled");
    }

    @Test
    void shouldSendThePersonToTheirOwnDeskNeverToAnotherTownsDesk() {
        // The Nancy desk's receipt gives the one-stop shop's address and hours.
        assertTrue(receipt("fr").contains("1 place Stanislas"), "the Nancy desk's address");
        // A case of the Metz desk: its own name, and no Nancy address to go and withdraw at.
        String metzCase = json(Personas.AGENT_METZ).body("{\"person\":{\"name\":\"Receipt Metz Person Kd\","
                + "\"languages\":[\"fr\"]},\"needs\":[\"rights\"],\"consent\":{\"organizations\":[\"la-cimade\"],"
                + "\"fields\":[\"name\"],\"textVersion\":\"2026-12\",\"textLang\":\"fr\"}}")
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        String metz = as(Personas.AGENT_METZ).get("/api/v1/cases/" + metzCase + "/consent-receipt").then()
                .statusCode(Status.OK.getStatusCode()).extract().asString();
        assertTrue(metz.contains("Metz"), "the Metz desk named");
        assertFalse(metz.contains("Stanislas") || metz.contains("Nancy"), "another town's desk on the receipt");
    }
}
