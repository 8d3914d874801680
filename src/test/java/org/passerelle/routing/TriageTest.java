package org.passerelle.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import org.passerelle.routing.api.NeedsProfile;
import org.passerelle.routing.api.Reason;
import org.passerelle.routing.api.Verdict;

/**
 * Routing cases drawn from newcomers' situations (docs/architecture.md): each asserts offers the plan must include, with
 * their verdict and reasons, and offers it must leave out, with the rule that excludes them.
 */
@QuarkusTest
class TriageTest {

    @Inject
    RoutingSnapshot snapshot;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager entityManager;
    @Inject
    UnmetNeeds unmetNeeds;

    // -- cases from the seeds -------------------------------------------------------------------------

    @Test
    void aYoungRefugeeInNancyWithA1FrenchGetsTheCaecCourse() {
        JsonPath plan = plan("{\"needs\":[\"french\"],\"status\":\"refugee\",\"age\":22,\"frenchLevel\":\"A1\","
                + "\"city\":\"Nancy\"}");
        Map<String, Object> caec = offer(plan, "french", "caec-francais-professionnel-jeunes-bpi");
        assertEquals("eligible", caec.get("verdict"));
        assertReason(caec, "status.matches", "fits");
        assertReason(caec, "age.range", "fits");
        assertReason(caec, "french.range", "fits");
        assertReason(caec, "territory.local", "fits");
        assertReason(caec, "access.professional-referral", "info");
        assertEquals(0.0, ((Number) caec.get("distanceKm")).doubleValue());
        // A course in another city is left out, because of where it is.
        assertAbsent(plan, "french", "adoma-besancon-renforcement-francais");
        assertExcludedBy("adoma-besancon-renforcement-francais", "{\"needs\":[\"french\"],\"status\":\"refugee\",\"age\":22,\"frenchLevel\":\"A1\",\"city\":\"Nancy\"}",
                "territory.elsewhere");
    }

    @Test
    void aRefugeeAged27IsTooOldForTheCaecCourse() {
        String profile = "{\"needs\":[\"french\"],\"status\":\"refugee\",\"age\":27,\"city\":\"Nancy\"}";
        assertAbsent(plan(profile), "french", "caec-francais-professionnel-jeunes-bpi");
        assertExcludedBy("caec-francais-professionnel-jeunes-bpi", profile, "age.range");
    }

    @Test
    void anAsylumSeekerInCalaisWhoNeedsFoodIsSentToWalkInAidFirst() {
        JsonPath plan = plan("{\"needs\":[\"emergency\"],\"status\":\"asylum-seeker\",\"city\":\"Calais\"}");
        List<String> slugs = slugs(plan, "emergency");
        assertEquals("auberge-des-migrants-aide-urgence", slugs.get(0), "local walk-in aid comes first");
        assertTrue(slugs.contains("utopia-56-maraudes-repas"));
        assertEquals("eligible", offer(plan, "emergency", "utopia-56-maraudes-repas").get("verdict"));
        assertReason(offer(plan, "emergency", "auberge-des-migrants-aide-urgence"), "access.walk-in", "info");
        assertAbsent(plan, "emergency", "samusocial-paris-aide-sans-abri");
        assertFalse(plan.getBoolean("needs[0].unmet"));
    }

    @Test
    void aYoungLgbtqiAsylumSeekerWhoDeclaresItIsEligibleForLeRefuge() {
        String declared = "{\"needs\":[\"rights\"],\"status\":\"asylum-seeker\",\"age\":24,\"city\":\"Paris\","
                + "\"specialCriteria\":[\"lgbtqi\"]}";
        Map<String, Object> refuge = offer(plan(declared), "rights", "le-refuge-accompagnement-demandeurs-asile-lgbtqi");
        assertEquals("eligible", refuge.get("verdict"));
        assertReason(refuge, "criterion.declared", "fits");
    }

    @Test
    void specialCriteriaAreOptInSoNotDeclaringOneGivesMaybe() {
        String silent = "{\"needs\":[\"rights\"],\"status\":\"asylum-seeker\",\"age\":24,\"city\":\"Paris\"}";
        Map<String, Object> refuge = offer(plan(silent), "rights", "le-refuge-accompagnement-demandeurs-asile-lgbtqi");
        assertEquals("maybe", refuge.get("verdict"));
        assertMissing(refuge, "criterion:lgbtqi");
    }

    @Test
    void anLgbtqiYouthHousingOfferAlsoNeedsAFamilyRupture() {
        String profile = "{\"needs\":[\"housing\"],\"status\":\"asylum-seeker\",\"age\":24,\"city\":\"Paris\","
                + "\"specialCriteria\":[\"lgbtqi\"]}";
        Map<String, Object> shelter = offer(plan(profile), "housing", "le-refuge-hebergement-jeunes-lgbt");
        assertEquals("maybe", shelter.get("verdict"));
        assertMissing(shelter, "criterion:family-rupture");
    }

    @Test
    void aResettledRefugeeIsARefugee() {
        String resettled = "{\"needs\":[\"rights\"],\"status\":\"resettled-refugee\",\"city\":\"Paris\","
                + "\"specialCriteria\":[\"torture-survivor\"]}";
        JsonPath plan = plan(resettled);
        assertEquals("eligible", offer(plan, "rights", "diair-suivi-refugies-reinstalles").get("verdict"));
        // Refugee-only offers are open to a resettled refugee too.
        assertEquals("eligible", offer(plan, "rights", "primo-levi-accompagnement-social-juridique").get("verdict"));
    }

    @Test
    void aRefugeeWhoWasNotResettledIsNotEligibleForResettlementFollowUp() {
        String refugee = "{\"needs\":[\"rights\"],\"status\":\"refugee\",\"city\":\"Paris\"}";
        assertAbsent(plan(refugee), "rights", "diair-suivi-refugies-reinstalles");
        assertExcludedBy("diair-suivi-refugies-reinstalles", refugee, "status.not-covered");
    }

    @Test
    void aRefugeeFamilyNeedingHousingInBesanconGetsFamilyOffersNotSingleOnes() {
        JsonPath plan = plan("{\"needs\":[\"housing\"],\"status\":\"refugee\",\"household\":\"family\","
                + "\"city\":\"Besançon\"}");
        Map<String, Object> reunion = offer(plan, "housing", "adoma-besancon-reunification-familiale");
        assertEquals("eligible", reunion.get("verdict"));
        assertAbsent(plan, "housing", "elan-hebergement-citoyen");
        assertExcludedBy("elan-hebergement-citoyen", "{\"needs\":[\"housing\"],\"status\":\"refugee\","
                + "\"household\":\"family\",\"city\":\"Massy\"}", "household.only");
    }

    @Test
    void someoneWhoWouldRatherNotSayTheirStatusIsNeverExcludedForIt() {
        JsonPath plan = plan("{\"needs\":[\"rights\"],\"status\":\"prefer-not-to-say\",\"city\":\"Paris\"}");
        assertEquals("eligible", offer(plan, "rights", "defenseur-des-droits-discrimination").get("verdict"));
        Map<String, Object> primoLevi = offer(plan, "rights", "primo-levi-accompagnement-social-juridique");
        assertEquals("maybe", primoLevi.get("verdict"));
        assertMissing(primoLevi, "status");
        for (Map<String, Object> excluded : plan.<Map<String, Object>>getList("needs[0].notEligible")) {
            assertFalse(reasons(excluded).stream().anyMatch(r -> "fails".equals(r.get("effect"))
                    && r.get("key").toString().startsWith("status")), "no one is excluded for their status");
        }
    }

    @Test
    void aPersonAged31IsTooOldForAn18To30Offer() {
        String profile = "{\"needs\":[\"work\"],\"status\":\"refugee\",\"age\":31,\"city\":\"Marseille\"}";
        assertAbsent(plan(profile), "work", "aajt-coup-de-pouce");
        Assessment assessment = assess("aajt-coup-de-pouce", profile);
        assertEquals(Verdict.NOT_ELIGIBLE, assessment.verdict());
        Reason age = assessment.reasons().stream().filter(r -> r.key().equals("age.range")).findFirst().orElseThrow();
        assertEquals(Reason.Effect.FAILS, age.effect());
        assertEquals(18, age.params().get("min"));
        assertEquals(30, age.params().get("max"));
    }

    @Test
    void anAgeBandThatStraddlesTheLimitGivesMaybe() {
        Assessment assessment = assess("aajt-coup-de-pouce",
                "{\"needs\":[\"work\"],\"status\":\"refugee\",\"ageBand\":\"26-30\",\"city\":\"Marseille\"}");
        assertEquals(Verdict.ELIGIBLE, assessment.verdict(), "26-30 lies inside 18-30");
        assertEquals(Verdict.NOT_ELIGIBLE, assess("aajt-coup-de-pouce",
                "{\"needs\":[\"work\"],\"status\":\"refugee\",\"ageBand\":\"31-64\",\"city\":\"Marseille\"}")
                .verdict(), "31-64 lies outside 18-30");
        // Under 18 straddles the missions locales' 16-25: only the exact age can tell.
        Assessment straddling = assess("missions-locales-accompagnement-jeunes",
                "{\"needs\":[\"work\"],\"status\":\"refugee\",\"ageBand\":\"under-18\"}");
        assertTrue(straddling.reasons().stream().anyMatch(r -> r.key().equals("age.range")
                && r.effect() == Reason.Effect.MISSING && "age".equals(r.fact())), straddling.reasons().toString());
    }

    @Test
    void aCommitteeOnlyOfferIsEligibleAndSaysSo() {
        // Made for this person (a refugee aged 18-30 in Marseille), so it leads despite the committee: fit
        // ranks before ease of access (RankingTest states the order on synthetic offers).
        JsonPath plan = plan("{\"needs\":[\"work\"],\"status\":\"refugee\",\"age\":22,\"city\":\"Marseille\"}");
        Map<String, Object> coupDePouce = offer(plan, "work", "aajt-coup-de-pouce");
        assertEquals("eligible", coupDePouce.get("verdict"));
        Map<String, Object> committee = reason(coupDePouce, "access.committee");
        assertEquals(Map.of("minWeeks", 4, "maxWeeks", 6), committee.get("params"));
        assertEquals("aajt-coup-de-pouce", slugs(plan, "work").get(0));
    }

    @Test
    void aRefugeeWithNoFrenchLookingForWorkGetsLanguageAndWorkSideBySide() {
        JsonPath plan = plan("{\"needs\":[\"work\"],\"status\":\"refugee\",\"frenchLevel\":\"pre-A1\","
                + "\"city\":\"Paris\"}");
        assertEquals("work-and-french", plan.getString("pathways[0].code"));
        List<Map<String, Object>> steps = plan.getList("pathways[0].steps");
        assertEquals(2, steps.size());
        assertEquals(steps.get(0).get("order"), steps.get(1).get("order"), "never French first, work later");
        assertEquals(List.of("french", "work"), steps.stream().map(s -> s.get("need")).toList());
        assertTrue(slugs(plan, "work").contains("refugee-food-restaurant-insertion"));
    }

    @Test
    void fluentFrenchSpeakersGetNoLanguagePathway() {
        JsonPath plan = plan("{\"needs\":[\"work\"],\"status\":\"refugee\",\"frenchLevel\":\"B2\",\"city\":\"Paris\"}");
        assertFalse(plan.getList("pathways.code").contains("work-and-french"));
    }

    @Test
    void aSocialEconomyStepComesWithLegalSupport() {
        JsonPath plan = plan("{\"needs\":[\"entrepreneurship\"],\"status\":\"refugee\",\"frenchLevel\":\"B2\","
                + "\"city\":\"Paris\",\"specialCriteria\":[\"business-project\"]}");
        assertTrue(plan.getList("pathways.code").contains("social-economy-with-support"));
        List<Object> needs = plan.getList("pathways.find { it.code == 'social-economy-with-support' }.steps.need");
        assertEquals(List.of("work", "rights"), needs);
    }

    @Test
    void anUndocumentedPersonCanUseTheKioskAndIsOfferedUnconditionalAid() {
        JsonPath plan = plan("{\"needs\":[\"emergency\",\"rights\"],\"status\":\"undocumented\",\"city\":\"Calais\"}");
        assertEquals("eligible", offer(plan, "emergency", "auberge-des-migrants-aide-urgence").get("verdict"));
        assertAbsent(plan, "rights", "primo-levi-accompagnement-social-juridique");
    }

    @Test
    void aResidencePermitMayOrMayNotAllowWork() {
        String profile = "{\"needs\":[\"french\"],\"status\":\"residence-permit\",\"city\":\"Troyes\","
                + "\"specialCriteria\":[\"allophone\"]}";
        Map<String, Object> pial = offer(plan(profile), "french", "pial-troyes");
        assertEquals("maybe", pial.get("verdict"));
        assertMissing(pial, "workAuthorisation");
    }

    @Test
    void aWomenOnlyOfferAsksForGenderOnlyWhenItMatters() {
        String base = "{\"needs\":[\"entrepreneurship\"],\"city\":\"Paris\"";
        assertEquals(Verdict.MAYBE, assess("migracoop-flashcoops-femmes", base + "}").verdict());
        assertEquals(Verdict.ELIGIBLE, assess("migracoop-flashcoops-femmes", base + ",\"gender\":\"female\"}").verdict());
        assertEquals(Verdict.NOT_ELIGIBLE, assess("migracoop-flashcoops-femmes", base + ",\"gender\":\"male\"}").verdict());
    }

    @Test
    void anUnknownCityMakesLocalOffersMaybeNotExcluded() {
        JsonPath plan = plan("{\"needs\":[\"emergency\"],\"status\":\"asylum-seeker\"}");
        Map<String, Object> auberge = offer(plan, "emergency", "auberge-des-migrants-aide-urgence");
        assertEquals("maybe", auberge.get("verdict"));
        assertMissing(auberge, "city");
        assertNull(auberge.get("distanceKm"));
    }

    @Test
    void aDepartmentScopedOfferServesItsDepartment() {
        assertEquals(Verdict.ELIGIBLE, assess("accelair-prir",
                "{\"needs\":[\"work\"],\"status\":\"refugee\",\"city\":\"Lyon\"}").verdict());
        assertEquals(Verdict.NOT_ELIGIBLE, assess("accelair-prir",
                "{\"needs\":[\"work\"],\"status\":\"refugee\",\"city\":\"Paris\"}").verdict());
    }

    @Test
    void aRegionScopedOfferServesItsRegion() {
        assertEquals(Verdict.ELIGIBLE, assess("elan-hebergement-citoyen",
                "{\"needs\":[\"housing\"],\"status\":\"refugee\",\"household\":\"single\",\"city\":\"Massy\",\"postcode\":\"91300\"}").verdict());
        // Massy alone is three communes (Essonne, Seine-Maritime, and a former one in Saône-et-Loire): maybe.
        assertEquals(Verdict.MAYBE, assess("elan-hebergement-citoyen",
                "{\"needs\":[\"housing\"],\"status\":\"refugee\",\"household\":\"single\",\"city\":\"Massy\"}").verdict());
        assertEquals(Verdict.NOT_ELIGIBLE, assess("elan-hebergement-citoyen",
                "{\"needs\":[\"housing\"],\"status\":\"refugee\",\"household\":\"single\",\"city\":\"Lyon\"}").verdict());
    }

    @Test
    void plannedAndProfessionalOffersNeverReachTheKioskPlan() {
        JsonPath plan = plan("{\"needs\":[\"work\",\"rights\",\"health\",\"french\"],\"status\":\"refugee\","
                + "\"city\":\"Calais\"}");
        List<Object> all = plan.getList("needs.offers.slug.flatten()");
        all.addAll(plan.getList("needs.notEligible.slug.flatten()"));
        for (String slug : List.of("ab-refugies-dispositifs-mobiles", "cos-mentorat-professionnel-bpi",
                "frantz-fanon-centre-ressources", "caec-appui-structures-linguistiques")) {
            assertFalse(all.contains(slug), slug + " is inactive or for professionals");
        }
    }

    @Test
    void aLearnerAlreadyAtTheTargetLevelIsToldSo() {
        Assessment assessment = assess("caec-francais-professionnel-jeunes-bpi",
                "{\"needs\":[\"french\"],\"status\":\"refugee\",\"age\":20,\"frenchLevel\":\"B1\",\"city\":\"Nancy\"}");
        assertTrue(assessment.reasons().stream().anyMatch(r -> r.key().equals("french.already-at-target")));
    }

    @Test
    void inferredFactsAreMarkedSo() {
        // The status list of the Auberge des Migrants' aid is a reading of "exilés", flagged inferred.
        Map<String, Object> auberge = offer(plan("{\"needs\":[\"emergency\"],\"city\":\"Calais\"}"), "emergency",
                "auberge-des-migrants-aide-urgence");
        assertEquals(true, reason(auberge, "access.walk-in").get("inferred"));
    }

    @Test
    void closerOffersRankFirstAmongEquals() {
        JsonPath plan = plan("{\"needs\":[\"emergency\"],\"status\":\"asylum-seeker\",\"city\":\"Paris\"}");
        List<Map<String, Object>> offers = plan.getList("needs[0].offers");
        Double previous = null;
        String previousKey = null;
        for (Map<String, Object> offer : offers) {
            String key = offer.get("verdict") + "|" + PreparedOffer.accessRank(offer.get("accessMode") == null ? null
                    : org.passerelle.catalogue.vocabulary.AccessMode.valueOf(
                            offer.get("accessMode").toString().toUpperCase().replace('-', '_')));
            Double distance = offer.get("distanceKm") == null ? null : ((Number) offer.get("distanceKm")).doubleValue();
            if (key.equals(previousKey) && previous != null && distance != null) {
                assertTrue(previous <= distance, "distance ascending within the same verdict and access");
            }
            previousKey = key;
            previous = distance;
        }
    }

    @Test
    void notEligibleListsNearMissesInThePersonsAreaNotOffersElsewhere() {
        // An asylum seeker in Paris: housing for refugees only in Paris is a near miss worth explaining;
        // a Besançon course is simply elsewhere and is not listed.
        JsonPath plan = plan("{\"needs\":[\"french\",\"housing\"],\"status\":\"asylum-seeker\",\"age\":40,\"city\":\"Paris\"}");
        List<Map<String, Object>> excluded = plan.getList("needs.notEligible.flatten()");
        assertFalse(excluded.isEmpty(), "some local offers exclude an asylum seeker");
        for (Map<String, Object> offer : excluded) {
            assertFalse(reasons(offer).stream().anyMatch(r -> "territory.elsewhere".equals(r.get("key"))),
                    offer.get("slug") + " is elsewhere and must not be listed");
        }
        // Without a city, a local offer is a "maybe" that names the city as the missing fact.
        JsonPath nowhere = plan("{\"needs\":[\"french\"],\"status\":\"refugee\",\"age\":22,\"frenchLevel\":\"A1\"}");
        Map<String, Object> caec = offer(nowhere, "french", "caec-francais-professionnel-jeunes-bpi");
        assertEquals("maybe", caec.get("verdict"));
        assertMissing(caec, "city");
    }

    @Test
    void aPostcodeAloneGivesTheCommuneOrTheDepartmentAndRegion() {
        // 54000 is Nancy's own postcode (no other commune has it): it places the person in Nancy.
        String nancy = "{\"needs\":[\"french\"],\"status\":\"refugee\",\"age\":22,\"frenchLevel\":\"A1\","
                + "\"postcode\":\"54000\"}";
        JsonPath plan = plan(nancy);
        assertEquals("found", plan.getString("place.status"));
        assertEquals("Nancy", plan.getString("place.commune.name"));
        assertEquals("54000", plan.getString("place.commune.postcode"));
        assertReason(offer(plan, "french", "caec-francais-professionnel-jeunes-bpi"), "territory.local", "fits");
        // Exam sessions held across the Lorraine departments (the curator's correction): the department decides.
        assertReason(offer(plan, "french", "caec-sessions-examens-langue"), "territory.local", "fits");
        // Troyes is in another department of the region, Besançon in another region: both elsewhere.
        assertExcludedBy("pial-troyes", nancy, "territory.elsewhere");
        assertExcludedBy("adoma-besancon-renforcement-francais", nancy, "territory.elsewhere");
        List<String> listed = plan.getList("needs.offers.slug.flatten()");
        listed.addAll(plan.getList("needs.notEligible.slug.flatten()"));
        assertFalse(listed.contains("pial-troyes"), "Troyes is elsewhere: " + listed);

        // 54110 serves several villages of Meurthe-et-Moselle, none of them Nancy: the department is known.
        String villages = nancy.replace("54000", "54110");
        JsonPath around = plan(villages);
        assertEquals("ambiguous", around.getString("place.status"));
        assertEquals("Meurthe-et-Moselle", around.getString("place.department"));
        assertEquals("54", around.getString("place.departmentCode"));
        assertEquals("Grand Est", around.getString("place.region"));
        assertTrue(around.getList("place.candidates").size() > 5);
        assertReason(offer(around, "french", "caec-sessions-examens-langue"), "territory.local", "fits");
        assertExcludedBy("caec-francais-professionnel-jeunes-bpi", villages, "territory.elsewhere");

        // A postcode La Poste does not have: its first digits give the department; a course in Nancy may be
        // theirs, and the city would decide.
        JsonPath guessed = plan(nancy.replace("54000", "54999"));
        assertEquals("unknown", guessed.getString("place.status"));
        assertEquals("Meurthe-et-Moselle", guessed.getString("place.department"));
        Map<String, Object> course = offer(guessed, "french", "caec-francais-professionnel-jeunes-bpi");
        assertEquals("maybe", course.get("verdict"));
        assertMissing(course, "city");
    }

    @Test
    void aShortPlanIsTheHeadOfTheFullRanking() {
        // Triage keeps the best few in bounded heaps instead of sorting everything: the first 3 must be
        // exactly the first 3 of the full ranking, for offers and for the not-eligible ones.
        for (String body : List.of(
                "{\"needs\":[\"emergency\",\"housing\"],\"status\":\"asylum-seeker\",\"city\":\"Paris\"}",
                "{\"needs\":[\"french\",\"work\"],\"status\":\"refugee\",\"age\":22,\"frenchLevel\":\"A1\",\"city\":\"Nancy\"}",
                "{\"needs\":[\"rights\",\"health\",\"daily-life\"],\"status\":\"prefer-not-to-say\"}")) {
            JsonPath full = plan(body);
            JsonPath head = given().contentType(ContentType.JSON).accept(ContentType.JSON).queryParam("limit", 3)
                    .body(body).post("/api/v1/triage").then().statusCode(200).extract().jsonPath();
            for (int i = 0; i < full.getList("needs").size(); i++) {
                List<String> all = full.getList("needs[" + i + "].offers.slug", String.class);
                assertEquals(all.subList(0, Math.min(3, all.size())),
                        head.getList("needs[" + i + "].offers.slug", String.class), body);
                assertEquals(full.getList("needs[" + i + "].notEligible.slug", String.class),
                        head.getList("needs[" + i + "].notEligible.slug", String.class), body);
                assertTrue(all.size() > 3 || i > 0, "the profile must have more offers than the short plan: " + body);
            }
        }
    }

    @Test
    void aNeedWithNoEligibleOfferIsUnmetAndCounted() {
        // Which theme is unmet depends on the catalogue: find one for a profile few offers fit.
        String profile = "\"status\":\"undocumented\",\"age\":70,\"gender\":\"male\",\"city\":\"Briançon\"}";
        String unmet = null;
        for (String theme : snapshot.view().taxonomy().themes().keySet()) {
            JsonPath plan = plan("{\"needs\":[\"" + theme + "\"]," + profile);
            if (plan.getBoolean("needs[0].unmet")) {
                assertTrue(plan.getList("needs[0].offers.verdict").stream().noneMatch("eligible"::equals));
                unmet = theme;
                break;
            }
        }
        assertNotNull(unmet, "some need is unmet for this profile");
        long before = unmetCount(unmet);
        plan("{\"needs\":[\"" + unmet + "\"]," + profile);
        assertEquals(before + 1, unmetCount(unmet));
        // The same plan reopened from its QR code is not counted twice.
        given().contentType(ContentType.JSON).accept(ContentType.JSON).queryParam("replay", true)
                .body("{\"needs\":[\"" + unmet + "\"]," + profile).post("/api/v1/triage").then().statusCode(200)
                .body("needs[0].unmet", is(true));
        assertEquals(before + 1, unmetCount(unmet));
        given().contentType(ContentType.JSON).queryParam("replay", "maybe").body("{\"needs\":[\"housing\"]}")
                .post("/api/v1/triage").then().statusCode(400).body("errors[0].field", is("replay"));
    }

    @Test
    void planNamesFollowTheLanguageAsked() {
        given().contentType(ContentType.JSON).header("Accept-Language", "fr")
                .body("{\"needs\":[\"emergency\"],\"city\":\"Calais\"}").post("/api/v1/triage").then()
                .statusCode(200).body("lang", is("fr"))
                .body("needs[0].offers.name", hasItem(containsString("personnes exilées")));
    }

    @Test
    void badProfilesGetFieldErrors() {
        triage("{\"needs\":[\"teleportation\"]}").then().statusCode(400).body("errors[0].field", is("needs[0]"));
        triage("{\"needs\":[]}").then().statusCode(400).body("errors[0].field", is("needs"));
        triage("{\"needs\":[\"housing\"],\"status\":\"citizen\"}").then().statusCode(400)
                .body("errors[0].field", is("status")).body("errors[0].message", containsString("prefer-not-to-say"));
        triage("{\"needs\":[\"housing\"],\"age\":300}").then().statusCode(400).body("errors[0].field", is("age"));
        triage("{\"needs\":[\"housing\"],\"name\":\"Amina\"}").then().statusCode(400)
                .body("errors[0].message", is("is not a known field"));
        triage("null").then().statusCode(400);
        triage("[]").then().statusCode(400).body("errors[0].field", is("body"));
        // Found by the contract fuzzer (500s before): a null language is a field error, a blank city no city.
        triage("{\"needs\":[\"health\"],\"languages\":[null]}").then().statusCode(400)
                .body("errors[0].field", is("languages[0]"));
        triage("{\"needs\":[\"french\",\"work\"],\"city\":\"\"}").then().statusCode(200)
                .body("needs.size()", is(2));
        triage("{\"needs\":[\"housing\"],\"city\":\"   \"}").then().statusCode(200);
    }

    @Test
    void personalFactsNeverTravelInTheUrl() {
        given().queryParam("status", "refugee").get("/api/v1/triage").then().statusCode(405);
    }

    // -- helpers ---------------------------------------------------------------------------------------

    private static io.restassured.response.Response triage(String body) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).queryParam("limit", 100).body(body)
                .post("/api/v1/triage");
    }

    private static JsonPath plan(String body) {
        return triage(body).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> slugs(JsonPath plan, String need) {
        return plan.getList("needs.find { it.need == '" + need + "' }.offers.slug", String.class);
    }

    private static Map<String, Object> offer(JsonPath plan, String need, String slug) {
        Map<String, Object> offer = plan.getMap("needs.find { it.need == '" + need + "' }.offers.find { it.slug == '"
                + slug + "' }");
        assertNotNull(offer, slug + " must be in the plan for " + need + ": " + slugs(plan, need));
        return offer;
    }

    private static void assertAbsent(JsonPath plan, String need, String slug) {
        assertFalse(slugs(plan, need).contains(slug), slug + " must not be offered for " + need);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasons(Map<String, Object> offer) {
        return (List<Map<String, Object>>) offer.get("reasons");
    }

    private static Map<String, Object> reason(Map<String, Object> offer, String key) {
        return reasons(offer).stream().filter(r -> key.equals(r.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no reason " + key + " in " + reasons(offer)));
    }

    private static void assertReason(Map<String, Object> offer, String key, String effect) {
        assertEquals(effect, reason(offer, key).get("effect"), key);
    }

    private static void assertMissing(Map<String, Object> offer, String fact) {
        assertTrue(reasons(offer).stream().anyMatch(r -> "missing".equals(r.get("effect")) && fact.equals(r.get("fact"))),
                "a missing " + fact + " in " + reasons(offer));
    }

    private Assessment assess(String slug, String profileJson) {
        try {
            NeedsProfile profile = mapper.readValue(profileJson, NeedsProfile.class);
            RoutingSnapshot.View view = snapshot.view();
            OfferFacts offer = view.offers().stream().filter(o -> o.slug().equals(slug)).findFirst().orElseThrow();
            return EligibilityEngine.assess(new PreparedOffer(offer), EligibilityEngine.Person.placed(profile,
                    view.gazetteer().locate(profile.city(), profile.postcode()), java.time.Instant.now()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void assertExcludedBy(String slug, String profileJson, String key) {
        Assessment assessment = assess(slug, profileJson);
        assertEquals(Verdict.NOT_ELIGIBLE, assessment.verdict(), slug);
        assertTrue(assessment.reasons().stream().anyMatch(r -> r.key().equals(key) && r.effect() == Reason.Effect.FAILS),
                slug + " fails " + key + ": " + assessment.reasons());
    }

    private long unmetCount(String need) {
        unmetNeeds.flush();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createQuery(
                "select coalesce(sum(u.occurrences), 0) from UnmetNeedCount u where u.id.need = :need")
                .setParameter("need", need).getSingleResult()).longValue());
    }
}
