package org.passerelle.catalogue;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.NOT_MODIFIED;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.support.Api.PROBLEM_JSON;
import static org.passerelle.support.Api.allSlugs;
import static org.passerelle.support.Api.anonymous;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.passerelle.support.Api;
import org.passerelle.support.DemoData;

@QuarkusTest
class InitiativeResourceTest {

    static final String INITIATIVES = "/api/v1/initiatives";
    static final Set<String> MERGED_002 = Set.of("s002-anvita", "s002-kodiko", "s002-caracol", "s002-migracoop",
            "s002-refugee-food-festival");

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void shouldListTheInitiativesOfBothFilesWithTheFiveMergesApplied() {
        Set<String> expected = new TreeSet<>();
        DemoData.read("demo-catalogue/initiatives.json").forEach(i -> expected.add(i.path("id").asText()));
        DemoData.read("demo-catalogue/initiatives-002.json").stream().map(i -> i.path("id").asText())
                .filter(id -> !MERGED_002.contains(id)).forEach(expected::add);
        assertEquals(156, expected.size());
        assertEquals(List.copyOf(expected), allSlugs(INITIATIVES));
    }

    @Test
    void shouldKeepTheMainIdAndAddTheFactsOf002OnAMerge() {
        anonymous().get(INITIATIVES + "/s002-kodiko").then().statusCode(NOT_FOUND.getStatusCode());
        anonymous().get(INITIATIVES + "/kodiko-co-training").then().statusCode(OK.getStatusCode())
                .body("sources.file", hasItems("003_9c691a3fa8d45fcf.txt", "002_f30ec46e97b43c78.txt"))
                .body("sources.find { it.file == '002_f30ec46e97b43c78.txt' }.date", is("2022-05-31"));
        JsonNode anvita002 = DemoData.read("demo-catalogue/initiatives-002.json").stream()
                .filter(i -> "s002-anvita".equals(i.path("id").asText())).findFirst().orElseThrow();
        anonymous().get(INITIATIVES + "/anvita").then().statusCode(OK.getStatusCode())
                .body("website", is(anvita002.path("website").asText()))
                .body("partners", hasItem(anvita002.path("partners").get(0).asText()))
                .body("themes", hasItems("rights", "social-link"));
    }

    @Test
    void shouldDateEveryResultBySource() {
        anonymous().get(INITIATIVES + "/s002-unionmigrantnet").then().statusCode(OK.getStatusCode())
                .body("results[0].sourceDate", is("2022-05-31"))
                .body("results[0].sourceFile", is("002_f30ec46e97b43c78.txt"));
    }

    @Test
    void shouldFilterByThemePublicCountryAndText() {
        List<JsonNode> all = new java.util.ArrayList<>(DemoData.read("demo-catalogue/initiatives.json"));
        DemoData.read("demo-catalogue/initiatives-002.json").stream()
                .filter(i -> !MERGED_002.contains(i.path("id").asText())).forEach(all::add);
        List<String> belgian = DemoData.slugs(all.stream().filter(i -> "BE".equals(i.path("territory").path("country").asText())).toList());
        assertEquals(belgian, allSlugs(INITIATIVES, "country", "be"));
        List<String> undocumented = allSlugs(INITIATIVES, "public", "undocumented");
        assertTrue(undocumented.size() >= 20, "25 entries name undocumented people, minus merges");
        List<String> rightsAndBe = allSlugs(INITIATIVES, "theme", "rights", "country", "BE");
        assertTrue(belgian.containsAll(rightsAndBe) && !rightsAndBe.isEmpty());
        List<String> work = allSlugs(INITIATIVES, "domain", "work", "public", "refugees");
        assertTrue(work.contains("kodiko-co-training"));
        assertTrue(allSlugs(INITIATIVES, "q", "kodiko").contains("kodiko-co-training"));
        anonymous().queryParam("public", "refugee").get(INITIATIVES).then().statusCode(BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON).body("errors[0].field", is("public"));
        anonymous().queryParam("country", "BEL").get(INITIATIVES).then().statusCode(BAD_REQUEST.getStatusCode())
                .body("errors[0].field", is("country"));
    }

    @Test
    void shouldLinkAnInitiativeToItsServicesAndOperator() {
        anonymous().get(INITIATIVES + "/adoma-besancon-accompagnement-bpi-logement").then()
                .statusCode(OK.getStatusCode())
                .body("organization.slug", is("adoma"))
                .body("services.slug", hasItem("adoma-besancon-acces-logement"))
                .body("summary", notNullValue());
        String etag = anonymous().get(INITIATIVES + "/anvita").header("ETag");
        anonymous().header("If-None-Match", etag).get(INITIATIVES + "/anvita").then()
                .statusCode(NOT_MODIFIED.getStatusCode());
    }
}
