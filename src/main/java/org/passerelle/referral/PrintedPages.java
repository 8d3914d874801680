package org.passerelle.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.passerelle.common.i18n.KioskLanguages;

/**
 * What the pages the desk prints for a person share (decisions 0020 and 0021): the consent receipt and the
 * referral slips. Both are Qute pages with no script, one inline style allowed by its hash, the Noto faces
 * from the app, labels in the eight kiosk languages, the person's column beside French.
 */
final class PrintedPages {

    /** The Noto Arabic and Ethiopic faces, from the app (never the viewer's machine), for every printed page. */
    static final String FONTS = "referral/print-fonts.css";
    static final Set<String> RTL = Set.of("ar", "fa-AF", "ps");

    private PrintedPages() {
    }

    static String dir(String lang) {
        return RTL.contains(lang) ? "rtl" : "ltr";
    }

    /** The page's one inline style: the shared faces, then the page's own rules. */
    static String css(String styles) {
        return (readText(FONTS).strip() + "\n" + readText(styles).strip()).strip();
    }

    /**
     * No script at all, the one inline style by its hash (so the page stays whole when saved as one file),
     * fonts from this server, nothing framed, no form, no base.
     */
    static String contentSecurityPolicy(String css) {
        String hash = "sha256-" + Base64.getEncoder().encodeToString(sha256(css));
        return "default-src 'none'; style-src '" + hash + "'; font-src 'self'; img-src 'self' data:; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    /**
     * The person's language when the desk does not say: the language of the latest consent text still in
     * force, else the person's first kiosk language, else French.
     */
    static String personLanguage(ReferralCase c) {
        Optional<String> consented = c.consents.stream().filter(k -> k.withdrawnAt == null)
                .max(Comparator.comparing((CaseConsent k) -> k.recordedAt)).flatMap(k -> KioskLanguages.of(k.textLang));
        return consented.or(() -> c.languages.stream().map(KioskLanguages::of).flatMap(Optional::stream).findFirst())
                .orElse("fr");
    }

    /** A labels file: {@code labels} per kiosk language, and the languages that are machine translations. */
    record Labels(Map<String, Map<String, String>> byLanguage, Set<String> machineTranslated) {

        /**
         * Read at start, and refused there if a kiosk language lacks a label French has: a missing word would
         * print its key on a paper the person takes away.
         */
        static Labels read(String resource, ObjectMapper mapper) {
            JsonNode root = readTree(resource, mapper);
            Labels labels = new Labels(mapper.convertValue(root.path("labels"),
                    new TypeReference<Map<String, Map<String, String>>>() {
                    }), mapper.convertValue(root.path("machineTranslated"), new TypeReference<Set<String>>() {
                    }));
            Set<String> reference = labels.byLanguage().get("fr").keySet();
            for (String lang : KioskLanguages.TAGS) {
                Map<String, String> words = labels.byLanguage().get(lang);
                Set<String> missing = words == null ? reference
                        : reference.stream().filter(k -> words.get(k) == null || words.get(k).isBlank())
                                .collect(Collectors.toCollection(TreeSet::new));
                if (!missing.isEmpty()) {
                    throw new IllegalStateException(resource + ": " + lang + " lacks " + missing);
                }
            }
            return labels;
        }

        Map<String, String> of(String lang) {
            return byLanguage.get(lang);
        }
    }

    /** Fills {name} placeholders; values are plain text, escaped later by the template. */
    static String fill(String label, String... pairs) {
        String out = label;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out = out.replace("{" + pairs[i] + "}", pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return out;
    }

    /**
     * A name in another script inside a sentence (a French service name in an Arabic one, an Arabic language
     * name in a French one), between Unicode isolates so it cannot reorder the words around it.
     */
    static String isolate(String text) {
        return "\u2068" + text + "\u2069";
    }

    /** At most {@code max} characters, cut at a word where one is near, with an ellipsis: paper has no scroll. */
    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return (cut > max * 2 / 3 ? t.substring(0, cut) : t.substring(0, max - 1)).strip() + "…";
    }

    /** Joins the parts that are there with {@code separator}; null when none is. */
    static String joined(String separator, String... parts) {
        String s = Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
        return s.isEmpty() ? null : s;
    }

    static JsonNode readTree(String resource, ObjectMapper mapper) {
        try (InputStream in = PrintedPages.class.getClassLoader().getResourceAsStream(resource)) {
            return mapper.readTree(Objects.requireNonNull(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readText(String resource) {
        try (InputStream in = PrintedPages.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
