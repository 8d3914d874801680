package org.passerelle.common.i18n;

import java.util.List;
import java.util.Optional;

/**
 * The eight languages of the kiosk (docs/architecture.md rule 6), as the API writes them: French,
 * English, Arabic, Dari ({@code fa-AF}; {@code prs} is read as it), Pashto, Tigrinya, Ukrainian and
 * Russian. Translations of catalogue texts are kept in these languages only.
 */
public final class KioskLanguages {

    public static final List<String> TAGS = List.of("fr", "en", "ar", "fa-AF", "ps", "ti", "uk", "ru");

    /** What a field error says when a language is not one of them. */
    public static final String MUST_BE_ONE = "must be one of " + String.join(", ", TAGS) + " (prs is read as fa-AF)";

    private KioskLanguages() {
    }

    /** The kiosk's own tag for a language, case and alias aside ({@code FA-af}, {@code prs} → {@code fa-AF}). */
    public static Optional<String> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return LanguageSelection.canonical(tag.strip())
                .flatMap(canonical -> TAGS.stream().filter(t -> t.equalsIgnoreCase(canonical)).findFirst());
    }
}
