package org.passerelle.common.i18n;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.passerelle.common.problem.ApiProblem;

/**
 * The languages one request asked for, in order of preference, followed by the fallback chain en → fr
 * (docs/architecture.md rule 6). It also records which languages it actually served, so the response can say so.
 * One instance per request: not thread-safe.
 */
public final class LanguageSelection {

    /** Content falls back to English, then to French, the language of the sources. */
    public static final List<String> FALLBACK = List.of("en", "fr");
    private static final int MAX_RANGES = 10;

    private final List<String> chain;
    private final Set<String> served = new LinkedHashSet<>();

    private LanguageSelection(List<String> chain) {
        this.chain = List.copyOf(chain);
    }

    /**
     * {@code ?lang=} wins over {@code Accept-Language}. A malformed {@code lang} is a client error (400);
     * a malformed header is ignored, as browsers and proxies send odd ones and a public read must not fail.
     */
    public static LanguageSelection of(String langParam, String acceptLanguage) {
        List<String> requested = new ArrayList<>();
        if (langParam != null && !langParam.isBlank()) {
            requested.add(canonical(langParam.trim()).orElseThrow(
                    () -> ApiProblem.invalid("lang", "must be a BCP-47 language tag such as fr, en or fa-AF")));
        } else if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                Locale.LanguageRange.parse(acceptLanguage).stream()
                        .filter(r -> r.getWeight() > 0 && !r.getRange().contains("*"))
                        .limit(MAX_RANGES)
                        .forEach(r -> canonical(r.getRange()).ifPresent(requested::add));
            } catch (IllegalArgumentException ignored) {
                // Malformed header: serve the fallback chain.
            }
        }
        List<String> chain = new ArrayList<>(new LinkedHashSet<>(requested));
        for (String tag : FALLBACK) {
            if (!chain.contains(tag)) {
                chain.add(tag);
            }
        }
        return new LanguageSelection(chain);
    }

    /**
     * Exactly these languages, in this order, without the English step: a printed page that sets the
     * person's language beside French falls back to French, so that no third language appears on it.
     */
    public static LanguageSelection exactly(String... tags) {
        return new LanguageSelection(List.copyOf(new LinkedHashSet<>(List.of(tags))));
    }

    /** Normalises case and aliases: {@code prs} (ISO 639-3 Dari) is served as {@code fa-AF}. */
    public static Optional<String> canonical(String tag) {
        if (tag.length() > 35) {
            return Optional.empty();
        }
        try {
            String normalised = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build().toLanguageTag();
            if ("prs".equals(normalised)) {
                return Optional.of("fa-AF");
            }
            return "und".equals(normalised) ? Optional.empty() : Optional.of(normalised);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    public List<String> chain() {
        return chain;
    }

    /** The most preferred language: the one a client should get if the catalogue had it. */
    public String preferred() {
        return chain.get(0);
    }

    /** Picks the value in the best available language and records that language as served. */
    public <T> Optional<Localized<T>> pick(Map<String, T> byLanguage) {
        if (byLanguage == null || byLanguage.isEmpty()) {
            return Optional.empty();
        }
        for (String wanted : chain) {
            Optional<String> key = match(wanted, byLanguage.keySet());
            if (key.isPresent()) {
                served.add(key.get());
                return Optional.of(new Localized<>(byLanguage.get(key.get()), key.get()));
            }
        }
        // Text exists only in a language outside the chain: better than nothing, and labelled as such.
        String any = byLanguage.keySet().stream().sorted().findFirst().orElseThrow();
        served.add(any);
        return Optional.of(new Localized<>(byLanguage.get(any), any));
    }

    /** Like {@link #pick} for plain text; null when there is none. */
    public String text(Map<String, String> byLanguage) {
        return pick(byLanguage).map(Localized::value).orElse(null);
    }

    /** The languages served so far, for the {@code Content-Language} header. */
    public List<String> served() {
        return served.isEmpty() ? List.of(preferred()) : List.copyOf(served);
    }

    private static Optional<String> match(String wanted, Set<String> available) {
        for (String key : available) {
            if (key.equalsIgnoreCase(wanted)) {
                return Optional.of(key);
            }
        }
        String primary = primary(wanted);
        return available.stream().filter(k -> primary(k).equalsIgnoreCase(primary)).sorted().findFirst();
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
