package org.passerelle.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.passerelle.common.text.Keys;

/**
 * Every commune of France, overseas included: the official gazetteer (INSEE's Code officiel
 * géographique with La Poste's postcodes, through the npm package {@code @etalab/decoupage-administratif}),
 * turned at build time into {@code routing/communes.tsv} by {@code frontend/scripts/build-gazetteer.mjs}
 * and read here once, on first use (docs/decisions/0013-gazetteer.md).
 * <p>
 * A commune is found by its name (folded with {@link Keys#placeKey}: accents, case, hyphens,
 * apostrophes and "St" forgiven), by another of its names (a municipal arrondissement of Paris, Lyon or
 * Marseille, which also gives its postcode; a commune déléguée or associée, which is a former commune
 * merged into it), by a postcode (which may serve several communes), or suggested from a prefix or a
 * misspelling. Nothing here decides between homonyms: callers get every commune that matches.
 * <p>
 * The indexes are sorted arrays (a binary search finds a key or the first of a prefix), which keeps the
 * 35,000 communes in a few megabytes and the load in a fraction of a second (GazetteerTest measures it).
 */
public final class Communes {

    private static final String TABLE = "routing/communes.tsv";

    /** A department and its region. */
    public record Department(String code, String name, String regionCode, String region) {
    }

    /** A current commune (INSEE type COM): its code, name, postcodes, department and population. */
    public record Commune(String code, String name, List<String> postcodes, Department department, int population) {
    }

    /** How a commune matched a query. */
    public enum How {
        /** Its name, or another of its names, is the query's (folded). */
        EXACT,
        /** It has the postcode queried (or one starting with it, for a suggestion). */
        POSTCODE,
        /** A name of it starts with the query. */
        PREFIX,
        /** A name of it is a small misspelling away from the query. */
        SIMILAR
    }

    /**
     * A commune that matched: {@code postcode} is the one matched (a postcode, an arrondissement's), or
     * null; {@code otherName} the name that matched when it is not the commune's own (an arrondissement,
     * a former commune); {@code sharedName} is true when another commune answers to the same name.
     */
    public record Match(Commune commune, String postcode, String otherName, How how, boolean sharedName) {
    }

    private final Commune[] communes;
    private final Map<String, Department> departments;
    /** Names: sorted keys, each with its commune, the postcode it gives, its other name and its rank. */
    private final String[] nameKeys;
    private final int[] nameCommune;
    private final String[] namePostcode;
    private final String[] nameOther;
    /** False for the keys kept for suggestions only (a name without its article: "rochelle"). */
    private final boolean[] nameExact;
    /** True when the key leads to more than one commune. */
    private final boolean[] nameShared;
    private final int[] nameRank;
    /** Postcodes: sorted, each with a commune that has it. */
    private final String[] postcodeKeys;
    private final int[] postcodeCommune;

    private Communes(Commune[] communes, Map<String, Department> departments, List<NameEntry> names,
            List<PostcodeEntry> postcodes) {
        this.communes = communes;
        this.departments = Map.copyOf(departments);
        names.sort((a, b) -> {
            int c = a.key.compareTo(b.key);
            if (c == 0) {
                c = Integer.compare(b.rank, a.rank);
            }
            return c != 0 ? c : Integer.compare(a.commune, b.commune);
        });
        int n = names.size();
        nameKeys = new String[n];
        nameCommune = new int[n];
        namePostcode = new String[n];
        nameOther = new String[n];
        nameExact = new boolean[n];
        nameShared = new boolean[n];
        nameRank = new int[n];
        for (int i = 0; i < n; i++) {
            NameEntry e = names.get(i);
            nameKeys[i] = e.key;
            nameCommune[i] = e.commune;
            namePostcode[i] = e.postcode;
            nameOther[i] = e.other;
            nameExact[i] = e.exact;
            nameRank[i] = e.rank;
        }
        for (int i = 0; i < n;) {
            int end = i;
            boolean shared = false;
            while (end < n && nameKeys[end].equals(nameKeys[i])) {
                shared |= nameCommune[end] != nameCommune[i];
                end++;
            }
            for (int j = i; j < end; j++) {
                nameShared[j] = shared;
            }
            i = end;
        }
        postcodes.sort((a, b) -> {
            int c = a.postcode.compareTo(b.postcode);
            if (c == 0) {
                c = Integer.compare(communes[b.commune].population(), communes[a.commune].population());
            }
            return c != 0 ? c : Integer.compare(a.commune, b.commune);
        });
        postcodeKeys = postcodes.stream().map(PostcodeEntry::postcode).toArray(String[]::new);
        postcodeCommune = postcodes.stream().mapToInt(PostcodeEntry::commune).toArray();
    }

    private record NameEntry(String key, int commune, String postcode, String other, boolean exact, int rank) {
    }

    private record PostcodeEntry(String postcode, int commune) {
    }

    private static final class Holder {
        static final Communes FRANCE = read(TABLE);
    }

    /** The table shipped with the application, read on first use. */
    public static Communes france() {
        return Holder.FRANCE;
    }

    /** Reads a table in the format build-gazetteer.mjs writes. */
    static Communes read(String resource) {
        try (var in = Communes.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Communes read(BufferedReader reader) throws IOException {
        Map<String, String> regions = new HashMap<>();
        Map<String, Department> departments = new LinkedHashMap<>();
        List<Commune> communes = new ArrayList<>(36_000);
        Map<String, Integer> byCode = new HashMap<>(48_000);
        List<NameEntry> names = new ArrayList<>(44_000);
        List<PostcodeEntry> postcodes = new ArrayList<>(40_000);
        Map<String, String> interned = new HashMap<>(8_000);
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] cells = line.split("\t", -1);
            switch (cells[0]) {
                case "R" -> regions.put(cells[1], cells[2]);
                case "D" -> departments.put(cells[1], new Department(cells[1], cells[2], cells[3],
                        Objects.requireNonNull(regions.get(cells[3]), "region " + cells[3])));
                case "C" -> {
                    int index = communes.size();
                    List<String> codes = postcodes(cells[6], interned);
                    Commune commune = new Commune(cells[1], cells[2], codes,
                            Objects.requireNonNull(departments.get(cells[4]), "department " + cells[4]),
                            Integer.parseInt(cells[5]));
                    communes.add(commune);
                    byCode.put(commune.code(), index);
                    names.add(new NameEntry(cells[3], index, codes.size() == 1 ? codes.get(0) : null, null, true,
                            commune.population()));
                    codes.forEach(code -> postcodes.add(new PostcodeEntry(code, index)));
                }
                case "A" -> {
                    Integer target = Objects.requireNonNull(byCode.get(cells[4]), "commune " + cells[4]);
                    List<String> codes = postcodes(cells[5], interned);
                    // An arrondissement ranks by its city (it is a part of it); a former commune comes after
                    // the communes of that name.
                    int rank = codes.isEmpty() ? 0 : communes.get(target).population();
                    names.add(new NameEntry(cells[3], target, codes.size() == 1 ? codes.get(0) : null, cells[2], true, rank));
                }
                default -> throw new IllegalStateException("unknown row kind in " + TABLE + ": " + cells[0]);
            }
        }
        // "La Rochelle" is suggested from "rochelle" too (not found by it: another commune may be called so).
        List<NameEntry> bare = new ArrayList<>();
        for (NameEntry e : names) {
            for (String article : ARTICLES) {
                if (e.key.startsWith(article) && e.key.length() > article.length()) {
                    bare.add(new NameEntry(e.key.substring(article.length()), e.commune, e.postcode, e.other, false, e.rank));
                }
            }
        }
        names.addAll(bare);
        return new Communes(communes.toArray(Commune[]::new), departments, names, postcodes);
    }

    private static final List<String> ARTICLES = List.of("le ", "la ", "les ", "l ");

    private static List<String> postcodes(String cell, Map<String, String> interned) {
        if (cell.isEmpty()) {
            return List.of();
        }
        String[] codes = cell.split(" ");
        for (int i = 0; i < codes.length; i++) {
            codes[i] = interned.computeIfAbsent(codes[i], c -> c);
        }
        return List.of(codes);
    }

    /** How many current communes the table holds. */
    public int size() {
        return communes.length;
    }

    public Optional<Department> department(String code) {
        return Optional.ofNullable(code == null ? null : departments.get(code.toUpperCase(java.util.Locale.ROOT)));
    }

    /** The commune with this INSEE code. */
    public Optional<Commune> byCode(String code) {
        int i = Arrays.binarySearch(communes, new Commune(code, null, null, null, 0), Comparator.comparing(Commune::code));
        return i >= 0 ? Optional.of(communes[i]) : Optional.empty();
    }

    /**
     * The communes whose name, or another name, folds to the same key as {@code text}: most populous first,
     * a commune once (by its own name when that matched). Empty when none does.
     */
    public List<Match> named(String text) {
        String key = Keys.placeKey(text);
        List<Match> out = new ArrayList<>();
        if (key == null) {
            return out;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = lowerBound(nameKeys, key); i < nameKeys.length && nameKeys[i].equals(key); i++) {
            if (nameExact[i] && seen.add(nameCommune[i])) {
                out.add(match(i, How.EXACT));
            }
        }
        out.sort(BY_OWN_NAME_THEN_SIZE);
        return out;
    }

    /** The communes a postcode serves (most populous first); empty for a postcode that is not La Poste's. */
    public List<Match> withPostcode(String postcode) {
        List<Match> out = new ArrayList<>();
        if (postcode == null || !postcode.matches("\\d{5}")) {
            return out;
        }
        for (int i = lowerBound(postcodeKeys, postcode); i < postcodeKeys.length && postcodeKeys[i].equals(postcode); i++) {
            Commune c = communes[postcodeCommune[i]];
            out.add(new Match(c, postcode, null, How.POSTCODE, false));
        }
        return out;
    }

    /**
     * The department of a postcode from its first digits, for a postcode the table does not hold (20xxx
     * is Corsica, 2A below 20200; 97x and 98x overseas). A guess near borders, where La Poste's codes
     * cross them: the table's own postcodes come first.
     */
    public Optional<Department> departmentOfPostcode(String postcode) {
        if (postcode == null || !postcode.matches("\\d{5}")) {
            return Optional.empty();
        }
        List<Match> served = withPostcode(postcode);
        if (!served.isEmpty() && served.stream().map(m -> m.commune().department()).distinct().count() == 1) {
            return Optional.of(served.get(0).commune().department());
        }
        String code = postcode.startsWith("97") || postcode.startsWith("98") ? postcode.substring(0, 3)
                : postcode.startsWith("20") ? (Integer.parseInt(postcode) < 20200 ? "2A" : "2B")
                : postcode.substring(0, 2);
        return Optional.ofNullable(departments.get(code));
    }

    /**
     * Communes whose name is a small misspelling away from {@code text} (at most one edit for a name of 4
     * or 5 letters, two above; none below): closest first, then the most populous.
     */
    public List<Match> similar(String text, int limit) {
        String key = Keys.placeKey(text);
        if (key == null || limit <= 0) {
            return List.of();
        }
        int max = maxEdits(key);
        if (max == 0) {
            return List.of();
        }
        List<int[]> hits = new ArrayList<>(); // entry, distance
        String previous = null;
        int previousDistance = max + 1;
        for (int i = 0; i < nameKeys.length; i++) {
            String candidate = nameKeys[i];
            if (!nameExact[i] || Math.abs(candidate.length() - key.length()) > max) {
                continue;
            }
            // Keys are sorted: homonyms follow each other and share their distance.
            int d = candidate.equals(previous) ? previousDistance : Edits.distance(key, candidate, max);
            previous = candidate;
            previousDistance = d;
            if (d > 0 && d <= max) {
                hits.add(new int[] {i, d});
            }
        }
        hits.sort(Comparator.<int[]>comparingInt(h -> h[1]).thenComparing(h -> -nameRank[h[0]]));
        List<Match> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int[] hit : hits) {
            if (out.size() >= limit) {
                break;
            }
            if (seen.add(nameCommune[hit[0]])) {
                out.add(match(hit[0], How.SIMILAR));
            }
        }
        return out;
    }

    static int maxEdits(String key) {
        int letters = key.replace(" ", "").length();
        return letters < 4 ? 0 : letters <= 5 ? 1 : 2;
    }

    /**
     * Suggestions while a person types a town: a postcode or its first digits (the communes it serves), or
     * the start of a name (the exact name first, then the names that start so and, when few do, the near
     * misspellings, most populous first). A name may be followed by a postcode or a department code
     * ("Saint-Denis 93"), which narrows it. A commune is suggested once, except a city's arrondissements
     * when the query goes past the city's own name ("marseille 1").
     */
    public List<Match> suggest(String query, int limit) {
        String key = Keys.placeKey(query);
        if (key == null || limit <= 0) {
            return List.of();
        }
        if (key.matches("\\d{1,5}")) {
            return byPostcodePrefix(key, limit);
        }
        String[] tokens = key.split(" ");
        String last = tokens[tokens.length - 1];
        String rest = tokens.length > 1 ? key.substring(0, key.length() - last.length() - 1) : null;
        if (rest != null && last.matches("\\d{5}")) {
            String postcode = last;
            return names(rest, Integer.MAX_VALUE).stream()
                    .filter(m -> m.commune().postcodes().contains(postcode))
                    .map(m -> new Match(m.commune(), postcode, m.otherName(), m.how(), m.sharedName()))
                    .limit(limit).toList();
        }
        List<Match> found = names(key, limit);
        if (found.isEmpty() && rest != null && departments.containsKey(last.toUpperCase(java.util.Locale.ROOT))) {
            String department = last.toUpperCase(java.util.Locale.ROOT);
            return names(rest, Integer.MAX_VALUE).stream()
                    .filter(m -> m.commune().department().code().equals(department)).limit(limit).toList();
        }
        return found;
    }

    /** A suggestion before deduplication: a name entry (prefix) or a near misspelling, ranked by size. */
    private record Hit(int entry, Match similar, int rank) {
    }

    private List<Match> names(String key, int limit) {
        // The exact name first (the commune's own name before another name); then the names it begins and
        // the near misspellings together, most populous first ("toulouze" suggests Toulouse before Toulouzette).
        List<Hit> exact = new ArrayList<>();
        List<Hit> rest = new ArrayList<>();
        for (int i = lowerBound(nameKeys, key); i < nameKeys.length && nameKeys[i].startsWith(key); i++) {
            (nameKeys[i].equals(key) && nameExact[i] ? exact : rest).add(new Hit(i, null, nameRank[i]));
        }
        if (exact.size() + rest.size() < 2 * limit) {
            // A misspelling is worth looking for when few names start so (a scan of every key: the costly part).
            similar(key, limit).forEach(m -> rest.add(new Hit(-1, m, m.commune().population())));
        }
        Comparator<Hit> ownNameFirst = Comparator.comparingInt(h -> otherName(h) == null ? 0 : 1);
        exact.sort(ownNameFirst.thenComparing((a, b) -> Integer.compare(b.rank, a.rank)));
        rest.sort(Comparator.<Hit>comparingInt(h -> -h.rank).thenComparingInt(h -> h.entry < 0 ? 1 : 0).thenComparing(ownNameFirst));
        List<Match> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Commune> whole = new HashSet<>();
        Set<Commune> listed = new HashSet<>();
        for (List<Hit> group : List.of(exact, rest)) {
            for (Hit h : group) {
                if (out.size() >= limit) {
                    return out;
                }
                Match m = h.entry < 0 ? h.similar : match(h.entry, group == exact ? How.EXACT : How.PREFIX);
                String part = m.otherName() != null ? m.postcode() : null;
                // A city already suggested whole needs none of its parts; a part once per postcode; a near
                // misspelling adds nothing to a commune already suggested.
                if (whole.contains(m.commune()) || h.entry < 0 && listed.contains(m.commune())
                        || !seen.add(m.commune().code() + "|" + part)) {
                    continue;
                }
                listed.add(m.commune());
                if (part == null) {
                    whole.add(m.commune());
                }
                out.add(m);
            }
        }
        return out;
    }

    private String otherName(Hit h) {
        return h.entry < 0 ? h.similar.otherName() : nameOther[h.entry];
    }

    private List<Match> byPostcodePrefix(String digits, int limit) {
        List<Integer> hits = new ArrayList<>();
        for (int i = lowerBound(postcodeKeys, digits); i < postcodeKeys.length && postcodeKeys[i].startsWith(digits); i++) {
            hits.add(i);
        }
        // A whole postcode: its communes, most populous first (the order of the index); a part of one: the
        // most populous communes it leads to.
        if (digits.length() < 5) {
            hits.sort(Comparator.<Integer>comparingInt(i -> -communes[postcodeCommune[i]].population())
                    .thenComparing(i -> postcodeKeys[i]));
        }
        List<Match> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i : hits) {
            if (out.size() >= limit) {
                break;
            }
            if (seen.add(postcodeCommune[i])) {
                out.add(new Match(communes[postcodeCommune[i]], postcodeKeys[i], null, How.POSTCODE, false));
            }
        }
        return out;
    }

    private Match match(int entry, How how) {
        Commune commune = communes[nameCommune[entry]];
        return new Match(commune, namePostcode[entry], nameOther[entry], how, nameShared[entry]);
    }

    /** A commune's own name before another of its names, then the most populous. */
    private static final Comparator<Match> BY_OWN_NAME_THEN_SIZE = Comparator
            .<Match>comparingInt(m -> m.otherName() == null ? 0 : 1)
            .thenComparing(m -> -m.commune().population())
            .thenComparing(m -> m.commune().code());

    /** The first index whose key is not below {@code key}. */
    private static int lowerBound(String[] keys, String key) {
        int low = 0;
        int high = keys.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keys[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Edit distance with transpositions (optimal string alignment), given up past a bound. */
    static final class Edits {

        private Edits() {
        }

        /** The distance between a and b, or {@code max + 1} when it is more than {@code max}. */
        static int distance(String a, String b, int max) {
            int n = a.length();
            int m = b.length();
            if (Math.abs(n - m) > max) {
                return max + 1;
            }
            int[] before = new int[m + 1];
            int[] previous = new int[m + 1];
            int[] current = new int[m + 1];
            for (int j = 0; j <= m; j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= n; i++) {
                current[0] = i;
                int best = current[0];
                char ca = a.charAt(i - 1);
                for (int j = 1; j <= m; j++) {
                    char cb = b.charAt(j - 1);
                    int cost = ca == cb ? 0 : 1;
                    int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                        d = Math.min(d, before[j - 2] + 1);
                    }
                    current[j] = d;
                    best = Math.min(best, d);
                }
                if (best > max) {
                    return max + 1;
                }
                int[] spare = before;
                before = previous;
                previous = current;
                current = spare;
            }
            return Math.min(previous[m], max + 1);
        }
    }
}
