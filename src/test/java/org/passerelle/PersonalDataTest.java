package org.passerelle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No personal data from the source documents enters the product (docs/architecture.md §8, privacy):
 * every file of the demo catalogue, the curated contacts, the contract and its examples, the test data
 * and the kiosk's texts is scanned for
 * <ul>
 * <li>the staff names, personal mailboxes and phone numbers the source documents print, as a list kept
 * in the repository (src/test/resources/privacy/personal-data.sha256, and personal-data-extra.sha256 for
 * the names and mailboxes of the same Contact blocks that list lacks). The files hold SHA-256 digests of
 * the normalised entries, never the entries: a plain copy would put the very names it guards against
 * into the repository;</li>
 * <li>and what looks personal whatever the list says: a French mobile number (06, 07, +33 6, +33 7), a
 * mailbox shaped like a person's name (first.last, or an initial and a name).</li>
 * </ul>
 * Refresh the digests from the plain list with {@code -Dprivacy.update=<path to the list>}; when a copy
 * of the plain list sits beside the repository, the test also checks that every entry of it is covered.
 */
class PersonalDataTest {

    static final Path DIGESTS = Path.of("src/test/resources/privacy/personal-data.sha256");
    /** Entries the shared list lacks, found in the same Contact blocks; a refresh of DIGESTS keeps them. */
    static final Path EXTRA = Path.of("src/test/resources/privacy/personal-data-extra.sha256");
    /** Where the plain list may sit beside the repository (a checkout of the project's shared data). */
    static final Path PLAIN_BESIDE = Path.of("../shared/hooks/personal-data.txt");

    /** The files the product ships or shows, and the data its tests use. */
    static final List<Path> SCANNED = List.of(Path.of("src/main/resources"), Path.of("openapi"),
            Path.of("src/test/resources"), Path.of("frontend/src/lib/i18n"), Path.of("frontend/src/features"),
            Path.of("frontend/e2e"), Path.of("docs"), Path.of("README.md"), Path.of("bench/results"));

    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\d(?:[ .\\-]?\\d)*");
    private static final Pattern MAILBOX = Pattern.compile("[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}.\\-]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\\-]*");
    /** A mailbox named after a person: first.last, first-name.last, or an initial and a name. */
    private static final Pattern PERSON_SHAPED = Pattern.compile("\\p{L}+(?:-\\p{L}+)?\\.\\p{L}+");
    private static final int MAX_NAME_WORDS = 4;

    @Test
    void shouldFindNoPersonalDataInTheProduct() throws IOException {
        Set<String> digests = readDigests();
        assertTrue(digests.size() >= 70, "the digest list looks truncated: " + digests.size() + " entries");
        List<String> findings = new ArrayList<>();
        int files = 0;
        for (Path file : files()) {
            files++;
            String text = Files.readString(file, StandardCharsets.UTF_8);
            scan(text).forEach(finding -> findings.add(file + ": " + finding));
        }
        assertTrue(files > 20, "scanned only " + files + " files");
        assertEquals(List.of(), findings);
    }

    @Test
    void shouldCoverEveryEntryOfThePlainListWhenItIsThere() throws IOException {
        String update = System.getProperty("privacy.update");
        if (update != null && !update.isBlank()) {
            writeDigests(Path.of(update));
        }
        if (!Files.exists(PLAIN_BESIDE)) {
            return; // the repository stands on its own: the digests are the list
        }
        Set<String> digests = readDigests();
        List<String> missing = entries(PLAIN_BESIDE).stream().filter(e -> !digests.contains(digest(e)))
                .map(e -> "an entry of " + e.length() + " characters").toList();
        assertEquals(List.of(), missing, "refresh with -Dprivacy.update=" + PLAIN_BESIDE);
    }

    @Test
    void shouldRecogniseEachKindOfEntryAndPersonalShapes() {
        // Synthetic entries (no real person's): the scanner's matching, proved on its own.
        Set<String> listed = Set.of(digest("Camille Exemple-Test"), digest("c.exemple@"), digest("0199001122"),
                digest("solo@exemple.invalid"));
        assertEquals(List.of("a listed name (2 words)"), scan("Contact : CAMILLE  Exémple-Test, chargée", listed));
        assertEquals(List.of("a listed mailbox", "a mailbox shaped like a person's name"),
                scan("écrire à c.exemple@asso.invalid", listed));
        assertEquals(List.of("a listed phone number"), scan("Tél. 01 99 00 11 22", listed));
        assertEquals(List.of("a listed phone number"), scan("\"phone\": \"+33199001122\"", listed));
        assertEquals(List.of("a listed e-mail address"), scan("solo@exemple.invalid", listed));
        assertEquals(List.of("a mobile number"), scan("Tel. 06 39 98 12 34", Set.of()));
        assertEquals(List.of("a mobile number"), scan("\"phone\": \"+33639981234\"", Set.of()));
        assertEquals(List.of("a mailbox shaped like a person's name"), scan("jean-luc.exemple@asso.invalid",
                Set.of()));
        assertEquals(List.of(), scan("contact-diAir@interieur.gouv.fr +33172716975 2026-12-07 48.6936", Set.of()));
    }

    static List<String> scan(String raw) {
        try {
            return scan(raw, readDigests());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What in {@code raw} is listed or looks personal; never the value itself. */
    static List<String> scan(String raw, Set<String> listed) {
        String text = normalise(raw.replace("(0)", ""));
        Set<String> found = new TreeSet<>();
        Matcher digits = DIGIT_RUN.matcher(text);
        while (digits.find()) {
            String run = digits.group();
            String all = run.replaceAll("\\D", "");
            String national = run.startsWith("+33") ? "0" + all.substring(2) : all;
            for (String form : List.of(all, national)) {
                for (int i = 0; i + 10 <= form.length(); i++) {
                    if (listed.contains(hash("phone:" + form.substring(i, i + 10)))) {
                        found.add("a listed phone number");
                    }
                }
            }
            if (national.length() == 10 && national.matches("0[67]\\d{8}")) {
                found.add("a mobile number");
            }
        }
        Matcher mailboxes = MAILBOX.matcher(text);
        while (mailboxes.find()) {
            String address = mailboxes.group();
            String local = address.substring(0, address.indexOf('@'));
            if (listed.contains(hash("mailbox:" + local + "@"))) {
                found.add("a listed mailbox");
            }
            if (listed.contains(hash("email:" + address.replaceAll("[.\\-]+$", "")))) {
                found.add("a listed e-mail address");
            }
            if (PERSON_SHAPED.matcher(local).matches()) {
                found.add("a mailbox shaped like a person's name");
            }
        }
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        for (int n = 1; n <= MAX_NAME_WORDS; n++) {
            for (int i = 0; i + n <= words.size(); i++) {
                if (listed.contains(hash("name:" + String.join(" ", words.subList(i, i + n))))) {
                    found.add("a listed name (" + n + " words)");
                }
            }
        }
        return List.copyOf(found);
    }

    /** The digest of one entry of the plain list, by its kind. */
    static String digest(String entry) {
        String e = normalise(entry);
        if (e.matches("\\d+")) {
            return hash("phone:" + e);
        }
        if (e.endsWith("@")) {
            return hash("mailbox:" + e);
        }
        if (e.contains("@")) {
            return hash("email:" + e);
        }
        return hash("name:" + String.join(" ", words(e)));
    }

    /** Accents off, lower case, one space between words: "Régis  MERMET" and "regis mermet" are the same. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> readDigests() throws IOException {
        Set<String> digests = new HashSet<>();
        for (Path file : List.of(DIGESTS, EXTRA)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    digests.add(trimmed);
                }
            }
        }
        return digests;
    }

    private static List<String> entries(Path plain) throws IOException {
        return Files.readAllLines(plain, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static void writeDigests(Path plain) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Personal data printed in the source documents (staff names, personal mailboxes, phone numbers):");
        lines.add("# none of it may appear in the product. SHA-256 of each entry, normalised as PersonalDataTest does");
        lines.add("# (accents off, lower case, one space between words) and prefixed by its kind (name:, mailbox:,");
        lines.add("# email:, phone:), so the list itself holds no name. Refresh: -Dprivacy.update=<plain list>.");
        entries(plain).stream().map(PersonalDataTest::digest).distinct().sorted().forEach(lines::add);
        Files.createDirectories(DIGESTS.getParent());
        Files.write(DIGESTS, lines, StandardCharsets.UTF_8);
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : SCANNED) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.equals(DIGESTS) && !p.equals(EXTRA))
                        .filter(p -> !p.toString().contains("node_modules"))
                        .filter(PersonalDataTest::isText).forEach(files::add);
            }
        }
        return files;
    }

    private static boolean isText(Path p) {
        String name = p.getFileName().toString();
        return Stream.of(".json", ".yaml", ".yml", ".md", ".ts", ".tsx", ".mjs", ".txt", ".csv", ".sql", ".properties",
                ".html").anyMatch(name::endsWith);
    }
}
