package org.passerelle.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.passerelle.common.text.Keys;
import org.passerelle.routing.Communes.How;
import org.passerelle.routing.Communes.Match;
import org.passerelle.routing.Gazetteer.Located;
import org.passerelle.routing.api.TriagePlan.Status;

/**
 * The gazetteer: every French commune from the official table (routing/communes.tsv, built from
 * @etalab/decoupage-administratif), found by name, postcode or both, never picking one of several
 * homonyms silently, and suggesting the right town for a misspelling. No Quarkus boot.
 */
class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.of(List.of(
            new Place("Nancy", "Meurthe-et-Moselle", "Grand Est", 48.6921, 6.1844),
            new Place("Saint-Denis", "Seine-Saint-Denis", "Île-de-France", 48.9362, 2.3574)));

    private static Located locate(String city, String postcode) {
        return GAZETTEER.locate(city, postcode);
    }

    private static Located found(String city, String postcode) {
        Located located = locate(city, postcode);
        assertNotNull(located, city + " " + postcode);
        assertEquals(Status.FOUND, located.status(), () -> city + " " + postcode + ": " + located);
        return located;
    }

    // -- the towns the old gazetteer did not know --------------------------------------------------

    @ParameterizedTest(name = "{0} is in {2} ({1}), {3}")
    @CsvSource(delimiter = ';', value = {
        "Lille;59;Nord;Hauts-de-France",
        "Strasbourg;67;Bas-Rhin;Grand Est",
        "Toulouse;31;Haute-Garonne;Occitanie",
        "Nantes;44;Loire-Atlantique;Pays de la Loire",
        "Grenoble;38;Isère;Auvergne-Rhône-Alpes",
        "Metz;57;Moselle;Grand Est",
        "Rennes;35;Ille-et-Vilaine;Bretagne",
    })
    void everyLargeTownIsFoundWithItsDepartmentAndRegion(String city, String code, String department, String region) {
        for (String typed : List.of(city, city.toUpperCase(), " " + city.toLowerCase() + " ")) {
            Located located = found(typed, null);
            assertEquals(city, located.commune().commune().name());
            assertEquals(code, located.department().code());
            assertEquals(department, located.department().name());
            assertEquals(region, located.region());
            assertEquals(new Place(city, department, region, null, null), located.home());
        }
    }

    @Test
    void keepsTheCoordinatesOfTheCataloguesPlaces() {
        Place nancy = found("Nancy", null).home();
        assertEquals(48.6921, nancy.latitude());
        assertEquals(6.1844, nancy.longitude());
        // Only for the Saint-Denis the catalogue means (its department), not for its homonym in La Réunion.
        assertTrue(found("Saint-Denis", "93200").home().hasCoordinates());
        assertFalse(found("Saint-Denis", "97400").home().hasCoordinates());
        assertFalse(found("Lille", null).home().hasCoordinates(), "the official table has no coordinates");
    }

    // -- homonyms -----------------------------------------------------------------------------------

    @Test
    void saintDenisAloneIsAmbiguousAndAPostcodeSettlesIt() {
        Located alone = locate("Saint-Denis", null);
        assertEquals(Status.AMBIGUOUS, alone.status());
        assertNull(alone.commune());
        List<String> departments = alone.candidates().stream().map(m -> m.commune().department().code()).toList();
        assertTrue(departments.containsAll(List.of("93", "974")), departments.toString());
        // Most populous first: La Réunion's prefecture, then Seine-Saint-Denis's.
        assertEquals(List.of("974", "93"), departments.subList(0, 2));
        // Nothing shared: no department, no region, no home for the rules to read; each candidate is a place.
        assertNull(alone.department());
        assertNull(alone.region());
        assertNull(alone.home());
        assertEquals(alone.candidates().size(), alone.places().size());
        // The kiosk sends the name with the postcode a candidate carries: that settles it.
        assertTrue(alone.candidates().stream().allMatch(Match::sharedName));

        Located paris = found("Saint-Denis", "93200");
        assertEquals("Seine-Saint-Denis", paris.department().name());
        assertEquals("Île-de-France", paris.region());
        assertEquals("93200", paris.commune().postcode());
        Located reunion = found("saint denis", "97400");
        assertEquals("974", reunion.department().code());
        assertEquals("La Réunion", reunion.region());
        // A postcode typed in the town field counts, and so does a department code after the name.
        assertEquals("974", found("St-Denis 97400", null).department().code());
        assertEquals("93", found("Saint-Denis 93", null).department().code());
    }

    @Test
    void aNameAndAPostcodeThatDisagreeAreBothCandidates() {
        Located located = locate("Lille", "13013");
        assertEquals(Status.AMBIGUOUS, located.status());
        assertEquals(Set.of("Lille", "Marseille"),
                Set.copyOf(located.candidates().stream().map(m -> m.commune().name()).toList()));
        assertNull(located.region());
    }

    @Test
    void anUnknownNameWithAKnownPostcodeIsPlacedByThePostcode() {
        assertEquals("Strasbourg", found("Hautepierre", "67200").commune().commune().name());
    }

    // -- postcodes ----------------------------------------------------------------------------------

    @Test
    void aPostcodeAloneFindsItsCommuneOrItsCommunesDepartment() {
        Located strasbourg = found(null, "67000");
        assertEquals("Strasbourg", strasbourg.commune().commune().name());
        assertEquals(How.POSTCODE, strasbourg.commune().how());
        // 54110 serves several villages of Meurthe-et-Moselle: which one is not known, the department is.
        Located villages = locate(null, "54110");
        assertEquals(Status.AMBIGUOUS, villages.status());
        assertTrue(villages.candidates().size() > 5);
        assertEquals("Meurthe-et-Moselle", villages.department().name());
        assertEquals("Grand Est", villages.region());
        assertEquals(new Place(null, "Meurthe-et-Moselle", "Grand Est", null, null), villages.home());
        // A postcode La Poste does not have: its first digits still give the department.
        Located unknown = locate(null, "54999");
        assertEquals(Status.UNKNOWN, unknown.status());
        assertEquals("Meurthe-et-Moselle", unknown.department().name());
        assertNull(locate(null, "00000").department());
        assertEquals("Corse-du-Sud", GAZETTEER.findPostcode("20000").orElseThrow().department());
        assertEquals("Haute-Corse", GAZETTEER.findPostcode("20200").orElseThrow().department());
        assertTrue(GAZETTEER.findPostcode("99999").isEmpty());
        assertNull(locate(null, null));
        assertNull(locate("  ", "123"));
    }

    @Test
    void marseille13013IsMarseilleInBouchesDuRhone() {
        for (Located located : List.of(found(null, "13013"), found("Marseille", "13013"), found("Marseille 13e", null),
                found("marseille 13ème arrondissement", null), found("MARSEILLE 13", null))) {
            assertEquals("Marseille", located.commune().commune().name());
            assertEquals("13055", located.commune().commune().code());
            assertEquals("13013", located.commune().postcode());
            assertEquals("Bouches-du-Rhône", located.department().name());
            assertEquals("Provence-Alpes-Côte d'Azur", located.region());
        }
        assertEquals("Marseille 13e Arrondissement", found("Marseille 13e", null).commune().otherName());
        assertEquals("Paris", found("Paris 18e", null).commune().commune().name());
        assertEquals("75018", found("Paris 18e", null).commune().postcode());
        assertEquals("Lyon", found(null, "69003").commune().commune().name());
    }

    @Test
    void aFormerCommuneLeadsToTheCommuneItJoined() {
        Located located = found("Cherbourg-Octeville", null);
        assertEquals("Cherbourg-en-Cotentin", located.commune().commune().name());
        assertEquals("Cherbourg-Octeville", located.commune().otherName());
        assertEquals("Manche", located.department().name());
    }

    // -- overseas -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} is in {2}, {3}")
    @CsvSource(delimiter = ';', value = {
        "Mamoudzou;;976;Mayotte",
        "Fort-de-France;;972;Martinique",
        "Cayenne;;973;Guyane",
        "Pointe-à-Pitre;;971;Guadeloupe",
        "Saint-Pierre;97410;974;La Réunion",
        "Le Tampon;;974;La Réunion",
        "Nouméa;;988;Nouvelle-Calédonie",
    })
    void overseasCommunesAreIncluded(String city, String postcode, String code, String region) {
        Located located = found(city, postcode);
        assertEquals(code, located.department().code());
        assertEquals(region, located.region());
    }

    // -- spelling -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource(delimiter = ';', value = {
        "Strasbourgh;Strasbourg",
        "Grenobel;Grenoble",
        "Toulouze;Toulouse",
        "Montpelier;Montpellier",
        "Bordeau;Bordeaux",
    })
    void aMisspellingSuggestsTheRightTownButIsNotPickedSilently(String typed, String town) {
        Located located = locate(typed, null);
        assertEquals(Status.UNKNOWN, located.status());
        assertEquals(town, located.candidates().get(0).commune().name(), located.candidates().toString());
        assertEquals(How.SIMILAR, located.candidates().get(0).how());
        assertEquals(town, GAZETTEER.communes().suggest(typed, 8).get(0).commune().name());
    }

    @Test
    void namesAreFoldedForAccentsCaseHyphensApostrophesAndSaint() {
        for (String typed : List.of("Saint-Étienne", "ST ETIENNE", "st-etienne", "saint etienne", "SAINT-ÉTIENNE")) {
            assertEquals("Saint-Étienne", found(typed, null).commune().commune().name(), typed);
        }
        assertEquals("L'Haÿ-les-Roses", found("L’Haÿ-les-Roses", null).commune().commune().name());
        assertEquals("L'Haÿ-les-Roses", found("l hay les roses", null).commune().commune().name());
        assertEquals("Vandœuvre-lès-Nancy", found("vandoeuvre les nancy", null).commune().commune().name());
        assertEquals("Chalon-sur-Saône", found("CHALON SUR SAONE", null).commune().commune().name());
        assertEquals("marseille 13", Keys.placeKey("Marseille 13ème Arrondissement"));
        assertEquals("sainte marie", Keys.placeKey("Ste-Marie"));
        assertNull(Keys.placeKey(" - "));
    }

    // -- suggestions --------------------------------------------------------------------------------

    private static List<String> suggest(String q) {
        return GAZETTEER.communes().suggest(q, 8).stream()
                .map(m -> m.commune().name() + (m.postcode() == null ? "" : " " + m.postcode())).toList();
    }

    @Test
    void suggestsFromTheFirstLettersMostPopulousFirst() {
        assertEquals("Strasbourg", suggest("stras").get(0));
        assertEquals("Mars 42750", suggest("mars").get(0), "a commune of that very name comes first");
        assertEquals("Marseille", suggest("marsei").get(0));
        assertEquals(1, suggest("mars").stream().filter(s -> s.matches("Marseille( 130\\d\\d)?")).count(),
                "Marseille once, not once per arrondissement: " + suggest("mars"));
        assertTrue(suggest("rochelle").stream().anyMatch(s -> s.startsWith("La Rochelle")), suggest("rochelle").toString());
        // Past the city's own name, its arrondissements.
        assertEquals(List.of("Marseille 13001", "Marseille 13010", "Marseille 13011", "Marseille 13012",
                "Marseille 13013", "Marseille 13014", "Marseille 13015", "Marseille 13016"),
                suggest("marseille 1").stream().sorted().toList());
        // Homonyms each come with their department.
        List<Match> saintDenis = GAZETTEER.communes().suggest("saint-denis", 8);
        assertTrue(saintDenis.stream().filter(m -> m.commune().name().equals("Saint-Denis")).count() >= 2);
    }

    @Test
    void suggestsFromAPostcodeOrItsFirstDigits() {
        assertEquals(List.of("Strasbourg 67000"), suggest("67000"));
        assertTrue(suggest("670").get(0).startsWith("Strasbourg"), suggest("670").toString());
        assertEquals("Marseille 13013", suggest("13013").get(0));
        assertTrue(suggest("974").stream().allMatch(s -> s.matches(".* 974\\d\\d")), suggest("974").toString());
        assertEquals(List.of(), suggest("99999"));
        assertEquals(List.of(), suggest("!!"));
    }

    // -- the table ----------------------------------------------------------------------------------

    @Test
    void theTableHoldsEveryCommuneAndItsKeysAreJavasOwn() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int communes = 0;
        try (var in = getClass().getClassLoader().getResourceAsStream("routing/communes.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split("\t", -1);
                if (cells[0].equals("C") || cells[0].equals("A")) {
                    communes += cells[0].equals("C") ? 1 : 0;
                    if (!cells[3].equals(Keys.placeKey(cells[2]))) {
                        mismatches.add(cells[2] + ": table " + cells[3] + ", Java " + Keys.placeKey(cells[2]));
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches, "build-gazetteer.mjs and Keys.placeKey fold differently");
        assertEquals(communes, GAZETTEER.communes().size());
        assertTrue(communes > 34_000, communes + " communes");
        assertEquals("Strasbourg", GAZETTEER.communes().byCode("67482").orElseThrow().name());
    }

    @Test
    void loadsQuicklyInAFewMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        Communes table = Communes.read("routing/communes.tsv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (int i = 0; i < 3; i++) {
            start = System.nanoTime();
            Communes.read("routing/communes.tsv");
            System.out.printf("gazetteer: loaded again in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        System.gc();
        long heap = runtime.totalMemory() - runtime.freeMemory() - before;
        assertEquals(GAZETTEER.communes().size(), table.size()); // keeps the table reachable until measured
        System.out.printf("gazetteer: %d communes loaded in %d ms, about %.1f MiB of heap%n", table.size(), millis,
                heap / 1048576.0);
        assertTrue(millis < 5_000, millis + " ms");
    }

    @Test
    void editDistanceCountsTranspositionsAndGivesUpPastItsBound() {
        assertEquals(0, Communes.Edits.distance("metz", "metz", 2));
        assertEquals(1, Communes.Edits.distance("grenobel", "grenoble", 2));
        assertEquals(1, Communes.Edits.distance("strasbourgh", "strasbourg", 2));
        assertEquals(1, Communes.Edits.distance("toulose", "toulouse", 2));
        assertEquals(2, Communes.Edits.distance("tolose", "toulouse", 2));
        assertEquals(3, Communes.Edits.distance("lille", "lyon", 2));
        assertEquals(0, Communes.maxEdits("lyo"));
        assertEquals(1, Communes.maxEdits("lyon"));
        assertEquals(2, Communes.maxEdits("nantes"));
    }
}
