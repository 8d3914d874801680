package org.passerelle.common.text;

import java.util.Optional;

/** A vocabulary value with its wire code (kebab-case, as in the data): {@code walk-in}, {@code asylum-seeker}. */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
