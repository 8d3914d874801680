package org.passerelle.referral;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.referral.ReferralLoopTest.ADOMA;
import static org.passerelle.referral.ReferralLoopTest.CIMADE;
import static org.passerelle.referral.ReferralLoopTest.as;
import static org.passerelle.referral.ReferralLoopTest.caseBody;
import static org.passerelle.referral.ReferralLoopTest.command;
import static org.passerelle.referral.ReferralLoopTest.openCase;
import static org.passerelle.referral.ReferralLoopTest.refer;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.passerelle.support.Api;
import org.passerelle.support.Personas;

/**
 * The person's rights over their case through the API (decision 0019): withdrawing consent (for all or some
 * organisations), the export of everything held, and erasure, checked down to every text column of the
 * database. Test persons and notes are fictional, and listed in LogPrivacyIT.
 */
@QuarkusTest
@TestProfile(RightsProfile.class)
class CaseRightsTest {

    static {
        Api.configure();
    }

    @Inject
    RightsEvents observed;
    @Inject
    DataSource dataSource;

    @Test
    void shouldEndEveryPartnersAccessAtOnceWhenThePersonWithdraws() {
        String caseId = openCase(caseBody("Withdraw Person Qv", null, "\"la-cimade\",\"adoma\"", "\"name\""));
        String toCimade = refer(caseId, CIMADE, true);
        String toAdoma = refer(caseId, ADOMA, true);
        command(Personas.PARTNER_A, toCimade, "accept", null).then().statusCode(200);
        as(Personas.PARTNER_A).contentType(ContentType.JSON).body("{\"body\":\"Withdraw note wq4\"}")
                .post("/api/v1/referrals/" + toCimade + "/notes").then().statusCode(201);

        withdraw(Personas.PARTNER_A, caseId, null).then().statusCode(403);
        withdraw(Personas.AGENT_METZ, caseId, null).then().statusCode(404);
        withdraw(Personas.AGENT, caseId, null).then().statusCode(200)
                .body("consent.organizations", is(List.of()))
                .body("consent.records.withdrawnAt", everyItem(notNullValue()))
                .body("referrals.status", everyItem(is("cancelled")))
                .body("referrals.reason", everyItem(is("consent-withdrawn")));
        assertTrue(observed.withdrawn(UUID.fromString(caseId)), "CaseConsentWithdrawn was not fired");

        // The partners' access ended at once, closed history included: as if the referral never existed.
        for (String path : List.of("/api/v1/referrals/" + toCimade, "/api/v1/referrals/" + toCimade + "/notes")) {
            Response r = as(Personas.PARTNER_A).get(path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.asString().contains("Withdraw Person") || r.asString().contains("wq4"), r.asString());
        }
        as(Personas.PARTNER_B).get("/api/v1/referrals/" + toAdoma).then().statusCode(404);
        String inbox = as(Personas.PARTNER_A).queryParam("size", 100).get("/api/v1/referrals").asString();
        assertFalse(inbox.contains(toCimade), "a withdrawn referral in the partner's inbox");
        as(Personas.PARTNER_A).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"reason\":\"got-help\"}").post("/api/v1/referrals/" + toCimade + "/complete").then()
                .statusCode(404);
        JsonPath journal = as(Personas.COORDINATOR).queryParam("case", caseId).queryParam("size", 100)
                .get("/api/v1/access-journal").then().statusCode(200).extract().jsonPath();
        assertTrue(journal.getList("items.action").contains("consent-withdraw"), journal.prettify());
        List<String> deniedTo = journal.getList("items.findAll { it.action == 'denied' && it.referralId == '"
                + toCimade + "' }.principal");
        assertTrue(deniedTo.contains(Personas.PARTNER_A.subject()), "the refused read is not journaled: " + deniedTo);

        // No new referral (nor a second withdrawal) until the person consents again.
        as(Personas.AGENT).contentType(ContentType.JSON).body("{\"service\":\"" + CIMADE + "\",\"send\":true}")
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(409)
                .body("type", containsString("outside-consent"));
        withdraw(Personas.AGENT, caseId, null).then().statusCode(409)
                .contentType(Api.PROBLEM_JSON);
        String etag = as(Personas.AGENT).get("/api/v1/cases/" + caseId).header("ETag");
        as(Personas.AGENT).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"organizations\":[\"la-cimade\"],\"textVersion\":\"2026-12\",\"textLang\":\"ar\"}")
                .post("/api/v1/cases/" + caseId + "/consent-amendments").then().statusCode(200);
        String again = refer(caseId, CIMADE, true);
        as(Personas.PARTNER_A).get("/api/v1/referrals/" + again).then().statusCode(200);
        as(Personas.PARTNER_A).get("/api/v1/referrals/" + toCimade).then().statusCode(404);
    }

    @Test
    void shouldWithdrawFromOneOrganisationAndKeepTheOthers() {
        String caseId = openCase(caseBody("Partial Person Yx", null, "\"la-cimade\",\"adoma\"", "\"name\""));
        String toCimade = refer(caseId, CIMADE, true);
        String toAdoma = refer(caseId, ADOMA, true);
        withdraw(Personas.AGENT, caseId, "{\"organizations\":[\"france-terre-d-asile\"]}").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("errors.field", hasItem("organizations[0]"));
        withdraw(Personas.AGENT, caseId, "{\"organizations\":[]}").then().statusCode(400)
                .body("errors.field", hasItem("organizations"));
        withdraw(Personas.AGENT, caseId, "{\"organizations\":[\"adoma\"]}").then().statusCode(200)
                .body("consent.organizations.slug", is(List.of("la-cimade")))
                .body("consent.records.kind", is(List.of("initial", "remainder")))
                .body("referrals.find { it.id == '" + toAdoma + "' }.status", is("cancelled"))
                .body("referrals.find { it.id == '" + toCimade + "' }.status", is("sent"));
        as(Personas.PARTNER_B).get("/api/v1/referrals/" + toAdoma).then().statusCode(404);
        as(Personas.PARTNER_A).get("/api/v1/referrals/" + toCimade).then().statusCode(200).body("status", is("sent"));
        command(Personas.PARTNER_A, toCimade, "accept", null).then().statusCode(200).body("person.name",
                is("Partial Person Yx"));
    }

    @Test
    void shouldExportAllOfOnePersonAndNothingOfAnother() {
        String mine = openCase(caseBody("Export Person Ua", "refugee", "\"la-cimade\"", "\"name\""));
        String other = openCase(caseBody("Other Person Ob", null, "\"la-cimade\"", "\"name\""));
        as(Personas.AGENT).contentType(ContentType.JSON).body("{\"body\":\"Export note ea1\"}")
                .post("/api/v1/cases/" + mine + "/notes").then().statusCode(201);
        as(Personas.AGENT).contentType(ContentType.JSON).body("{\"body\":\"Other note ob3\"}")
                .post("/api/v1/cases/" + other + "/notes").then().statusCode(201);
        String referral = refer(mine, CIMADE, true);
        refer(other, CIMADE, true);
        as(Personas.PARTNER_A).contentType(ContentType.JSON).body("{\"body\":\"Export partner note ep2\"}")
                .post("/api/v1/referrals/" + referral + "/notes").then().statusCode(201);

        String export = as(Personas.AGENT).get("/api/v1/cases/" + mine + "/export").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("id", is(mine)).body("person.name", is("Export Person Ua")).body("person.status", is("refugee"))
                .body("person.birthYear", is(1999)).body("person.languages", is(List.of("ar")))
                .body("needs", hasItem("housing"))
                .body("consents[0].organizations.slug", is(List.of("la-cimade")))
                .body("consents[0].textVersion", is("2026-12")).body("consents[0].fields", is(List.of("name")))
                .body("referrals[0].id", is(referral)).body("referrals[0].note", is("Test note zq7"))
                .body("referrals[0].status", is("sent"))
                .body("notes.body", is(List.of("Export note ea1", "Export partner note ep2")))
                .body("timeline.action", hasItem("referral-sent"))
                .body("accessJournal.action", hasItem("case-create")).body("accessJournal.action", hasItem("case-export"))
                .extract().asString();
        for (String foreign : List.of("Other Person Ob", "ob3", other)) {
            assertFalse(export.contains(foreign), "another person's data in the export: " + foreign);
        }
        as(Personas.COORDINATOR).get("/api/v1/cases/" + mine + "/export").then().statusCode(200)
                .body("person.name", is("Export Person Ua"));
        Response metz = as(Personas.AGENT_METZ).get("/api/v1/cases/" + mine + "/export");
        assertEquals(404, metz.statusCode());
        assertFalse(metz.asString().contains("Export Person"), metz.asString());
        as(Personas.PARTNER_A).get("/api/v1/cases/" + mine + "/export").then().statusCode(403);
    }

    static final List<String> ERASED = List.of("Erase Person Zr", "Erase note er5", "Erase referral note er6",
            "Erase partner note er7");

    @Test
    void shouldEraseEveryPersonalFieldEverywhereAndKeepTheStatistics() throws SQLException {
        String caseId = keyed(Personas.AGENT, "/api/v1/cases", caseBody("Erase Person Zr", "asylum-seeker",
                "\"la-cimade\",\"adoma\"", "\"name\",\"birthYear\""), "id");
        keyed(Personas.AGENT, "/api/v1/cases/" + caseId + "/notes", "{\"body\":\"Erase note er5\"}", "id");
        String referral = keyed(Personas.AGENT, "/api/v1/cases/" + caseId + "/referrals", "{\"service\":\"" + CIMADE
                + "\",\"need\":\"rights\",\"note\":\"Erase referral note er6\",\"send\":true}", "id");
        String declined = refer(caseId, ADOMA, true);
        command(Personas.PARTNER_A, referral, "accept", null).then().statusCode(200);
        command(Personas.PARTNER_B, declined, "decline", "{\"reason\":\"no-capacity\"}").then().statusCode(200);
        keyed(Personas.PARTNER_A, "/api/v1/referrals/" + referral + "/notes", "{\"body\":\"Erase partner note er7\"}",
                "id");
        assertFalse(textColumnsHolding(ERASED).isEmpty(), "the scan finds nothing even before the erasure");
        long referralRows = count("select count(*) from referral where case_id = ?", caseId);

        String etag = as(Personas.COORDINATOR).queryParam("purpose", "gdpr-request").get("/api/v1/cases/" + caseId)
                .then().statusCode(200).extract().header("ETag");
        as(Personas.AGENT).header("If-Match", etag).delete("/api/v1/cases/" + caseId).then().statusCode(403);
        as(Personas.PARTNER_A).header("If-Match", etag).delete("/api/v1/cases/" + caseId).then().statusCode(403);
        as(Personas.COORDINATOR).delete("/api/v1/cases/" + caseId).then().statusCode(428);
        as(Personas.COORDINATOR).header("If-Match", "\"0\"").delete("/api/v1/cases/" + caseId).then().statusCode(412);
        as(Personas.COORDINATOR).header("If-Match", etag).delete("/api/v1/cases/" + caseId).then().statusCode(204);
        assertTrue(observed.erased(UUID.fromString(caseId)), "CaseErased was not fired");

        // Nothing personal left in any text column of any table, the stored idempotent responses included.
        assertEquals(List.of(), textColumnsHolding(ERASED));
        assertEquals(0L, count("select count(*) from referral_case where id = ? and (birth_year is not null "
                + "or person_status is not null or contact_channel is not null)", caseId));
        assertEquals(0L, count("select count(*) from case_language where case_id = ?", caseId));
        // The statistics keep their rows: the accepted referral cancelled, the declined one as it was.
        assertEquals(referralRows, count("select count(*) from referral where case_id = ?", caseId));
        assertEquals(1L, count("select count(*) from referral where case_id = ? and status = 'declined' "
                + "and reason = 'no-capacity'", caseId));
        assertEquals(1L, count("select count(*) from referral where case_id = ? and status = 'cancelled' "
                + "and reason = 'erased-on-request'", caseId));
        assertEquals(1L, count("select count(*) from case_need where case_id = ? and need = 'housing'", caseId));
        as(Personas.AGENT).get("/api/v1/cases/" + caseId).then().statusCode(200).body("person", nullValue())
                .body("anonymisedAt", notNullValue()).body("referrals.size()", is(2));
        as(Personas.PARTNER_A).get("/api/v1/referrals/" + referral).then().statusCode(404);
        as(Personas.AGENT).get("/api/v1/cases/" + caseId + "/export").then().statusCode(200)
                .body("erasedAt", notNullValue()).body("person", nullValue()).body("notes", is(List.of()))
                .body("accessJournal.action", hasItem("case-erase"));
        String now = as(Personas.COORDINATOR).get("/api/v1/cases/" + caseId).header("ETag");
        as(Personas.COORDINATOR).header("If-Match", now).delete("/api/v1/cases/" + caseId).then().statusCode(409);
    }

    /** The desk records a withdrawal: for the organisations of the body, or for all with none. */
    static Response withdraw(Personas p, String caseId, String body) {
        var spec = as(p).contentType(ContentType.JSON);
        return (body == null ? spec : spec.body(body)).post("/api/v1/cases/" + caseId + "/consent/withdraw");
    }

    /** A create sent with an Idempotency-Key, so its response (with the person in it) is stored. */
    private static String keyed(Personas p, String path, String body, String idPath) {
        return as(p).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).extract().path(idPath);
    }

    /** Every text column of every table of the application's schema that holds one of the values. */
    List<String> textColumnsHolding(List<String> values) throws SQLException {
        Set<Integer> text = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR,
                Types.NCHAR, Types.LONGNVARCHAR, Types.NCLOB);
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    if (text.contains(rs.getInt("DATA_TYPE"))) {
                        columns.add(new String[] { rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME") });
                    }
                }
            }
            assertTrue(columns.stream().anyMatch(c -> c[0].equalsIgnoreCase("idempotency_record")),
                    "the scan must cover idempotency_record");
            for (String[] column : columns) {
                String sql = "select count(*) from \"" + schema + "\".\"" + column[0] + "\" where cast(\"" + column[1]
                        + "\" as varchar(200000)) like ?";
                for (String value : values) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setString(1, "%" + value + "%");
                        try (ResultSet rs = statement.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + " holds '" + value + "'");
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    long count(String sql, String caseId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(caseId));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
