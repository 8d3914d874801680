package org.passerelle.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.passerelle.common.i18n.KioskLanguages;
import org.passerelle.support.Api;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/**
 * The referral slips (issue 17, decision 0021): one page per live referral, the service in the person's
 * language beside French, never anything about the person but the case reference; the desk's agents only,
 * journaled; and the public slips for services named, anonymous, validated, rate limited elsewhere
 * (ServiceSlipRateLimitTest). The test person is fictional (LogPrivacyIT lists the name and the notes).
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ReferralSlipsTest {

    static final String PERSON = "Slip Person Wq";
    static final String REFERRAL_NOTE = "Slip referral note sn4";
    static final String CASE_NOTE = "Slip case note sc7";
    static final String CIMADE = "cimade-permanences-juridiques";
    static final String ADOMA = "adoma-logement-accompagne";
    static final String MASSY = "cimade-hebergement-massy";
    static final String CIMADE_FR = "Permanences d'accompagnement juridique et administratif (La Cimade)";
    static final String CIMADE_AR = "جلسات استشارة قانونية وإدارية (La Cimade)";
    static final String ADOMA_FR = "Logement accompagné en résidence (Adoma)";
    static final String ADOMA_AR = "سكن مع مرافقة في إقامات (Adoma)";
    static final String MASSY_FR = "Hébergement au centre de La Cimade à Massy";
    static final String MASSY_AR = "السكن في مركز La Cimade في Massy";

    static {
        Api.configure();
    }

    static String caseId;
    static String reference;

    static RequestSpecification as(Personas p) {
        RequestSpecification spec = given().accept(ContentType.HTML);
        return p == Personas.ANONYMOUS ? spec : spec.auth().oauth2(p.token());
    }

    static RequestSpecification json(Personas p) {
        return given().accept(ContentType.JSON).contentType(ContentType.JSON).auth().oauth2(p.token());
    }

    static String openCase(String name, String textLang) {
        return json(Personas.AGENT).body("{\"person\":{\"name\":\"" + name + "\",\"languages\":[\"ar\",\"fr\"],"
                + "\"contactChannel\":\"phone\",\"birthYear\":1999,\"status\":\"asylum-seeker\"},"
                + "\"needs\":[\"rights\",\"housing\"],\"consent\":{\"organizations\":[\"la-cimade\",\"adoma\"],"
                + "\"fields\":[\"name\",\"contactChannel\",\"birthYear\",\"status\"],\"textVersion\":\"2026-12\","
                + "\"textLang\":\"" + textLang + "\"}}")
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    static String refer(String caseId, String service, String need, boolean send, String note) {
        return json(Personas.AGENT).body("{\"service\":\"" + service + "\",\"need\":\"" + need + "\",\"send\":" + send
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}")
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(201).extract().path("id");
    }

    static void cancel(String referral) {
        String etag = json(Personas.AGENT).get("/api/v1/referrals/" + referral).then().statusCode(200).extract()
                .header("ETag");
        json(Personas.AGENT).header("If-Match", etag).body("{\"reason\":\"other\"}")
                .post("/api/v1/referrals/" + referral + "/cancel").then().statusCode(200);
    }

    /**
     * A case with three referrals: sent to La Cimade, a draft to Adoma (both live) and one to La Cimade's
     * Massy centre, cancelled: its slip must not print.
     */
    @BeforeEach
    void openTheCase() {
        if (caseId != null) {
            return;
        }
        caseId = openCase(PERSON, "ar");
        reference = json(Personas.AGENT).get("/api/v1/cases/" + caseId).then().statusCode(200).extract()
                .path("reference");
        refer(caseId, CIMADE, "rights", true, REFERRAL_NOTE);
        refer(caseId, ADOMA, "housing", false, null);
        cancel(refer(caseId, MASSY, "housing", true, null));
        json(Personas.AGENT).body("{\"body\":\"" + CASE_NOTE + "\"}").post("/api/v1/cases/" + caseId + "/notes")
                .then().statusCode(201);
    }

    /** The case's slips, checked for the headers every one carries. */
    static String slips(String id, String lang) {
        RequestSpecification spec = as(Personas.AGENT);
        if (lang != null) {
            spec = spec.queryParam("lang", lang);
        }
        Response response = spec.get("/api/v1/cases/" + id + "/referral-slips");
        assertEquals(1, response.headers().getList("Content-Security-Policy").size(), "one policy, the slips'");
        return response.then().statusCode(Status.OK.getStatusCode())
                .contentType(startsWith("text/html")).header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe")))
                .header("Content-Security-Policy", not(containsString("script-src")))
                .extract().asString();
    }

    /** The public slips. */
    static Response publicSlips(String query) {
        return as(Personas.ANONYMOUS).get("/api/v1/referral-slips" + query);
    }

    /** The page's text as a reader sees it: the engine's escapes undone. */
    static String text(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    /** The dir of every column in a language. */
    static List<String> columns(String html, String lang) {
        Matcher m = Pattern.compile("<div class=\"col\" lang=\"" + Pattern.quote(lang) + "\" dir=\"(ltr|rtl)\">")
                .matcher(html);
        List<String> dirs = new ArrayList<>();
        while (m.find()) {
            dirs.add(m.group(1));
        }
        return dirs;
    }

    /** Kept under target/ for a look in a browser (a fictional person). */
    static String saved(String html, String name) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", name + ".html"), html);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return html;
    }

    @Test
    void shouldPrintOneSlipPerLiveReferralInArabicBesideFrench() {
        String html = saved(slips(caseId, "ar"), "referral-slips-ar");
        String text = text(html);
        assertEquals(2, count(html, "<section class=\"slip\""), "one slip per live referral, the cancelled one left out");
        assertTrue(text.contains(CIMADE_FR) && text.contains(CIMADE_AR), "La Cimade's service in French and Arabic");
        assertTrue(text.contains(ADOMA_FR) && text.contains(ADOMA_AR), "Adoma's service, a draft, in both");
        assertFalse(text.contains(MASSY_FR) || text.contains(MASSY_AR), "the cancelled referral has no slip");
        assertTrue(text.indexOf(CIMADE_FR) < text.indexOf(ADOMA_FR), "in the order the referrals were made");
        // The head, the way in and what to bring on each slip, the places where known: a column per language each.
        assertTrue(columns(html, "ar").size() >= 6 && columns(html, "ar").stream().allMatch("rtl"::equals));
        assertEquals(columns(html, "ar").size(), columns(html, "fr").size(), "the columns go in pairs");
        assertTrue(columns(html, "fr").stream().allMatch("ltr"::equals));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ar\">"));
        assertEquals(2, count(html, "<svg class=\"qr\""), "a QR code per slip");
        assertTrue(html.contains("/kiosk/services/" + CIMADE + "#l=ar"), "the kiosk's service page, in Arabic");
        assertTrue(html.contains("/kiosk/services/" + ADOMA + "#l=ar"));
        assertEquals(4, count(html, "class=\"code\">" + reference + "<"), "the case reference on each slip, in both columns");
        assertTrue(text.contains("Où aller") && text.contains("إلى أين تذهب"));
        assertTrue(html.contains("<p class=\"machine\">ترجمة آلية. النص الفرنسي هو المرجع.</p>"),
                "the Arabic column says it is a machine translation");
        assertFalse(html.contains("<script"), "no script at all");
    }

    @Test
    void shouldNeverPrintAnythingAboutThePersonButTheReference() {
        for (String lang : List.of("ar", "fr")) {
            String html = text(slips(caseId, lang));
            assertFalse(html.contains(PERSON), "the name");
            assertFalse(html.contains("Slip Person"), "any part of the name");
            assertFalse(html.contains("1999"), "the birth year");
            assertFalse(html.contains("asylum"), "the status");
            assertFalse(html.contains("demandeur d") || html.contains("Demandeur d"), "the status, in French words");
            assertFalse(html.contains(REFERRAL_NOTE), "the referral note");
            assertFalse(html.contains(CASE_NOTE), "the case note");
        }
    }

    @Test
    void shouldSayHowToGetInWhereWhenAndWhatToBring() {
        String html = text(slips(caseId, "ar"));
        // La Cimade holds a weekly permanence at the desk: Tuesday 14:00-17:00, walk in, with an interpreter.
        assertTrue(html.contains("Guichet unique — Hôtel de ville de Nancy (exemple)"), "the place");
        assertTrue(html.contains("1 place Stanislas, 54000 Nancy"), "its address");
        assertTrue(html.contains("mardi") && html.contains("الثلاثاء"), "the day, in each language");
        assertTrue(html.contains("<bdi dir=\"ltr\">14:00–17:00</bdi>"), "the hours, kept left to right");
        assertTrue(html.contains("interprète disponible") && html.contains("يوجد مترجم"), "the interpreter");
        assertTrue(html.contains("Ces horaires sont des exemples"), "example hours said so");
        assertTrue(html.contains("Comment y accéder") && html.contains("كيف تحصل على الخدمة"), "the way in");
        assertTrue(html.contains("Allez-y aux heures d’ouverture.") && html.contains("اذهب إليهم في ساعات العمل."),
                "La Cimade: come when it is open");
        assertTrue(html.contains("Quoi apporter") && html.contains("ماذا تحضر معك"), "what to bring");
        assertTrue(html.contains("Pas de papiers ? Vous pouvez quand même y aller et demander."));
    }

    @Test
    void shouldDefaultToTheConsentTextsLanguage() {
        assertTrue(slips(caseId, null).startsWith("<!DOCTYPE html>\n<html lang=\"ar\">"));
        String dari = slips(caseId, "prs");
        assertFalse(columns(dari, "fa-AF").isEmpty());
        assertTrue(columns(dari, "fa-AF").stream().allMatch("rtl"::equals));
        String french = slips(caseId, "fr");
        assertEquals(0, columns(french, "ar").size(), "one column when the person reads French");
        assertEquals(2, count(french, "<section class=\"slip\""));
    }

    @Test
    void shouldSpeakEveryKioskLanguageWithNoWordLeftOut() {
        for (String lang : KioskLanguages.TAGS) {
            String html = slips(caseId, lang);
            String dir = List.of("ar", "fa-AF", "ps").contains(lang) ? "rtl" : "ltr";
            assertFalse(columns(html, lang).isEmpty(), lang);
            assertTrue(columns(html, lang).stream().allMatch(dir::equals), lang + " is " + dir);
            // A missing label shows its key; a placeholder left unfilled shows its braces.
            assertFalse(html.matches("(?s).*>(way\\.[a-z-]+|[a-zA-Z]+Title)<.*"), lang + ": a label key instead of words");
            assertFalse(html.contains("{date}") || html.contains("{organization}") || html.contains("{count}"), lang);
            assertEquals(!List.of("fr", "en").contains(lang), html.contains("class=\"machine\""),
                    lang + ": machine translations say so, the reference languages do not");
        }
    }

    @Test
    void shouldPrintOnePageSayingThereIsNothingToPrint() {
        String other = openCase("Slip Empty Person Ek", "uk");
        cancel(refer(other, ADOMA, "housing", true, null));
        String html = text(slips(other, null));
        assertEquals(1, count(html, "<section class=\"slip\""), "a single page");
        assertTrue(html.contains("Rien à imprimer") && html.contains("Нічого друкувати"));
        assertFalse(html.contains("<svg"), "no QR code for nothing");
        assertFalse(html.contains("Slip Empty Person"));
    }

    @Test
    void shouldJournalEachPrinting() {
        slips(caseId, "fr");
        List<String> actions = json(Personas.COORDINATOR).queryParam("case", caseId).queryParam("size", 100)
                .get("/api/v1/access-journal").then().statusCode(Status.OK.getStatusCode()).extract()
                .path("items.action");
        assertTrue(actions.contains("referral-slips-read"), actions.toString());
    }

    @Test
    void shouldBeTheDesksOnly() {
        String path = "/api/v1/cases/" + caseId + "/referral-slips";
        as(Personas.AGENT_METZ).get(path).then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(startsWith("application/problem+json")).header("Cache-Control", "no-store");
        as(Personas.PARTNER_A).get(path).then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Personas.PARTNER_A_CLIENT).get(path).then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Personas.COORDINATOR).get(path).then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(Personas.ANONYMOUS).get(path).then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        as(Personas.AGENT).get("/api/v1/cases/" + UUID.randomUUID() + "/referral-slips").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        as(Personas.AGENT).get("/api/v1/cases/not-a-uuid/referral-slips").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        as(Personas.AGENT).queryParam("lang", "xx").get(path).then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("lang"));
        List<String> actions = json(Personas.COORDINATOR).queryParam("case", caseId).queryParam("size", 100)
                .get("/api/v1/access-journal").then().statusCode(Status.OK.getStatusCode()).extract()
                .path("items.action");
        assertTrue(actions.contains("denied"), "the other desk's attempt is journaled");
    }

    @Test
    void shouldRefuseAnAnonymisedCase() {
        String erased = openCase("Slip Erased Person Ep", "fr");
        refer(erased, CIMADE, "rights", true, null);
        String etag = json(Personas.COORDINATOR).queryParam("purpose", "gdpr-request").get("/api/v1/cases/" + erased)
                .then().statusCode(200).extract().header("ETag");
        json(Personas.COORDINATOR).header("If-Match", etag).delete("/api/v1/cases/" + erased).then().statusCode(204);
        as(Personas.AGENT).get("/api/v1/cases/" + erased + "/referral-slips").then()
                .statusCode(Status.CONFLICT.getStatusCode()).contentType(startsWith("application/problem+json"))
                .header("Cache-Control", "no-store");
    }

    // ------------------------------------------------------------------ the public slips

    @Test
    void shouldPrintPublicSlipsWithNoReferenceAndNothingJournaled() {
        String adomaId = given().accept(ContentType.JSON).get("/api/v1/services/" + ADOMA).then().statusCode(200)
                .extract().path("id");
        long journaled = journalSize();
        Response response = publicSlips("?service=" + CIMADE + "&service=" + adomaId + "&service=" + CIMADE + "&lang=ar");
        assertEquals(1, response.headers().getList("Content-Security-Policy").size());
        String html = saved(response.then().statusCode(200).contentType(startsWith("text/html"))
                .header("Cache-Control", "no-store").header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString(), "service-slips-ar");
        String text = text(html);
        assertEquals(2, count(html, "<section class=\"slip\""), "each service once, by slug or id");
        assertTrue(text.contains(CIMADE_FR) && text.contains(CIMADE_AR) && text.contains(ADOMA_FR)
                && text.contains(ADOMA_AR));
        assertFalse(text.contains("Référence du dossier") || text.contains("رقم الملف"), "no reference: there is no case");
        assertTrue(html.contains("/kiosk/services/" + ADOMA + "#l=ar"), "the QR code names the slug, even asked by id");
        assertEquals(journaled, journalSize(), "nothing journaled: there is no person");
    }

    @Test
    void shouldTakeTheBrowsersLanguageWithoutLang() {
        String html = publicSlips("?service=" + CIMADE).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<html lang=\"fr\">") && columns(html, "ar").isEmpty(), "French by default");
        html = as(Personas.ANONYMOUS).header("Accept-Language", "ti-ER, fr;q=0.5")
                .get("/api/v1/referral-slips?service=" + CIMADE).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<html lang=\"ti\">"), "Tigrinya from Accept-Language (ti-ER)");
        html = as(Personas.ANONYMOUS).header("Accept-Language", "de;;;q=x").queryParam("service", CIMADE)
                .get("/api/v1/referral-slips").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<html lang=\"fr\">"), "a malformed header is ignored");
    }

    @Test
    void shouldValidateThePublicSlipsInput() {
        publicSlips("").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("service"));
        publicSlips("?service=").then().statusCode(400).body("errors.field", hasItem("service"));
        publicSlips("?service=a%20b").then().statusCode(400).body("errors.field", hasItem("service"));
        publicSlips("?service=" + "x".repeat(121)).then().statusCode(400).body("errors.field", hasItem("service"));
        publicSlips("?service=" + String.join("&service=", Collections.nCopies(21, CIMADE))).then().statusCode(400)
                .body("errors.find { it.field == 'service' }.message", containsString("at most 20"));
        publicSlips("?service=" + CIMADE + "&lang=xx").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", is(List.of("lang")));
        publicSlips("?service=a%20b&lang=xx").then().statusCode(400)
                .body("errors.field", is(List.of("service", "lang")));
        publicSlips("?service=" + CIMADE + "&service=no-such-service-zz&service=" + UUID.randomUUID()).then()
                .statusCode(404).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("'no-such-service-zz'")).body("status", is(404));
        // Never a 500: odd values answer 4xx problems.
        // An empty lang is no lang (French), as for the consent receipt.
        publicSlips("?service=" + CIMADE + "&lang=").then().statusCode(200);
        for (String odd : List.of("?service=%00", "?service=--", "?service=%E2%80%AE",
                "?service=" + CIMADE + "&lang=" + "a".repeat(40))) {
            int status = publicSlips(odd).then().extract().statusCode();
            assertTrue(status == 400 || status == 404, odd + " answered " + status);
        }
        given().accept(ContentType.JSON).get("/api/v1/referral-slips?service=" + CIMADE).then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
    }

    @Inject
    AccessJournal journal;

    /** The journal has no list without a case: its rows are counted where they are kept. */
    long journalSize() {
        return QuarkusTransaction.requiringNew().call(journal::count);
    }
}
