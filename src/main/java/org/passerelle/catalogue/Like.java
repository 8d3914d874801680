package org.passerelle.catalogue;

import java.util.Locale;

/** Builds LIKE patterns whose wildcards come only from us: user text is escaped with '!'. */
final class Like {

    private Like() {
    }

    static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
